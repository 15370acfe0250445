// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo shop's three weeks of history (DemoHistory), made through the real sale path.
#include "fixtures.h"
#include "models/archive/journalverifier.h"
#include "models/closing/dayclosing.h"
#include "models/demo/demohistory.h"
#include "models/demo/demoshop.h"
#include "models/staff/operators.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace comptoir;

namespace {

QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

qint64 number(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    return scalar(db, sql, bindings).toLongLong();
}

// Rows as text, one string per row (columns joined by '|').
QStringList rows(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    QStringList result;
    auto q = db.query(sql, bindings);
    if (!q)
        return {QStringLiteral("error: ") + q.error().detail};
    while (q.value().next()) {
        QStringList columns;
        for (int i = 0; i < q.value().record().count(); ++i)
            columns << q.value().value(i).toString();
        result << columns.join(QLatin1Char('|'));
    }
    return result;
}

const QDate Today(2026, 11, 27); // a Friday

// The days the demo shop trades on: Tuesday to Saturday, in the 21 days before Today.
QStringList tradingDays()
{
    QStringList days;
    for (int back = 21; back >= 1; --back) {
        const QDate d = Today.addDays(-back);
        if (d.dayOfWeek() != Qt::Sunday && d.dayOfWeek() != Qt::Monday)
            days << d.toString(Qt::ISODate);
    }
    return days;
}

// The real demo shop (catalogue, stock, cashiers) with its history.
struct DemoWithHistory
{
    TestShop shop;
    Operators operators {shop.db(), shop.clock, shop.events, 1000};
    DemoHistory::Summary summary;
    qint64 elapsedMs = 0;

    Status build(quint32 seed = DemoHistoryOptions().seed)
    {
        if (Status s = DemoShop::seed(shop.db(), shop.catalogue, shop.ledger, operators); !s)
            return s;
        DemoHistoryOptions options;
        options.today = Today;
        options.seed = seed;
        QElapsedTimer timer;
        timer.start();
        auto result = DemoHistory::generate(shop.db(), shop.signer, options);
        elapsedMs = timer.elapsed();
        if (!result)
            return result.error();
        summary = result.value();
        return {};
    }
};

} // namespace

class TestDemoHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryMatchesTheJournal();
    void everyTradingDayHasItsTicketsAndOneZ();
    void ticketsAreWithinOpeningHours();
    void closuresEqualTheSumOfTheirTickets();
    void stockNeverGoesBelowZero();
    void aRealisticMix();
    void eventsFrameEachDay();
    void journalVerifies();
    void runsOnlyOnce();
    void deterministicForASeed();
    void refusesWithoutAManager();
    void leavesAJournalWithAClosureAlone();

private:
    std::unique_ptr<DemoWithHistory> m_demo;
};

void TestDemoHistory::initTestCase()
{
    m_demo = std::make_unique<DemoWithHistory>();
    QVERIFY(m_demo->shop.temp.isValid());
    Status s = m_demo->build();
    QVERIFY2(s.ok(), qPrintable(s.error().detail));
    qInfo("demo history: %d sales, %d refunds, %d closures, %d events in %lld ms", m_demo->summary.sales,
          m_demo->summary.refunds, m_demo->summary.closures, m_demo->summary.events, m_demo->elapsedMs);
    QVERIFY2(m_demo->elapsedMs < 30000, "the history should take seconds, not minutes");
}

void TestDemoHistory::summaryMatchesTheJournal()
{
    const Database &db = m_demo->shop.db();
    const DemoHistory::Summary &s = m_demo->summary;
    QCOMPARE(s.tradingDays, tradingDays().size());
    QCOMPARE(s.closures, s.tradingDays);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM tickets WHERE kind = 'sale'")), s.sales);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM tickets WHERE kind = 'refund'")), s.refunds);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM cancelled_tickets")), s.cancelled);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM closures")), s.closures);
    // The seed's two people (Claire, Lucas) are journalled as staff changes before the history.
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'staff_changed'")), 2);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM events WHERE kind <> 'staff_changed'")),
             s.events);
    QVERIFY(s.sales >= 15 * s.tradingDays && s.sales <= 40 * s.tradingDays);
    QVERIFY2(s.refunds >= 5, qPrintable(QString::number(s.refunds)));
    QVERIFY(s.cancelled >= 1);
    QVERIFY(s.deliveries >= 1);
    // Gap-free numbers 1…n over sales and refunds.
    const qint64 tickets = s.sales + s.refunds;
    QCOMPARE(number(db, QStringLiteral("SELECT max(number) FROM tickets")), tickets);
    QCOMPARE(number(db, QStringLiteral("SELECT count(DISTINCT number) FROM tickets")), tickets);
}

