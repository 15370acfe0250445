// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Month and year closures under attack: a changed total, a forged closure (unlinked, signed with
// another key, or linked with the register's key but wrong totals), a deleted one — each is
// named with the first broken record; their archives verify on their own and a tampered archive
// does not.
#include "archivefiles.h"
#include "models/archive/archivereader.h"
#include "models/archive/journalarchive.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/eventjournal.h"
#include "periodfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

Ed25519Key otherKey()
{
    return Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x55')).value();
}

// November (days 26 and 27: closures 1, 2) and December (the 1st: closure 3), then the clock on
// the 2nd of January 2027: month closures 1 (November, id 1) and 2 (December, id 2), year 2026
// (id 3).
bool buildYear(PeriodShop &s)
{
    if (!s.setUpPeriods() || !s.trade(QDate(2026, 11, 26), 1200, 800)
        || !s.trade(QDate(2026, 11, 27), 500, 2500) || !s.trade(QDate(2026, 12, 1), 4000, 100))
        return false;
    s.at(QDate(2027, 1, 2), 9);
    return s.closeEnded().size() == 3;
}

// A month closure for January 2027 inserted by hand (id 4), totals of nothing.
const QString ForgedMonth = QStringLiteral(
    "INSERT INTO period_closures (id, uuid, register_id, kind, period, number, closed_at, "
    "first_closure_number, "
    "last_closure_number, day_count, sale_count, refund_count, cancelled_count, sales_cents, refunds_cents, "
    "total_cents, discount_cents, grand_total_cents) SELECT 4, 'forged', register_id, 'month', '2027-01', 3, "
    "closed_at, 1, 1, 1, 1, 0, 0, 1000, 0, 1000, 0, 1000 FROM period_closures WHERE id = 1");

} // namespace

class TestPeriodTampering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intact();
    void tampering_data();
    void tampering();
    void forgedWithTheRegisterKeyIsAPeriodTotal();
    void forgedSignedWithAnotherKey();
    void archiveHoldsThePeriodClosures();
    void tamperedArchive_data();
    void tamperedArchive();
};

void TestPeriodTampering::intact()
{
    PeriodShop s;
    QVERIFY(buildYear(s));
    const VerifyReport report = s.verify();
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.periodClosures, 3);
    QCOMPARE(report.closures, 3);
    QCOMPARE(report.tickets, 6);
    QCOMPARE(report.links, report.tickets + report.closures + report.events + report.periodClosures);
}

void TestPeriodTampering::tampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("firstBroken");
    QTest::addColumn<QString>("problem");

    QTest::newRow("changed month total")
        << QStringList {QStringLiteral("UPDATE period_closures SET total_cents = total_cents - 100, "
                                       "sales_cents = sales_cents - 100 WHERE id = 1")}
        << QStringLiteral("month-closure 1") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed year grand total")
        << QStringList {QStringLiteral("UPDATE period_closures SET grand_total_cents = 1 WHERE id = 3")}
        << QStringLiteral("year-closure 3") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed month VAT")
        << QStringList {QStringLiteral(
               "UPDATE period_closure_vat SET vat_cents = vat_cents + 1 WHERE closure_id = 2")}
        << QStringLiteral("month-closure 2") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed month payments") << QStringList {QStringLiteral(
        "UPDATE period_closure_payments SET method = 'cheque' WHERE closure_id = 1 "
        "AND method = 'card'")} << QStringLiteral("month-closure 1")
                                            << QStringLiteral("hash-mismatch");
    const QStringList deleteMonth
        = {QStringLiteral("DELETE FROM period_closure_payments WHERE closure_id = 1"),
           QStringLiteral("DELETE FROM period_closure_vat WHERE closure_id = 1"),
           QStringLiteral("DELETE FROM period_closures WHERE id = 1")};
    QTest::newRow("deleted month closure")
        << deleteMonth << QStringLiteral("month-closure 1") << QStringLiteral("missing-record");
    QTest::newRow("deleted month closure and its link")
        << (QStringList(deleteMonth) << QStringLiteral(
                "DELETE FROM fiscal_chain WHERE record_type = 'month-closure' "
                "AND record_id = 1"))
        // The link right after the deleted one is the period_closed event of that closure.
        << QStringLiteral("event 4") << QStringLiteral("chain-gap");
    QTest::newRow("forged month closure without link")
        << QStringList {ForgedMonth} << QStringLiteral("month-closure 4") << QStringLiteral("missing-link");
    // Inside a year already closed: the rule engine sums the month closures of the chain (issue
    // 12, the same rules as an archive's), so the year still adds up; the forged row has no link.
    QTest::newRow("forged month closure in a closed year")
        << QStringList {QString(ForgedMonth)
                            .replace(QStringLiteral("'2027-01'"), QStringLiteral("'2026-10'"))}
        << QStringLiteral("month-closure 4") << QStringLiteral("missing-link");
    QTest::newRow("month link retyped as a year")
        << QStringList {QStringLiteral("UPDATE fiscal_chain SET record_type = 'year-closure' WHERE "
                                       "record_type = 'month-closure' AND record_id = 1")}
        << QStringLiteral("year-closure 1") << QStringLiteral("missing-record");
    QTest::newRow("day closure added to a closed month")
        << QStringList {QStringLiteral("UPDATE closures SET business_day = '2026-12-02' WHERE id = 3")}
        << QStringLiteral("closure 3") << QStringLiteral("hash-mismatch");
}

