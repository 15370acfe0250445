// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly and yearly closures: made by themselves once their period has ended and its days are
// closed, oldest first, once only; their totals are the sums of the closures they cover (and of
// the tickets); numbers are gap-free; they are write-once, chained and signed.
#include "models/closing/periodaudit.h"
#include "models/fiscal/canonical.h"
#include "periodfixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

QDate date(int year, int month, int d)
{
    return QDate(year, month, d);
}

qint64 integer(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    return scalar(db, sql, bindings).toLongLong();
}

} // namespace

class TestPeriodClosing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingBeforeTheMonthEnds();
    void monthClosesOnceEnded();
    void openDayHoldsTheMonthBack();
    void idempotent();
    void totalsAreTheSumOfDayClosuresAndTickets();
    void grandTotalContinues();
    void yearClosesAfterDecember();
    void monthWithoutClosuresIsSkipped();
    void writeOnce_data();
    void writeOnce();
    void nothingJoinsAClosedMonth();
    void readers();
};

void TestPeriodClosing::nothingBeforeTheMonthEnds()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 11, 27), 1200, 3400));
    QVERIFY(s.trade(date(2026, 11, 30), 500, 700));
    s.at(date(2026, 11, 30), 23, 59);
    QVERIFY(s.periods->closeEndedPeriods().ok());
    QCOMPARE(s.closeEnded().size(), 0);
    QCOMPARE(count(s.shop.db(), QStringLiteral("period_closures")), 0);
}

void TestPeriodClosing::monthClosesOnceEnded()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 11, 27), 1200, 3400));
    QVERIFY(s.trade(date(2026, 11, 30), 500, 700));
    s.at(date(2026, 12, 1), 0, 10); // 23:10 UTC on the 30th: already December in Orléans
    const QList<PeriodClosure> made = s.closeEnded();
    QCOMPARE(made.size(), 1);
    const PeriodClosure &m = made.constFirst();
    QCOMPARE(m.kind, PeriodKind::Month);
    QCOMPARE(m.period, QStringLiteral("2026-11"));
    QCOMPARE(m.number, 1);
    QCOMPARE(m.dayCount, 2);
    QCOMPARE(m.firstClosureNumber, 1);
    QCOMPARE(m.lastClosureNumber, 2);
    QCOMPARE(m.saleCount, 4);
    QCOMPARE(m.totalCents, 5800);
    QCOMPARE(m.closedAt, s.shop.clock.now().toUTC());
    // Stored, automatic, chained and signed: the journal verifies and counts it.
    const Database &db = s.shop.db();
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT closed_by FROM period_closures WHERE id = ?"), {m.id}).toString(),
        QStringLiteral("automatic"));
    auto link = s.shop.chain.link(FiscalRecordType::MonthClosure, m.id);
    QVERIFY(link.ok());
    QCOMPARE(link->hash, FiscalChain::sha256(link->previousHash + canonicalPeriodClosure(db, m.id).value()));
    QVERIFY(Ed25519Key::verify(testSigningKey().publicKey(), link->hash, link->signature));
    const VerifyReport report = s.verify();
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.periodClosures, 1);
    QCOMPARE(report.closures, 2);
    // And the technical events journal says so, in the same transaction.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM events WHERE kind = 'period_closed' "
                                   "AND json_extract(detail, '$.period') = '2026-11' "
                                   "AND json_extract(detail, '$.kind') = 'month'"))
                 .toInt(),
             1);
}

void TestPeriodClosing::openDayHoldsTheMonthBack()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 11, 27), 1200, 3400));
    QVERIFY(s.sell(date(2026, 11, 30), 900)); // the 30th is left open
    s.at(date(2026, 12, 2), 9);
    QCOMPARE(s.closeEnded().size(), 0);
    QCOMPARE(count(s.shop.db(), QStringLiteral("period_closures")), 0);
    // Once the 30th is closed (the till asks for it), November closes.
    s.at(date(2026, 12, 2), 9, 30);
    QVERIFY(closeDay(s, day(30)).ok());
    const QList<PeriodClosure> made = s.closeEnded();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.constFirst().period, QStringLiteral("2026-11"));
    QCOMPARE(made.constFirst().totalCents, 5500);
}