void TestDemoHistory::everyTradingDayHasItsTicketsAndOneZ()
{
    const Database &db = m_demo->shop.db();
    const QStringList days = tradingDays();
    QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT business_day FROM tickets ORDER BY business_day")),
             days);
    QCOMPARE(rows(db, QStringLiteral("SELECT business_day FROM closures ORDER BY number")), days);
    QStringList numbers;
    for (qsizetype i = 0; i < days.size(); ++i)
        numbers << QString::number(i + 1);
    QCOMPARE(rows(db, QStringLiteral("SELECT number FROM closures ORDER BY business_day")), numbers);
    for (const QString &day : days) {
        const qint64 sales = number(
            db, QStringLiteral("SELECT count(*) FROM tickets WHERE kind = 'sale' AND business_day = ?"),
            {day});
        QVERIFY2(sales >= 15 && sales <= 40, qPrintable(day + QLatin1Char(' ') + QString::number(sales)));
    }
    // Refunds give back sales made earlier, never more than was sold.
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT count(*) FROM tickets r JOIN tickets s ON s.id = r.original_ticket_id "
                              "WHERE r.kind = 'refund' AND (s.kind <> 'sale' OR s.number >= r.number)")),
        0);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT o.id FROM ticket_lines o "
                                   "JOIN ticket_lines r ON r.original_line_id = o.id "
                                   "GROUP BY o.id HAVING o.quantity + sum(r.quantity) < 0)")),
             0);
}

void TestDemoHistory::ticketsAreWithinOpeningHours()
{
    const Database &db = m_demo->shop.db();
    auto q = db.query(QStringLiteral("SELECT number, business_day, closed_at FROM tickets ORDER BY number"));
    QVERIFY(q.ok());
    QDateTime previous;
    int checked = 0;
    while (q.value().next()) {
        const QDateTime at = QDateTime::fromString(q.value().value(2).toString(), Qt::ISODateWithMs);
        const QDateTime local = at.toLocalTime();
        const QString what = q.value().value(0).toString() + QLatin1Char(' ') + local.toString(Qt::ISODate);
        QVERIFY2(local.time() >= QTime(9, 30) && local.time() < QTime(19, 0), qPrintable(what));
        QCOMPARE(local.date().toString(Qt::ISODate), q.value().value(1).toString());
        QVERIFY2(!previous.isValid() || at > previous, qPrintable(what));
        previous = at;
        ++checked;
    }
    QVERIFY(checked > 0);
    QVERIFY(previous < QDateTime(Today, QTime(0, 0)));
}

void TestDemoHistory::closuresEqualTheSumOfTheirTickets()
{
    const Database &db = m_demo->shop.db();
    // Totals, counts and ticket numbers of each Z against its day's tickets.
    const QString perDay = QStringLiteral(
        "SELECT c.number, c.sale_count, c.refund_count, c.sales_cents, c.refunds_cents, c.total_cents, "
        "c.first_ticket_number, c.last_ticket_number, "
        "(SELECT count(*) FROM tickets t WHERE t.business_day = c.business_day AND t.kind = 'sale'), "
        "(SELECT count(*) FROM tickets t WHERE t.business_day = c.business_day AND t.kind = 'refund'), "
        "(SELECT coalesce(sum(total_cents), 0) FROM tickets t WHERE t.business_day = c.business_day "
        "  AND t.kind = 'sale'), "
        "(SELECT coalesce(sum(total_cents), 0) FROM tickets t WHERE t.business_day = c.business_day "
        "  AND t.kind = 'refund'), "
        "(SELECT sum(total_cents) FROM tickets t WHERE t.business_day = c.business_day), "
        "(SELECT min(number) FROM tickets t WHERE t.business_day = c.business_day), "
        "(SELECT max(number) FROM tickets t WHERE t.business_day = c.business_day), "
        "c.cash_float_cents, c.grand_total_cents FROM closures c ORDER BY c.number");
    auto q = db.query(perDay);
    QVERIFY(q.ok());
    qint64 grandTotal = 0;
    int closures = 0;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        for (int i = 1; i <= 7; ++i)
            QCOMPARE(r.value(i).toLongLong(), r.value(i + 7).toLongLong());
        QVERIFY(r.value(1).toLongLong() > 0);
        QCOMPARE(r.value(15).toLongLong(), DemoHistory::CashFloatCents);
        grandTotal += r.value(5).toLongLong();
        QCOMPARE(r.value(16).toLongLong(), grandTotal);
        ++closures;
    }
    QCOMPARE(closures, m_demo->summary.closures);
    // Per payment method and per VAT rate.
    QCOMPARE(rows(db,
                  QStringLiteral("SELECT c.number, p.method, p.amount_cents FROM closure_payments p "
                                 "JOIN closures c ON c.id = p.closure_id ORDER BY 1, 2")),
             rows(db,
                  QStringLiteral(
                      "SELECT c.number, p.method, sum(p.amount_cents) FROM ticket_payments p "
                      "JOIN tickets t ON t.id = p.ticket_id "
                      "JOIN closures c ON c.business_day = t.business_day GROUP BY 1, 2 ORDER BY 1, 2")));
    QCOMPARE(
        rows(db,
             QStringLiteral("SELECT c.number, v.vat_rate_bp, v.base_cents, v.vat_cents FROM closure_vat v "
                            "JOIN closures c ON c.id = v.closure_id ORDER BY 1, 2")),
        rows(db,
             QStringLiteral(
                 "SELECT c.number, v.vat_rate_bp, sum(v.base_cents), sum(v.vat_cents) "
                 "FROM ticket_vat v JOIN tickets t ON t.id = v.ticket_id "
                 "JOIN closures c ON c.business_day = t.business_day GROUP BY 1, 2 ORDER BY 1, 2")));
    // Cash expected = float + the day's cash payments (change already deducted: a payment is what it paid).
    QCOMPARE(number(db,
                    QStringLiteral(
                        "SELECT count(*) FROM closures c WHERE c.cash_expected_cents <> "
                        "c.cash_float_cents + coalesce((SELECT sum(p.amount_cents) FROM ticket_payments p "
                        "JOIN tickets t ON t.id = p.ticket_id WHERE t.business_day = c.business_day "
                        "AND p.method = 'cash'), 0)")),
             0);
}