void TestPeriodTampering::tampering()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, firstBroken);
    QFETCH(QString, problem);
    PeriodShop s;
    QVERIFY(buildYear(s));
    QVERIFY(s.verify().ok);
    const QString error = tamper(s.shop.temp.filePath(), statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 links = count(s.shop.db(), QStringLiteral("fiscal_chain"));
    const VerifyReport report = s.verify();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBroken, firstBroken);
    QCOMPARE(report.problem, problem);
    QVERIFY(!report.detail.isEmpty());
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), links); // nothing repaired
}

void TestPeriodTampering::forgedWithTheRegisterKeyIsAPeriodTotal()
{
    // Linked and signed with the register's own key (a bug, or the key stolen): the totals that
    // do not add up are still caught.
    PeriodShop s;
    QVERIFY(buildYear(s));
    QVERIFY(tamper(s.shop.temp.filePath(), {ForgedMonth}).isEmpty());
    auto canonical = canonicalPeriodClosure(s.shop.db(), 4);
    QVERIFY(canonical.ok());
    QVERIFY(s.shop.chain.append(FiscalRecordType::MonthClosure, 4, canonical.value()).ok());
    VerifyReport report = s.verify();
    QCOMPARE(report.firstBroken, QStringLiteral("month-closure 4"));
    QCOMPARE(report.problem, QStringLiteral("period-total"));

    // And a month closure's total changed, re-hashed and re-signed all along the chain would
    // still not be the sum of its days: rebuild one from scratch with a wrong total.
    PeriodShop t;
    QVERIFY(t.setUpPeriods());
    QVERIFY(t.trade(QDate(2026, 11, 26), 1200, 800));
    QVERIFY(
        tamper(t.shop.temp.filePath(),
               {QStringLiteral("INSERT INTO period_closures (id, uuid, register_id, kind, period, number, "
                               "closed_at, first_closure_number, last_closure_number, day_count, sale_count, "
                               "refund_count, cancelled_count, sales_cents, refunds_cents, total_cents, "
                               "discount_cents, grand_total_cents) SELECT 1, 'forged', register_id, 'month', "
                               "'2026-11', 1, closed_at, 1, 1, 1, 2, 0, 0, 2100, 0, 2100, 0, 2000 FROM "
                               "closures WHERE id = 1")})
            .isEmpty());
    canonical = canonicalPeriodClosure(t.shop.db(), 1);
    QVERIFY(t.shop.chain.append(FiscalRecordType::MonthClosure, 1, canonical.value()).ok());
    report = t.verify();
    QCOMPARE(report.firstBroken, QStringLiteral("month-closure 1"));
    QCOMPARE(report.problem, QStringLiteral("period-total"));
    QVERIFY(report.detail.startsWith(QStringLiteral("payments"))
            || report.detail.contains(QStringLiteral("cents")));
}

void TestPeriodTampering::forgedSignedWithAnotherKey()
{
    PeriodShop s;
    QVERIFY(buildYear(s));
    QVERIFY(tamper(s.shop.temp.filePath(), {ForgedMonth}).isEmpty());
    Ed25519Key attacker = otherKey();
    FiscalChain forgedChain(s.shop.db(), attacker, s.shop.clock);
    QVERIFY(
        forgedChain.append(FiscalRecordType::MonthClosure, 4, canonicalPeriodClosure(s.shop.db(), 4).value())
            .ok());
    const VerifyReport report = s.verify();
    QCOMPARE(report.firstBroken, QStringLiteral("month-closure 4"));
    QCOMPARE(report.problem, QStringLiteral("bad-signature"));
}