void TestPeriodClosing::idempotent()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 11, 27), 1200, 3400));
    s.at(date(2026, 12, 1), 8);
    QCOMPARE(s.closeEnded().size(), 1);
    const qint64 links = count(s.shop.db(), QStringLiteral("fiscal_chain"));
    QCOMPARE(s.closeEnded().size(), 0);
    s.at(date(2026, 12, 15), 8);
    QCOMPARE(s.closeEnded().size(), 0);
    QCOMPARE(count(s.shop.db(), QStringLiteral("period_closures")), 1);
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), links);
}

void TestPeriodClosing::totalsAreTheSumOfDayClosuresAndTickets()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    s.setTime(26, 9);
    QVERIFY(s.journal.commitSale(s.mixedSale()).ok());
    auto sale = s.journal.commitSale(s.threeLines());
    QVERIFY(sale.ok());
    QVERIFY(s.refund(sale.value(), 1, PaymentMethod::Cash).ok());
    QVERIFY(s.drafts.cancel(s.threeLines()).ok());
    QVERIFY(s.closeOn(date(2026, 11, 26)));
    s.setTime(27, 9);
    QVERIFY(s.journal
                .commitSale(
                    s.discountedSale({pay(PaymentMethod::Cheque, 2000), pay(PaymentMethod::Voucher, 2070)}))
                .ok());
    QVERIFY(s.closeOn(date(2026, 11, 27)));
    QVERIFY(s.trade(date(2026, 11, 28), 1000, 2000));
    s.at(date(2026, 12, 1), 9);
    const QList<PeriodClosure> made = s.closeEnded();
    QCOMPARE(made.size(), 1);
    const PeriodClosure &m = made.constFirst();
    const Database &db = s.shop.db();
    const QString month = QStringLiteral("2026-11-%");
    const QStringList summed = {QStringLiteral("sale_count"),      QStringLiteral("refund_count"),
                                QStringLiteral("cancelled_count"), QStringLiteral("sales_cents"),
                                QStringLiteral("refunds_cents"),   QStringLiteral("total_cents"),
                                QStringLiteral("discount_cents")};
    for (const QString &column : summed) {
        QCOMPARE(
            integer(db,
                    QStringLiteral("SELECT ") + column + QStringLiteral(" FROM period_closures WHERE id = ?"),
                    {m.id}),
            integer(db,
                    QStringLiteral("SELECT sum(") + column
                        + QStringLiteral(") FROM closures WHERE business_day LIKE ?"),
                    {month}));
    }
    QCOMPARE(m.totalCents, integer(db, QStringLiteral("SELECT sum(total_cents) FROM tickets")));
    QCOMPARE(m.saleCount, 5);
    QCOMPARE(m.refundCount, 1);
    QCOMPARE(m.cancelledCount, 1);
    QVERIFY(m.discountCents > 0);
    // Per method and per VAT rate: the tickets' payments and VAT.
    for (const MethodTotal &method : m.methods) {
        QCOMPARE(method.amountCents,
                 integer(db, QStringLiteral("SELECT sum(amount_cents) FROM ticket_payments WHERE method = ?"),
                         {paymentMethodKey(method.method)}));
        QCOMPARE(qint64(method.count),
                 integer(db, QStringLiteral("SELECT count(*) FROM ticket_payments WHERE method = ?"),
                         {paymentMethodKey(method.method)}));
    }
    QCOMPARE(m.methods.size(), 4);
    qint64 vatTotal = 0;
    for (const VatAmount &vat : m.vat) {
        QCOMPARE(vat.vatCents,
                 integer(db, QStringLiteral("SELECT sum(vat_cents) FROM ticket_vat WHERE vat_rate_bp = ?"),
                         {vat.vatRateBp}));
        vatTotal += vat.baseCents + vat.vatCents;
    }
    QCOMPARE(vatTotal, m.totalCents);
    auto mismatch = periodClosureMismatch(db, m.id);
    QVERIFY(mismatch.ok());
    QCOMPARE(mismatch.value(), QString());
}

