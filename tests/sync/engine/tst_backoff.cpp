// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/backoff.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <memory>

using namespace comptoir;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToTheCap_data();
    void ceilingDoublesUpToTheCap();
    void fullJitterSpansZeroToTheCeiling();
    void successStartsAgain();
    void deterministicForASeed();
    void badRandomValuesStayInRange();
    void manyFailuresNeverOverflow();
    void retryAfterIsAFloor();
};

void TestBackoff::ceilingDoublesUpToTheCap_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("none") << 0 << qint64(0);
    QTest::newRow("1") << 1 << qint64(1000);
    QTest::newRow("2") << 2 << qint64(2000);
    QTest::newRow("3") << 3 << qint64(4000);
    QTest::newRow("5") << 5 << qint64(16000);
    QTest::newRow("6 capped") << 6 << qint64(30000);
    QTest::newRow("40 capped") << 40 << qint64(30000);
}

void TestBackoff::ceilingDoublesUpToTheCap()
{
    QFETCH(int, failures);
    QFETCH(qint64, ceiling);
    const Backoff backoff([] { return 0.5; }, 1000, 30000);
    QCOMPARE(backoff.ceilingMs(failures), ceiling);
}

void TestBackoff::fullJitterSpansZeroToTheCeiling()
{
    // The random source's extremes give 0 and the ceiling itself.
    Backoff low([] { return 0.0; }, 1000, 30000);
    QCOMPARE(low.nextDelayMs(), qint64(0));
    QCOMPARE(low.nextDelayMs(), qint64(0));
    Backoff high([] { return std::nextafter(1.0, 0.0); }, 1000, 30000);
    QCOMPARE(high.nextDelayMs(), qint64(1000));
    QCOMPARE(high.nextDelayMs(), qint64(2000));
    QCOMPARE(high.nextDelayMs(), qint64(4000));
    Backoff half([] { return 0.5; }, 1000, 30000);
    QCOMPARE(half.nextDelayMs(), qint64(500)); // floor(0.5 · 1001)
    QCOMPARE(half.nextDelayMs(), qint64(1000)); // floor(0.5 · 2001)
    QCOMPARE(half.failures(), 2);
}

void TestBackoff::successStartsAgain()
{
    Backoff backoff([] { return std::nextafter(1.0, 0.0); }, 1000, 30000);
    for (int i = 0; i < 10; ++i)
        backoff.nextDelayMs();
    QCOMPARE(backoff.nextDelayMs(), qint64(30000));
    backoff.succeeded();
    QCOMPARE(backoff.failures(), 0);
    QCOMPARE(backoff.nextDelayMs(), qint64(1000));
}

void TestBackoff::deterministicForASeed()
{
    auto delays = [](quint32 seed) {
        auto random = std::make_shared<QRandomGenerator>(seed);
        Backoff backoff([random] { return random->generateDouble(); }, 500, 60000);
        QList<qint64> list;
        for (int i = 0; i < 12; ++i) {
            const qint64 d = backoff.nextDelayMs();
            list << d;
        }
        return list;
    };
    const QList<qint64> a = delays(7);
    QCOMPARE(delays(7), a);
    QVERIFY(delays(8) != a);
    Backoff bounds([] { return 0.0; }, 500, 60000);
    for (int i = 0; i < a.size(); ++i) {
        QVERIFY(a.at(i) >= 0);
        QVERIFY(a.at(i) <= bounds.ceilingMs(i + 1));
    }
}

void TestBackoff::badRandomValuesStayInRange()
{
    Backoff above([] { return 7.0; }, 1000, 30000);
    QCOMPARE(above.nextDelayMs(), qint64(1000));
    Backoff below([] { return -3.0; }, 1000, 30000);
    QCOMPARE(below.nextDelayMs(), qint64(0));
    Backoff nan([] { return std::nan(""); }, 1000, 30000);
    QCOMPARE(nan.nextDelayMs(), qint64(0));
    Backoff none(nullptr, 1000, 30000);
    QCOMPARE(none.nextDelayMs(), qint64(0));
}

void TestBackoff::manyFailuresNeverOverflow()
{
    Backoff backoff([] { return std::nextafter(1.0, 0.0); }, 1000, Backoff::DefaultCapMs);
    qint64 last = 0;
    for (int i = 0; i < 5000; ++i)
        last = backoff.nextDelayMs();
    QCOMPARE(last, Backoff::DefaultCapMs);
}

void TestBackoff::retryAfterIsAFloor()
{
    Backoff backoff([] { return 0.0; }, 1000, 30000);
    QCOMPARE(backoff.nextDelayMs(7000), qint64(7000));
    QCOMPARE(backoff.failures(), 1);
    Backoff high([] { return std::nextafter(1.0, 0.0); }, 1000, 30000);
    QCOMPARE(high.nextDelayMs(200), qint64(1000)); // the jittered delay when longer
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
