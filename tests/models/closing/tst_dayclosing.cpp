// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DayClosing: the day's totals (X), the closure (Z) and its rules, on a real database file.
// The stored closures and the printed Z report: tst_closures.cpp.
#include "closingfixture.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

class TestDayClosing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void totalsSumTheDay_data();
    void totalsSumTheDay();
    void cancelledCountByLocalDate();
    void closeStoresAndReadsBack();
    void secondCloseWritesNothing();
    void nextSaleLandsOnTheNextDay();
    void closableDaysOldestFirst();
    void closeRules_data();
    void closeRules();

private:
    std::unique_ptr<ClosingShop> m_s;
};

void TestDayClosing::init()
{
    m_s = std::make_unique<ClosingShop>();
    QVERIFY(m_s->setUpClosing());
}

void TestDayClosing::cleanup()
{
    m_s.reset();
}

void TestDayClosing::totalsSumTheDay_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<qint64>("cashFloat");
    QTest::addColumn<int>("saleCount");
    QTest::addColumn<int>("refundCount");
    QTest::addColumn<int>("cancelledCount");
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<qint64>("discountCents");
    QTest::addColumn<qint64>("cashExpectedCents");

    QTest::newRow("empty day") << QStringLiteral("empty") << qint64(0) << 0 << 0 << 0 << qint64(0)
                               << qint64(0) << qint64(0);
    QTest::newRow("empty day, float")
        << QStringLiteral("empty") << qint64(15000) << 0 << 0 << 0 << qint64(0) << qint64(0) << qint64(15000);
    // 30 € handed over, 1.82 € given back: the drawer gains 28.18 €.
    QTest::newRow("cash sale with change") << QStringLiteral("cash sale with change") << qint64(15000) << 1
                                           << 0 << 0 << qint64(2818) << qint64(0) << qint64(17818);
    QTest::newRow("mixed payment") << QStringLiteral("mixed payment") << qint64(10000) << 1 << 0 << 0
                                   << qint64(2818) << qint64(0) << qint64(11818);
    QTest::newRow("discounts") << QStringLiteral("discounts") << qint64(0) << 1 << 0 << 0 << qint64(4070)
                               << qint64(277) << qint64(0);
    QTest::newRow("sale and refund") << QStringLiteral("sale and refund") << qint64(0) << 1 << 1 << 0
                                     << qint64(1528) << qint64(0) << qint64(0);
    // 28.18 + 28.18 + 40.70 − 12.90; cash 28.18 + 18.18 − 12.90 = 33.46.
    QTest::newRow("everything") << QStringLiteral("everything") << qint64(5000) << 3 << 1 << 1 << qint64(8416)
                                << qint64(277) << qint64(8346);
}

