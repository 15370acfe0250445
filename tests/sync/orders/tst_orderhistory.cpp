// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OrderHistory (issue 16, item 6): past and current orders by number, customer, phone, dates and
// status, newest first, each with its steps (time and who) as the replica stores them.
#include "fixtures.h"
#include "models/storage/database.h"
#include "sync/orders/orderhistory.h"
#include "syncrows.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

namespace {

bool insertStep(Database &db, qint64 orderId, int stepNo, const QString &status, const QString &at,
                const QString &by)
{
    return db
        .exec(QStringLiteral("INSERT INTO online_order_steps (order_id, step_no, status, at, by_whom) "
                             "VALUES (?, ?, ?, ?, COALESCE(?, ''))"),
              {orderId, stepNo, status, at, by})
        .ok();
}

QList<qint64> numbers(const Result<QList<OnlineOrder>> &orders)
{
    QList<qint64> out;
    if (orders)
        for (const OnlineOrder &order : *orders)
            out << order.number;
    return out;
}

} // namespace

class TestOrderHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_shop.reset(); }
    void orderNumbersInText();
    void newestFirst();
    void searchByNumberNameOrPhone();
    void searchByDatesAndStatus();
    void detailsHoldLinesAndSteps();

private:
    std::unique_ptr<TestShop> m_shop;
    OrderHistoryQuery query(const QString &text = {}) const
    {
        OrderHistoryQuery q;
        q.text = text;
        q.timeZone = QTimeZone::utc();
        return q;
    }
};

void TestOrderHistory::init()
{
    m_shop = std::make_unique<TestShop>();
    Database &db = m_shop->db();
    const qint64 a
        = insertOrder(db, QStringLiteral("o-101"), 101, QStringLiteral("collected"),
                      QStringLiteral("Claire Martin"), 2580, {}, QStringLiteral("2026-11-20T09:00:00.000Z"));
    const qint64 b
        = insertOrder(db, QStringLiteral("o-102"), 102, QStringLiteral("cancelled"),
                      QStringLiteral("Paul Durand"), 1000, {}, QStringLiteral("2026-11-25T16:00:00.000Z"));
    const qint64 c = insertOrder(db, QStringLiteral("o-118"), 118, QStringLiteral("accepted"),
                                 QStringLiteral("Élodie MARTINEZ"), 4500, {},
                                 QStringLiteral("2026-11-27T08:30:00.000Z"));
    QVERIFY(a > 0 && b > 0 && c > 0);
    QVERIFY(db.exec(QStringLiteral("UPDATE online_orders SET customer_phone = '07.01.02.03.04' WHERE id = ?"),
                    {b}));
    QVERIFY(insertStep(db, a, 1, QStringLiteral("placed"), QStringLiteral("2026-11-20T09:00:00.000Z"), {}));
    QVERIFY(insertStep(db, a, 2, QStringLiteral("accepted"), QStringLiteral("2026-11-20T09:05:00.000Z"),
                       QStringLiteral("Caisse 1 · Marie")));
    QVERIFY(insertStep(db, a, 3, QStringLiteral("ready"), QStringLiteral("2026-11-20T10:00:00.000Z"),
                       QStringLiteral("Caisse 1 · Marie")));
    QVERIFY(insertStep(db, a, 4, QStringLiteral("collected"), QStringLiteral("2026-11-20T17:40:00.000Z"),
                       QStringLiteral("Caisse 2 · Luc")));
    QVERIFY(insertOrderLine(db, a, 1, QStringLiteral("v-1"), {}, 2, 790));
    QVERIFY(insertOrderLine(db, a, 2, QStringLiteral("v-2"), {}, 1, 1000));
    QVERIFY(db.exec(QStringLiteral("UPDATE online_order_lines SET refused = 1, refusal_reason = 'Rupture' "
                                   "WHERE order_id = ? AND line_no = 2"),
                    {a}));
}

void TestOrderHistory::orderNumbersInText()
{
    QCOMPARE(OrderHistory::orderNumberIn(QStringLiteral("118")), std::optional<qint64>(118));
    QCOMPARE(OrderHistory::orderNumberIn(QStringLiteral("CMD-118")), std::optional<qint64>(118));
    QCOMPARE(OrderHistory::orderNumberIn(QStringLiteral(" cmd 7 ")), std::optional<qint64>(7));
    QCOMPARE(OrderHistory::orderNumberIn(QStringLiteral("#12")), std::optional<qint64>(12));
    QVERIFY(!OrderHistory::orderNumberIn(QStringLiteral("Martin")));
    QVERIFY(!OrderHistory::orderNumberIn(QStringLiteral("CMD-")));
}

