// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "models/uuidv7.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace comptoir;

namespace {

// The 48-bit Unix milliseconds in the first 12 hex digits.
qint64 timestampOf(const QString &uuid)
{
    bool ok = false;
    const QString hex = uuid.left(8) + uuid.mid(9, 4);
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

// rand_a: the 12 bits after the version nibble.
int counterOf(const QString &uuid)
{
    bool ok = false;
    const int value = uuid.mid(15, 3).toInt(&ok, 16);
    return ok ? value : -1;
}

} // namespace

class TestUuidV7 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout();
    void timestampIsClockMs();
    void frozenClockStrictlyIncreasing();
    void backwardsClockStillIncreasing();
    void newMillisecondResetsCounter();
    void generatorsDiffer();
};

void TestUuidV7::layout()
{
    FakeClock clock;
    UuidV7Generator gen(clock);
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (int i = 0; i < 200; ++i) {
        const QString id = gen.next();
        QCOMPARE(id.size(), 36);
        QVERIFY2(pattern.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(id.at(14), QLatin1Char('7')); // version
        const int variantNibble = QString(id.at(19)).toInt(nullptr, 16);
        QCOMPARE(variantNibble & 0xC, 0x8); // variant bits 10
        clock.advance(i % 3);
    }
}

void TestUuidV7::timestampIsClockMs()
{
    FakeClock clock;
    UuidV7Generator gen(clock);
    for (int i = 0; i < 50; ++i) {
        const QString id = gen.next();
        QCOMPARE(timestampOf(id), clock.now().toMSecsSinceEpoch());
        clock.advance(17);
    }
    // A date far in the future still fits the 48 bits.
    clock.set(QDateTime(QDate(2999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    QCOMPARE(timestampOf(gen.next()), clock.now().toMSecsSinceEpoch());
}

void TestUuidV7::frozenClockStrictlyIncreasing()
{
    FakeClock clock;
    UuidV7Generator gen(clock);
    const qint64 ms = clock.now().toMSecsSinceEpoch();
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 10000; ++i) {
        const QString id = gen.next();
        QVERIFY2(id > previous, qPrintable(previous + QStringLiteral(" !< ") + id));
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        // The counter holds at least 2048 ids in the clock's own millisecond; beyond that the
        // generator borrows the following milliseconds, never more than it needs.
        if (i < 2048)
            QCOMPARE(timestampOf(id), ms);
        QVERIFY(timestampOf(id) >= ms);
        QVERIFY(timestampOf(id) <= ms + 10000 / 2048 + 1);
        previous = id;
    }
    QCOMPARE(seen.size(), 10000);
}

void TestUuidV7::backwardsClockStillIncreasing()
{
    FakeClock clock;
    UuidV7Generator gen(clock);
    const qint64 ms = clock.now().toMSecsSinceEpoch();
    const QString before = gen.next();
    clock.advance(-3600 * 1000); // the clock jumps back an hour
    QString previous = before;
    for (int i = 0; i < 100; ++i) {
        const QString id = gen.next();
        QVERIFY(id > previous);
        QCOMPARE(timestampOf(id), ms); // keeps the last millisecond seen
        previous = id;
        clock.advance(1);
    }
    // Once the clock is past the last millisecond again, its time is used.
    clock.set(QDateTime::fromMSecsSinceEpoch(ms + 5, Qt::UTC));
    const QString later = gen.next();
    QVERIFY(later > previous);
    QCOMPARE(timestampOf(later), ms + 5);
}

void TestUuidV7::newMillisecondResetsCounter()
{
    FakeClock clock;
    UuidV7Generator gen(clock);
    for (int round = 0; round < 200; ++round) {
        const QString first = gen.next();
        QVERIFY(counterOf(first) >= 0);
        QVERIFY(counterOf(first) < 0x800);
        const QString second = gen.next();
        QCOMPARE(counterOf(second), counterOf(first) + 1);
        clock.advance(1);
    }
}

void TestUuidV7::generatorsDiffer()
{
    FakeClock clock;
    UuidV7Generator a(clock);
    UuidV7Generator b(clock);
    QSet<QString> ids;
    for (int i = 0; i < 100; ++i) {
        ids.insert(a.next());
        ids.insert(b.next());
    }
    QCOMPARE(ids.size(), 200); // the random bits are seeded separately
}

QTEST_GUILESS_MAIN(TestUuidV7)
#include "tst_uuidv7.moc"