void TestDayClosing::totalsSumTheDay()
{
    QFETCH(QString, scenario);
    QFETCH(qint64, cashFloat);
    QFETCH(int, saleCount);
    QFETCH(int, refundCount);
    QFETCH(int, cancelledCount);
    QFETCH(qint64, totalCents);
    QFETCH(qint64, discountCents);
    QFETCH(qint64, cashExpectedCents);

    QList<Ticket> tickets;
    QVERIFY(m_s->build(scenario, tickets));
    const QStringList before = m_s->closureCounts();
    auto totals = m_s->closing->totals(day(27), cashFloat);
    QVERIFY(totals.ok());
    QCOMPARE(m_s->closureCounts(), before); // an X reading writes nothing

    QCOMPARE(totals->businessDay, day(27));
    QCOMPARE(totals->saleCount, saleCount);
    QCOMPARE(totals->refundCount, refundCount);
    QCOMPARE(totals->cancelledCount, cancelledCount);
    QCOMPARE(totals->totalCents, totalCents);
    QCOMPARE(totals->discountCents, discountCents);
    QCOMPARE(totals->cashFloatCents, cashFloat);
    QCOMPARE(totals->cashExpectedCents, cashExpectedCents);

    // The same figures, summed from the tickets the journal returned.
    qint64 sales = 0;
    qint64 refunds = 0;
    qint64 discounts = 0;
    std::optional<qint64> first;
    std::optional<qint64> last;
    std::map<int, std::pair<int, qint64>> methods; // by PaymentMethod
    std::map<int, std::pair<qint64, qint64>, std::greater<>> vat; // by rate, highest first
    for (const Ticket &ticket : std::as_const(tickets)) {
        QCOMPARE(ticket.businessDay, day(27));
        (ticket.kind == TicketKind::Sale ? sales : refunds) += ticket.totalCents;
        first = std::min(first.value_or(ticket.number), ticket.number);
        last = std::max(last.value_or(ticket.number), ticket.number);
        for (const TicketLine &l : ticket.lines) {
            if (ticket.kind == TicketKind::Sale)
                discounts += l.discountCents + l.ticketDiscountCents;
        }
        for (const Payment &p : ticket.payments) {
            methods[int(p.method)].first += 1;
            methods[int(p.method)].second += p.amountCents;
        }
        for (const VatAmount &v : ticket.vat) {
            vat[v.vatRateBp].first += v.baseCents;
            vat[v.vatRateBp].second += v.vatCents;
        }
    }
    QCOMPARE(totals->salesCents, sales);
    QCOMPARE(totals->refundsCents, refunds);
    QVERIFY(totals->refundsCents <= 0);
    QCOMPARE(totals->totalCents, sales + refunds);
    QCOMPARE(totals->discountCents, discounts);
    QCOMPARE(totals->firstTicketNumber, first);
    QCOMPARE(totals->lastTicketNumber, last);
    QCOMPARE(totals->methods.size(), qsizetype(methods.size()));
    qsizetype i = 0;
    for (const auto &[method, sum] : methods) {
        QCOMPARE(int(totals->methods.at(i).method), method);
        QCOMPARE(totals->methods.at(i).count, sum.first);
        QCOMPARE(totals->methods.at(i).amountCents, sum.second);
        ++i;
    }
    QCOMPARE(totals->vat.size(), qsizetype(vat.size()));
    i = 0;
    qint64 vatTotal = 0;
    for (const auto &[rate, sum] : vat) {
        QCOMPARE(totals->vat.at(i).vatRateBp, rate);
        QCOMPARE(totals->vat.at(i).baseCents, sum.first);
        QCOMPARE(totals->vat.at(i).vatCents, sum.second);
        vatTotal += sum.first + sum.second;
        ++i;
    }
    QCOMPARE(vatTotal, totalCents); // base + VAT over every rate is the day's total
}

void TestDayClosing::cancelledCountByLocalDate()
{
    m_s->setTime(27, 22, 30); // 23:30 in Orléans: still the 27th
    QVERIFY(m_s->drafts.cancel(m_s->threeLines()).ok());
    m_s->setTime(27, 23, 30); // 00:30 on the 28th in Orléans
    QVERIFY(m_s->drafts.cancel(m_s->threeLines()).ok());
    QVERIFY(m_s->drafts.cancel(m_s->threeLines()).ok());
    QCOMPARE(m_s->closing->totals(day(27), 0)->cancelledCount, 1);
    QCOMPARE(m_s->closing->totals(day(28), 0)->cancelledCount, 2);
    QCOMPARE(m_s->closing->totals(day(26), 0)->cancelledCount, 0);
}