void TestOrderHistory::newestFirst()
{
    OrderHistory history(m_shop->db());
    QCOMPARE(numbers(history.search(query())), (QList<qint64> {118, 102, 101}));
    OrderHistoryQuery limited = query();
    limited.limit = 2;
    QCOMPARE(numbers(history.search(limited)), (QList<qint64> {118, 102}));
}

void TestOrderHistory::searchByNumberNameOrPhone()
{
    OrderHistory history(m_shop->db());
    QCOMPARE(numbers(history.search(query(QStringLiteral("102")))), (QList<qint64> {102}));
    QCOMPARE(numbers(history.search(query(QStringLiteral("cmd-118")))), (QList<qint64> {118}));
    QCOMPARE(numbers(history.search(query(QStringLiteral("martin")))), (QList<qint64> {118, 101}));
    QCOMPARE(numbers(history.search(query(QStringLiteral("durand")))), (QList<qint64> {102}));
    // Phones as people type them: spaces, dots and dashes do not matter.
    QCOMPARE(numbers(history.search(query(QStringLiteral("07 01 02")))), (QList<qint64> {102}));
    QCOMPARE(numbers(history.search(query(QStringLiteral("0612-34")))), (QList<qint64> {118, 101}));
    QCOMPARE(numbers(history.search(query(QStringLiteral("100%")))), QList<qint64>());
    QCOMPARE(numbers(history.search(query(QStringLiteral("nobody")))), QList<qint64>());
}

void TestOrderHistory::searchByDatesAndStatus()
{
    OrderHistory history(m_shop->db());
    OrderHistoryQuery q = query();
    q.from = QDate(2026, 11, 21);
    QCOMPARE(numbers(history.search(q)), (QList<qint64> {118, 102}));
    q.to = QDate(2026, 11, 25); // the whole day
    QCOMPARE(numbers(history.search(q)), (QList<qint64> {102}));
    q = query();
    q.status = OrderStatus::Collected;
    QCOMPARE(numbers(history.search(q)), (QList<qint64> {101}));
    q.text = QStringLiteral("Paul");
    QCOMPARE(numbers(history.search(q)), QList<qint64>());
    // The shop's days: 25 November 16:00 UTC is already the 26th in Nouméa.
    q = query();
    q.timeZone = QTimeZone(QByteArrayLiteral("Pacific/Noumea"));
    q.from = QDate(2026, 11, 26);
    q.to = QDate(2026, 11, 26);
    QCOMPARE(numbers(history.search(q)), (QList<qint64> {102}));
}

void TestOrderHistory::detailsHoldLinesAndSteps()
{
    OrderHistory history(m_shop->db());
    auto order = history.details(QStringLiteral("o-101"));
    QVERIFY(order);
    QCOMPARE(order->number, qint64(101));
    QCOMPARE(order->status, OrderStatus::Collected);
    QCOMPARE(order->payment, OrderPayment::Online);
    QCOMPARE(order->lines.size(), 2);
    QVERIFY(!order->lines.at(0).refused);
    QVERIFY(order->lines.at(1).refused);
    QCOMPARE(order->lines.at(1).refusalReason, QStringLiteral("Rupture"));
    QCOMPARE(order->steps.size(), 4);
    QCOMPARE(order->steps.at(0).status, OrderStatus::Placed);
    QCOMPARE(order->steps.at(0).by, QString());
    QCOMPARE(order->steps.at(1).status, OrderStatus::Accepted);
    QCOMPARE(order->steps.at(1).at, QDateTime(QDate(2026, 11, 20), QTime(9, 5), Qt::UTC));
    QCOMPARE(order->steps.at(1).by, QStringLiteral("Caisse 1 · Marie"));
    QCOMPARE(order->steps.at(3).by, QStringLiteral("Caisse 2 · Luc"));
    QCOMPARE(history.details(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestOrderHistory)
#include "tst_orderhistory.moc"