void TestPeriodClosing::grandTotalContinues()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 10, 30), 1000, 1000));
    QVERIFY(s.trade(date(2026, 11, 2), 1500, 500));
    QVERIFY(s.trade(date(2026, 11, 27), 300, 200));
    QVERIFY(s.trade(date(2026, 12, 1), 4000, 100));
    s.at(date(2027, 1, 3), 9); // October, November, December, then 2026
    const QList<PeriodClosure> made = s.closeEnded();
    QCOMPARE(made.size(), 4);
    QStringList periods;
    for (const PeriodClosure &c : made)
        periods << c.period;
    QCOMPARE(periods,
             (QStringList {QStringLiteral("2026-10"), QStringLiteral("2026-11"), QStringLiteral("2026-12"),
                           QStringLiteral("2026")}));
    const Database &db = s.shop.db();
    QCOMPARE(made.at(0).grandTotalCents, 2000);
    QCOMPARE(made.at(1).grandTotalCents, made.at(0).grandTotalCents + made.at(1).totalCents);
    QCOMPARE(made.at(2).grandTotalCents, made.at(1).grandTotalCents + made.at(2).totalCents);
    QCOMPARE(
        made.at(2).grandTotalCents,
        integer(db, QStringLiteral("SELECT grand_total_cents FROM closures ORDER BY number DESC LIMIT 1")));
    QCOMPARE(made.at(3).grandTotalCents, made.at(2).grandTotalCents);
    // Gap-free numbers per kind.
    QCOMPARE(made.at(0).number, 1);
    QCOMPARE(made.at(1).number, 2);
    QCOMPARE(made.at(2).number, 3);
    QCOMPARE(made.at(3).number, 1);
    const VerifyReport report = s.verify();
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.periodClosures, 4);
}

void TestPeriodClosing::yearClosesAfterDecember()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 11, 27), 1000, 250));
    QVERIFY(s.trade(date(2026, 12, 31), 2000, 100));
    s.at(date(2026, 12, 31), 23, 50);
    QCOMPARE(s.closeEnded().size(), 1); // November only
    s.at(date(2027, 1, 1), 0, 5);
    const QList<PeriodClosure> made = s.closeEnded();
    QCOMPARE(made.size(), 2);
    QCOMPARE(made.at(0).period, QStringLiteral("2026-12"));
    QCOMPARE(made.at(0).number, 2);
    const PeriodClosure &y = made.at(1);
    QCOMPARE(y.kind, PeriodKind::Year);
    QCOMPARE(y.period, QStringLiteral("2026"));
    QCOMPARE(y.number, 1);
    QCOMPARE(y.firstClosureNumber, 1); // month closures 1 and 2
    QCOMPARE(y.lastClosureNumber, 2);
    QCOMPARE(y.dayCount, 2);
    QCOMPARE(y.saleCount, 4);
    QCOMPARE(y.totalCents, 3350);
    QCOMPARE(y.totalCents, integer(s.shop.db(), QStringLiteral("SELECT sum(total_cents) FROM tickets")));
    QCOMPARE(y.methods.size(), 2);
    QVERIFY(s.shop.chain.link(FiscalRecordType::YearClosure, y.id).ok());
    QCOMPARE(s.closeEnded().size(), 0);
    // A sale in January 2027 does not reopen anything.
    QVERIFY(s.trade(date(2027, 1, 2), 100, 50));
    QCOMPARE(s.closeEnded().size(), 0);
    const VerifyReport report = s.verify();
    QVERIFY2(report.ok, qPrintable(describe(report)));
}

void TestPeriodClosing::monthWithoutClosuresIsSkipped()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 9, 30), 1000, 10));
    QVERIFY(s.trade(date(2026, 11, 2), 1000, 10)); // nothing in October: the shop was shut
    s.at(date(2026, 12, 1), 9);
    const QList<PeriodClosure> made = s.closeEnded();
    QCOMPARE(made.size(), 2);
    QCOMPARE(made.at(0).period, QStringLiteral("2026-09"));
    QCOMPARE(made.at(1).period, QStringLiteral("2026-11"));
    QCOMPARE(made.at(1).number, 2);
}