void TestDayClosing::closeStoresAndReadsBack()
{
    Database &db = m_s->shop.db();
    QList<Ticket> tickets;
    QVERIFY(m_s->build(QStringLiteral("everything"), tickets));
    m_s->setTime(27, 18, 5);
    auto expected = m_s->closing->totals(day(27), 5000);
    QVERIFY(expected.ok());
    // The day before has tickets too: it is closed first.
    QCOMPARE(errorOf(m_s->closing->close(day(27), m_s->operatorId, 5000, 8300)), ErrorCode::EarlierDayOpen);
    auto previous = m_s->closing->close(day(26), m_s->operatorId, 0, 2818);
    QVERIFY(previous.ok());

    auto closed = m_s->closing->close(day(27), m_s->operatorId, 5000, 8300);
    QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().detail));
    const Closure &c = closed.value();
    QVERIFY(c.id > 0);
    QVERIFY(!c.uuid.isEmpty());
    QCOMPARE(c.registerId, db.deviceId());
    QCOMPARE(c.number, qint64(2));
    QCOMPARE(c.closedAt, m_s->shop.clock.now());
    QCOMPARE(c.operatorId, m_s->operatorId);
    QCOMPARE(c.operatorName, QStringLiteral("Camille"));
    QCOMPARE(c.cashCountedCents, qint64(8300));
    QCOMPARE(c.cashDifferenceCents, qint64(8300 - 8346));
    QCOMPARE(c.grandTotalCents, qint64(2818 + 8416));

    const DayTotals &t = c.totals;
    QCOMPARE(t.businessDay, expected->businessDay);
    QCOMPARE(t.saleCount, expected->saleCount);
    QCOMPARE(t.refundCount, expected->refundCount);
    QCOMPARE(t.cancelledCount, expected->cancelledCount);
    QCOMPARE(t.firstTicketNumber, expected->firstTicketNumber);
    QCOMPARE(t.lastTicketNumber, expected->lastTicketNumber);
    QCOMPARE(t.salesCents, expected->salesCents);
    QCOMPARE(t.refundsCents, expected->refundsCents);
    QCOMPARE(t.totalCents, expected->totalCents);
    QCOMPARE(t.discountCents, expected->discountCents);
    QCOMPARE(t.cashFloatCents, qint64(5000));
    QCOMPARE(t.cashExpectedCents, expected->cashExpectedCents);
    QCOMPARE(t.methods.size(), expected->methods.size());
    for (qsizetype i = 0; i < t.methods.size(); ++i) {
        QCOMPARE(t.methods.at(i).method, expected->methods.at(i).method);
        QCOMPARE(t.methods.at(i).count, expected->methods.at(i).count);
        QCOMPARE(t.methods.at(i).amountCents, expected->methods.at(i).amountCents);
    }
    QCOMPARE(t.vat.size(), expected->vat.size());
    for (qsizetype i = 0; i < t.vat.size(); ++i) {
        QCOMPARE(t.vat.at(i).vatRateBp, expected->vat.at(i).vatRateBp);
        QCOMPARE(t.vat.at(i).baseCents, expected->vat.at(i).baseCents);
        QCOMPARE(t.vat.at(i).vatCents, expected->vat.at(i).vatCents);
    }

    // The rows as stored.
    QCOMPARE(count(db, QStringLiteral("closures")), qint64(2));
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT group_concat(r, ';') FROM (SELECT method || ':' || count || ':' || "
                        "amount_cents AS r FROM closure_payments WHERE closure_id = ? ORDER BY method)"),
                    {c.id})
                 .toString(),
             QStringLiteral("card:1:1000;cash:3:3346;cheque:1:2000;voucher:1:2070"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM closure_vat WHERE closure_id = ?"), {c.id})
                 .toLongLong(),
             qint64(t.vat.size()));
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT business_day || '/' || kind || '/' || sale_count || '/' || total_cents "
                              "|| '/' || cash_counted_cents FROM closures WHERE id = ?"),
               {c.id})
            .toString(),
        QStringLiteral("2026-11-27/day/3/8416/8300"));

    // Read back, also after reopening the file: the same closure.
    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 1)
            QVERIFY(m_s->reopen());
        auto read = m_s->closing->closure(c.id);
        QVERIFY(read.ok());
        QCOMPARE(read->uuid, c.uuid);
        QCOMPARE(read->number, c.number);
        QCOMPARE(read->closedAt, c.closedAt);
        QCOMPARE(read->operatorName, c.operatorName);
        QCOMPARE(read->totals.totalCents, c.totals.totalCents);
        QCOMPARE(read->totals.firstTicketNumber, c.totals.firstTicketNumber);
        QCOMPARE(read->totals.methods.size(), c.totals.methods.size());
        QCOMPARE(read->totals.vat.size(), c.totals.vat.size());
        QCOMPARE(read->totals.vat.constFirst().vatCents, c.totals.vat.constFirst().vatCents);
        QCOMPARE(read->cashDifferenceCents, c.cashDifferenceCents);
        QCOMPARE(read->grandTotalCents, c.grandTotalCents);
        auto list = m_s->closing->closures();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, c.id); // newest first
        QCOMPARE(list->at(1).id, previous->id);
        QCOMPARE(list->at(0).totals.methods.size(), c.totals.methods.size());
    }
    QCOMPARE(errorOf(m_s->closing->closure(c.id + 100)), ErrorCode::NotFound);
}

void TestDayClosing::secondCloseWritesNothing()
{
    QVERIFY(m_s->journal.commitSale(m_s->threeLines()).ok());
    QVERIFY(m_s->closing->close(day(27), m_s->operatorId, 0, 2818).ok());
    const QStringList before = m_s->closureCounts();
    auto again = m_s->closing->close(day(27), m_s->operatorId, 0, 2818);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::DayAlreadyClosed);
    QCOMPARE(again.error().subject, day(27));
    QCOMPARE(m_s->closureCounts(), before);
    QCOMPARE(count(m_s->shop.db(), QStringLiteral("closures")), qint64(1));
}