void TestDemoHistory::stockNeverGoesBelowZero()
{
    const Database &db = m_demo->shop.db();
    QVERIFY(number(db, QStringLiteral("SELECT min(quantity) FROM stock_on_hand")) >= 0);
    // Replayed movement by movement, in the order they were made.
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT count(*) FROM (SELECT sum(delta) OVER (PARTITION BY variant_id "
                              "ORDER BY device_seq) AS running FROM stock_movements) WHERE running < 0")),
        0);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'count'")), 0);
    // Every sold item left the stock, every refunded one came back.
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT -coalesce(sum(delta), 0) FROM stock_movements WHERE reason = 'sale'")),
        number(
            db,
            QStringLiteral("SELECT sum(l.quantity) FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id "
                           "WHERE t.kind = 'sale' AND l.variant_id IS NOT NULL")));
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT coalesce(sum(delta), 0) FROM stock_movements WHERE reason = 'return'")),
        -number(
            db,
            QStringLiteral("SELECT sum(l.quantity) FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id "
                           "WHERE t.kind = 'refund'")));
}

void TestDemoHistory::aRealisticMix()
{
    const Database &db = m_demo->shop.db();
    QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT method FROM ticket_payments ORDER BY 1")),
             (QStringList {QStringLiteral("card"), QStringLiteral("cash"), QStringLiteral("cheque"),
                           QStringLiteral("voucher")}));
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM tickets WHERE change_cents > 0")) > 10);
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM tickets WHERE discount_cents <> 0")) > 0);
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM ticket_lines WHERE discount_percent_bp > 0"))
            > 0);
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM (SELECT ticket_id FROM ticket_payments "
                                  "GROUP BY ticket_id HAVING count(*) > 1)"))
            > 0);
    QVERIFY(number(db,
                   QStringLiteral(
                       "SELECT max(c) FROM (SELECT count(*) AS c FROM ticket_lines GROUP BY ticket_id)"))
            >= 4);
    QVERIFY(number(db,
                   QStringLiteral(
                       "SELECT count(*) FROM closures WHERE cash_counted_cents <> cash_expected_cents"))
            > 0);
    QVERIFY(
        number(db,
               QStringLiteral("SELECT count(*) FROM closures WHERE cash_counted_cents = cash_expected_cents"))
        > 0);
    QCOMPARE(number(db, QStringLiteral("SELECT count(DISTINCT operator_id) FROM tickets")), 2);
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM tickets WHERE total_cents > 0 AND kind = 'sale'"))
            == m_demo->summary.sales);
}