void TestPeriodClosing::writeOnce_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("update closure") << QStringLiteral("UPDATE period_closures SET total_cents = 0");
    QTest::newRow("delete closure") << QStringLiteral("DELETE FROM period_closures");
    QTest::newRow("update payments") << QStringLiteral("UPDATE period_closure_payments SET amount_cents = 0");
    QTest::newRow("delete payments") << QStringLiteral("DELETE FROM period_closure_payments");
    QTest::newRow("update vat") << QStringLiteral("UPDATE period_closure_vat SET vat_cents = 0");
    QTest::newRow("delete vat") << QStringLiteral("DELETE FROM period_closure_vat");
    QTest::newRow("delete link") << QStringLiteral(
        "DELETE FROM fiscal_chain WHERE record_type = 'month-closure'");
}

void TestPeriodClosing::writeOnce()
{
    QFETCH(QString, statement);
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 11, 27), 1000, 250));
    s.at(date(2026, 12, 1), 9);
    QCOMPARE(s.closeEnded().size(), 1);
    const Database &db = s.shop.db();
    const QString before = scalar(db,
                                  QStringLiteral("SELECT total_cents || '/' || (SELECT count(*) FROM "
                                                 "period_closure_payments) || '/' || (SELECT count(*) FROM "
                                                 "period_closure_vat) FROM period_closures"))
                               .toString();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("write-once")));
    QVERIFY(!s.shop.db().exec(statement).ok());
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT total_cents || '/' || (SELECT count(*) FROM "
                                   "period_closure_payments) || '/' || (SELECT count(*) FROM "
                                   "period_closure_vat) FROM period_closures"))
                 .toString(),
             before);
    QVERIFY(s.verify().ok);
}

void TestPeriodClosing::nothingJoinsAClosedMonth()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 11, 27), 1000, 250));
    s.at(date(2026, 12, 1), 9);
    QCOMPARE(s.closeEnded().size(), 1);
    // A clock put back to the 29th of November: the sale is refused, nothing is written.
    const QStringList before = snapshot(s.shop.db());
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("month of this ticket is already closed")));
    QVERIFY(!s.sell(date(2026, 11, 29), 500));
    QCOMPARE(snapshot(s.shop.db()), before);
    QVERIFY(s.verify().ok);
}

void TestPeriodClosing::readers()
{
    PeriodShop s;
    QVERIFY(s.setUpPeriods());
    QVERIFY(s.trade(date(2026, 11, 27), 1000, 250));
    QVERIFY(s.trade(date(2026, 12, 3), 400, 100));
    s.at(date(2027, 1, 1), 9);
    QCOMPARE(s.closeEnded().size(), 3);
    auto months = s.periods->closures(PeriodKind::Month);
    QVERIFY(months.ok());
    QCOMPARE(months->size(), 2);
    QCOMPARE(months->at(0).period, QStringLiteral("2026-12")); // latest first
    QCOMPARE(months->at(1).methods.size(), 2);
    auto limited = s.periods->closures(PeriodKind::Month, 1);
    QVERIFY(limited.ok());
    QCOMPARE(limited->size(), 1);
    auto years = s.periods->closures(PeriodKind::Year);
    QVERIFY(years.ok());
    QCOMPARE(years->size(), 1);
    auto one = s.periods->closure(years->at(0).id);
    QVERIFY(one.ok());
    QCOMPARE(one->period, QStringLiteral("2026"));
    QCOMPARE(one->totalCents, 1750);
    QCOMPARE(one->vat.size(), 1);
    QCOMPARE(s.periods->closure(999).error().code, ErrorCode::NotFound);
}

COMPTOIR_CLOSING_TEST_MAIN(TestPeriodClosing)
#include "tst_periodclosing.moc"