void TestDayClosing::nextSaleLandsOnTheNextDay()
{
    QCOMPARE(m_s->closing->openDay().value(), day(27));
    auto morning = m_s->journal.commitSale(m_s->threeLines());
    QVERIFY(morning.ok());
    QCOMPARE(morning->businessDay, day(27));

    m_s->setTime(27, 17); // 18:00: the Z report
    auto first = m_s->closing->close(day(27), m_s->operatorId, 0, 2818);
    QVERIFY(first.ok());
    QCOMPARE(m_s->closing->openDay().value(), day(28));
    // Tomorrow has not begun and has no ticket: nothing to close (a second Z would only push
    // the days further ahead).
    QCOMPARE(m_s->closing->closableDays().value(), QStringList {});
    QCOMPARE(m_s->closing->close(day(28), m_s->operatorId, 0, 0).error().code, ErrorCode::DayNotClosable);

    m_s->setTime(27, 18); // a late customer, the same evening
    auto late = m_s->journal.commitSale(m_s->mixedSale());
    QVERIFY(late.ok());
    QCOMPARE(late->businessDay, day(28));
    QCOMPARE(m_s->closing->closableDays().value(), QStringList {day(28)});
    QCOMPARE(m_s->closing->totals(day(27), 0)->saleCount, 1); // the closed day does not move

    m_s->setTime(28, 8); // the next morning
    auto next = m_s->journal.commitSale(m_s->threeLines());
    QVERIFY(next.ok());
    QCOMPARE(next->businessDay, day(28));
    m_s->setTime(28, 17);
    auto second = m_s->closing->close(day(28), m_s->operatorId, 0, 2818 + 1818);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().detail));
    QCOMPARE(second->number, qint64(2));
    QCOMPARE(second->totals.saleCount, 2);
    QCOMPARE(second->totals.firstTicketNumber, std::optional<qint64>(late->number));
    QCOMPARE(second->totals.lastTicketNumber, std::optional<qint64>(next->number));
    QCOMPARE(second->cashDifferenceCents, qint64(0));
    QCOMPARE(m_s->closing->openDay().value(), day(29));
}

void TestDayClosing::closableDaysOldestFirst()
{
    QCOMPARE(m_s->closing->closableDays().value(), QStringList {day(27)});
    for (const int d : {24, 25, 25}) {
        m_s->setTime(d, 10);
        QVERIFY(m_s->journal.commitSale(m_s->threeLines()).ok());
    }
    m_s->setTime(27, 10);
    QCOMPARE(m_s->closing->closableDays().value(), (QStringList {day(24), day(25), day(27)}));
    QVERIFY(m_s->closing->close(day(24), m_s->operatorId, 0, 0).ok());
    QCOMPARE(m_s->closing->closableDays().value(), (QStringList {day(25), day(27)}));
    QVERIFY(m_s->closing->close(day(25), m_s->operatorId, 0, 0).ok());
    QCOMPARE(m_s->closing->closableDays().value(), QStringList {day(27)});
}