void TestDemoHistory::eventsFrameEachDay()
{
    const Database &db = m_demo->shop.db();
    const qint64 days = m_demo->summary.tradingDays;
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'start'")), days);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'stop'")), days);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'day_closed'")), days);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'ticket_cancelled'")),
             m_demo->summary.cancelled);
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'login'")) >= days);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'login'")),
             number(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'logout'")));
    // Each day starts with Start and ends with Stop, in the order of the chain.
    const QStringList perDay = rows(
        db,
        QStringLiteral(
            "SELECT group_concat(kind, ',') FROM (SELECT kind, occurred_at FROM events "
            "WHERE kind <> 'staff_changed' ORDER BY id) GROUP BY date(occurred_at, 'localtime') ORDER BY 1"));
    QCOMPARE(perDay.size(), days);
    for (const QString &day : perDay) {
        QVERIFY2(day.startsWith(QLatin1String("start,"))
                     && day.endsWith(QLatin1String(",day_closed,logout,stop")),
                 qPrintable(day));
    }
    // No detail names a person or carries a PIN.
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM events WHERE detail LIKE '%pin%' OR detail LIKE "
                                   "'%Claire%' OR detail LIKE '%Lucas%'")),
             0);
    // Everything is chained, in time order.
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM fiscal_chain")),
             number(db, QStringLiteral("SELECT count(*) FROM tickets")) + m_demo->summary.closures
                 + number(db, QStringLiteral("SELECT count(*) FROM events")));
}

void TestDemoHistory::journalVerifies()
{
    auto report = verifyJournal(m_demo->shop.db(), m_demo->shop.signer.publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->ok,
             qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem + QLatin1Char(' ')
                        + report->detail));
    QCOMPARE(report->tickets, m_demo->summary.sales + m_demo->summary.refunds);
    QCOMPARE(report->closures, m_demo->summary.closures);
    QCOMPARE(report->events, m_demo->summary.events + 2); // and the seed's two staff changes
}

void TestDemoHistory::runsOnlyOnce()
{
    Database &db = m_demo->shop.db();
    const qint64 links = number(db, QStringLiteral("SELECT count(*) FROM fiscal_chain"));
    DemoHistoryOptions options;
    options.today = Today;
    auto again = DemoHistory::generate(db, m_demo->shop.signer, options);
    QVERIFY(again.ok());
    QCOMPARE(again->sales, 0);
    QCOMPARE(again->events, 0);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM fiscal_chain")), links);
    QVERIFY(DemoHistory::hasTickets(db).value());
}

void TestDemoHistory::deterministicForASeed()
{
    const QString sql = QStringLiteral(
        "SELECT t.number, t.kind, t.business_day, t.closed_at, t.total_cents, t.change_cents, "
        "(SELECT group_concat(label || 'x' || quantity, ';') FROM ticket_lines l WHERE l.ticket_id = t.id), "
        "(SELECT group_concat(method || ':' || amount_cents, ';') FROM ticket_payments p WHERE p.ticket_id = "
        "t.id) "
        "FROM tickets t ORDER BY t.number");
    DemoWithHistory other;
    QVERIFY(other.build().ok());
    QCOMPARE(rows(other.shop.db(), sql), rows(m_demo->shop.db(), sql));
    QCOMPARE(
        rows(other.shop.db(), QStringLiteral("SELECT number, closed_at, cash_counted_cents FROM closures")),
        rows(m_demo->shop.db(),
             QStringLiteral("SELECT number, closed_at, cash_counted_cents FROM closures")));
}

void TestDemoHistory::refusesWithoutAManager()
{
    TestShop shop;
    QVERIFY(shop.populate(20).ok());
    DemoHistoryOptions options;
    options.today = Today;
    auto result = DemoHistory::generate(shop.db(), shop.signer, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QCOMPARE(number(shop.db(), QStringLiteral("SELECT count(*) FROM fiscal_chain")), 0);
    QCOMPARE(number(shop.db(), QStringLiteral("SELECT count(*) FROM events")), 0);
    QCOMPARE(shop.db().transactionDepth(), 0);
}

void TestDemoHistory::leavesAJournalWithAClosureAlone()
{
    // A demo whose (empty) day was already closed: past tickets would belong after that closure.
    TestShop shop;
    Operators operators(shop.db(), shop.clock, shop.events, 1000);
    QVERIFY(DemoShop::seed(shop.db(), shop.catalogue, shop.ledger, operators).ok());
    DayClosing closing(shop.db(), shop.clock, shop.uuids, shop.chain);
    const qint64 manager
        = number(shop.db(), QStringLiteral("SELECT id FROM operators WHERE role = 'manager'"));
    auto closed = closing.close(Today.toString(Qt::ISODate), manager, 0, 0);
    QVERIFY(closed.ok());
    DemoHistoryOptions options;
    options.today = Today;
    auto result = DemoHistory::generate(shop.db(), shop.signer, options);
    QVERIFY(result.ok());
    QCOMPARE(result->sales, 0);
    QCOMPARE(number(shop.db(), QStringLiteral("SELECT count(*) FROM tickets")), 0);
    QCOMPARE(number(shop.db(), QStringLiteral("SELECT count(*) FROM closures")), 1);
}

// Business days are local dates: the test runs in the shop's time zone whatever the machine's.
int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Paris");
    QCoreApplication app(argc, argv);
    TestDemoHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demohistory.moc"