void TestPeriodTampering::archiveHoldsThePeriodClosures()
{
    PeriodShop s;
    QVERIFY(buildYear(s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventJournal events(s.shop.db(), s.shop.clock, s.shop.uuids, s.shop.chain);
    const QByteArray key = testSigningKey().publicKey();

    // The year 2026: its three month and year closures (made in January 2027, after the year's
    // last Z, so their links are in no year's links), each checked against the day closures of the
    // archive.
    const QString year = dir.filePath(QStringLiteral("2026.json"));
    auto written
        = writeArchive(s.shop.db(), events, s.shop.signer, s.shop.clock, QStringLiteral("2026"), year);
    QVERIFY(written.ok());
    QCOMPARE(written->periodClosures, 3);
    QCOMPARE(written->closures, 3);
    QCOMPARE(readJson(year).value(QStringLiteral("period_closures")).toArray().size(), 3);

    // November alone: its month closure.
    const QString november = dir.filePath(QStringLiteral("2026-11.json"));
    written
        = writeArchive(s.shop.db(), events, s.shop.signer, s.shop.clock, QStringLiteral("2026-11"), november);
    QVERIFY(written.ok());
    QCOMPARE(written->periodClosures, 1);

    // 2027: no Z yet, so no links (the links of 2026's closures, made on the 2nd of January, go to
    // the archive that ends with 2027's first Z), and no closure of its own.
    const QString next = dir.filePath(QStringLiteral("2027.json"));
    written = writeArchive(s.shop.db(), events, s.shop.signer, s.shop.clock, QStringLiteral("2027"), next);
    QVERIFY(written.ok());
    QCOMPARE(written->periodClosures, 0);
    QCOMPARE(written->links, 0);

    auto report = verifyArchive(year, key);
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(describe(*report)));
    QCOMPARE(report->periodClosures, 3);
    QCOMPARE(report->closures, 3);
    report = verifyArchive(november, key);
    QVERIFY2(report->ok, qPrintable(describe(*report)));
    QCOMPARE(report->periodClosures, 1);
    report = verifyArchive(next, key);
    QVERIFY2(report->ok, qPrintable(describe(*report)));
}

void TestPeriodTampering::tamperedArchive_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("firstBroken");
    QTest::addColumn<QString>("problem");
    QTest::newRow("changed month total")
        << QStringLiteral("total") << QStringLiteral("month-closure 1") << QStringLiteral("hash-mismatch");
    QTest::newRow("re-signed with another key")
        << QStringLiteral("other key") << QStringLiteral("month-closure 1")
        << QStringLiteral("bad-signature");
    QTest::newRow("re-signed with the register key, wrong total")
        << QStringLiteral("register key") << QStringLiteral("month-closure 1")
        << QStringLiteral("period-total");
    QTest::newRow("removed day closure") << QStringLiteral("remove day") << QStringLiteral("month-closure 2")
                                         << QStringLiteral("period-total");
    QTest::newRow("not an array") << QStringLiteral("not an array") << QStringLiteral("archive")
                                  << QStringLiteral("bad-format");
}

void TestPeriodTampering::tamperedArchive()
{
    QFETCH(QString, change);
    QFETCH(QString, firstBroken);
    QFETCH(QString, problem);
    PeriodShop s;
    QVERIFY(buildYear(s));
    QTemporaryDir dir;
    EventJournal events(s.shop.db(), s.shop.clock, s.shop.uuids, s.shop.chain);
    const QString path = dir.filePath(QStringLiteral("2026.json"));
    QVERIFY(
        writeArchive(s.shop.db(), events, s.shop.signer, s.shop.clock, QStringLiteral("2026"), path).ok());
    QJsonObject archive = readJson(path);
    QJsonArray closures = archive.value(QStringLiteral("period_closures")).toArray();
    QJsonObject month = closures.at(0).toObject();
    QJsonObject record
        = QJsonDocument::fromJson(month.value(QStringLiteral("canonical")).toString().toUtf8()).object();
    record.insert(QStringLiteral("total_cents"),
                  record.value(QStringLiteral("total_cents")).toInteger() + 100);
    const QByteArray forged = canonicalJson(record);
    const QByteArray previous
        = QByteArray::fromHex(month.value(QStringLiteral("previous_hash")).toString().toLatin1());
    const QByteArray hash = FiscalChain::sha256(previous + forged);
    if (change == QLatin1String("total")) {
        month.insert(QStringLiteral("canonical"), QString::fromUtf8(forged));
    } else if (change == QLatin1String("other key") || change == QLatin1String("register key")) {
        const Ed25519Key signer = change == QLatin1String("other key") ? otherKey() : testSigningKey();
        month.insert(QStringLiteral("canonical"), QString::fromUtf8(forged));
        month.insert(QStringLiteral("hash"), QString::fromLatin1(hash.toHex()));
        month.insert(QStringLiteral("signature"), QString::fromLatin1(signer.sign(hash).value().toBase64()));
    } else if (change == QLatin1String("remove day")) {
        // December's only day closure taken out of the links (the last links: nothing follows).
        QJsonArray links = archive.value(QStringLiteral("links")).toArray();
        while (!links.isEmpty()
               && links.last().toObject().value(QStringLiteral("record_type")).toString()
                   != QLatin1String("closure"))
            links.removeLast();
        links.removeLast();
        archive.insert(QStringLiteral("links"), links);
    } else {
        archive.insert(QStringLiteral("period_closures"), QStringLiteral("none"));
    }
    if (change != QLatin1String("remove day") && change != QLatin1String("not an array")) {
        closures.replace(0, month);
        archive.insert(QStringLiteral("period_closures"), closures);
    }
    QVERIFY(writeJson(path, archive));
    auto report = verifyArchive(path, testSigningKey().publicKey());
    QVERIFY(report.ok());
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBroken, firstBroken);
    QCOMPARE(report->problem, problem);
}

COMPTOIR_CLOSING_TEST_MAIN(TestPeriodTampering)
#include "tst_periodtampering.moc"