void TestDayClosing::closeRules_data()
{
    QTest::addColumn<QList<int>>("ticketDays"); // one sale on each, at 10:00 UTC
    QTest::addColumn<QList<int>>("closedDays"); // closed before the attempt
    QTest::addColumn<QString>("dayToClose");
    QTest::addColumn<QString>("operatorState"); // "active", "inactive", "unknown"
    QTest::addColumn<qint64>("cashFloat");
    QTest::addColumn<qint64>("cashCounted");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<QString>("subject");

    const QString active = QStringLiteral("active");
    const QList<int> none;
    QTest::newRow("today") << QList<int> {27} << none << day(27) << active << qint64(0) << qint64(0)
                           << ErrorCode::None << QString();
    QTest::newRow("an empty today (zero Z)")
        << none << none << day(27) << active << qint64(1000) << qint64(1000) << ErrorCode::None << QString();
    QTest::newRow("the oldest open day") << QList<int> {25, 26, 27} << none << day(25) << active << qint64(0)
                                         << qint64(0) << ErrorCode::None << QString();
    QTest::newRow("an earlier day is open") << QList<int> {25, 26, 27} << none << day(26) << active
                                            << qint64(0) << qint64(0) << ErrorCode::EarlierDayOpen << day(25);
    QTest::newRow("today while an earlier day is open")
        << QList<int> {25, 27} << none << day(27) << active << qint64(0) << qint64(0)
        << ErrorCode::EarlierDayOpen << day(25);
    QTest::newRow("after closing the oldest")
        << QList<int> {25, 26, 27} << QList<int> {25} << day(27) << active << qint64(0) << qint64(0)
        << ErrorCode::EarlierDayOpen << day(26);
    QTest::newRow("a future day") << QList<int> {27} << none << day(28) << active << qint64(0) << qint64(0)
                                  << ErrorCode::DayNotClosable << day(28);
    QTest::newRow("an earlier day without ticket")
        << QList<int> {27} << none << day(20) << active << qint64(0) << qint64(0) << ErrorCode::DayNotClosable
        << day(20);
    QTest::newRow("not a day") << QList<int> {27} << none << QStringLiteral("27/11/2026") << active
                               << qint64(0) << qint64(0) << ErrorCode::DayNotClosable
                               << QStringLiteral("27/11/2026");
    QTest::newRow("already closed") << QList<int> {26, 27} << QList<int> {26} << day(26) << active
                                    << qint64(0) << qint64(0) << ErrorCode::DayAlreadyClosed << day(26);
    QTest::newRow("negative float") << QList<int> {27} << none << day(27) << active << qint64(-1) << qint64(0)
                                    << ErrorCode::InvalidQuantity << QStringLiteral("-1");
    QTest::newRow("negative cash counted")
        << QList<int> {27} << none << day(27) << active << qint64(0) << qint64(-500)
        << ErrorCode::InvalidQuantity << QStringLiteral("-500");
    QTest::newRow("unknown operator") << QList<int> {27} << none << day(27) << QStringLiteral("unknown")
                                      << qint64(0) << qint64(0) << ErrorCode::NotFound << QString();
    QTest::newRow("inactive operator")
        << QList<int> {27} << none << day(27) << QStringLiteral("inactive") << qint64(0) << qint64(0)
        << ErrorCode::OperatorInactive << QStringLiteral("Dominique");
}

void TestDayClosing::closeRules()
{
    QFETCH(QList<int>, ticketDays);
    QFETCH(QList<int>, closedDays);
    QFETCH(QString, dayToClose);
    QFETCH(QString, operatorState);
    QFETCH(qint64, cashFloat);
    QFETCH(qint64, cashCounted);
    QFETCH(ErrorCode, error);
    QFETCH(QString, subject);

    Database &db = m_s->shop.db();
    for (const int d : std::as_const(ticketDays)) {
        m_s->setTime(d, 10);
        QVERIFY(m_s->journal.commitSale(m_s->threeLines()).ok());
    }
    m_s->setTime(27, 17);
    for (const int d : std::as_const(closedDays))
        QVERIFY(m_s->closing->close(day(d), m_s->operatorId, 0, 0).ok());
    qint64 operatorId = m_s->operatorId;
    if (operatorState == QLatin1String("unknown"))
        operatorId = 999;
    if (operatorState == QLatin1String("inactive")) {
        auto op = db.insert(
            QStringLiteral("INSERT INTO operators (name, role, pin_hash, active, created_at) "
                           "VALUES ('Dominique', 'manager', 'x', 0, '2026-11-27T08:00:00.000Z')"));
        QVERIFY(op.ok());
        operatorId = *op;
    }

    const QStringList before = m_s->closureCounts();
    auto closed = m_s->closing->close(dayToClose, operatorId, cashFloat, cashCounted);
    if (error == ErrorCode::None) {
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().detail));
        QCOMPARE(closed->totals.businessDay, dayToClose);
        QCOMPARE(count(db, QStringLiteral("closures")), qint64(closedDays.size() + 1));
        QCOMPARE(closed->number, qint64(closedDays.size() + 1));
        QCOMPARE(closed->totals.saleCount,
                 int(ticketDays.count(QDate::fromString(dayToClose, Qt::ISODate).day())));
        return;
    }
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error().code, error);
    QCOMPARE(closed.error().subject, subject);
    QCOMPARE(m_s->closureCounts(), before);
    QCOMPARE(db.transactionDepth(), 0);
}

COMPTOIR_CLOSING_TEST_MAIN(TestDayClosing)

#include "tst_dayclosing.moc"
