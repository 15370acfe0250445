// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OnlineOrders: the shop's steps of an online order (docs/marketplace-api.md §13), queued with the
// order's pending status in one transaction; illegal steps change nothing.
#include "fixtures.h"
#include "models/storage/database.h"
#include "sync/orders/onlineorders.h"
#include "syncrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

Q_DECLARE_METATYPE(comptoir::OrderStatus)

namespace {

const QString OrderUuid = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000d1");

QVariant statusKey(const QString &key)
{
    return key.isEmpty() ? QVariant() : QVariant(key);
}

} // namespace

class TestOnlineOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_shop = std::make_unique<TestShop>(); }
    void cleanup() { m_shop.reset(); }
    void statusKeysRoundTrip();
    void legalMoves_data();
    void legalMoves();
    void transitionQueuesTheMutation_data();
    void transitionQueuesTheMutation();
    void illegalTransitionChangesNothing_data();
    void illegalTransitionChangesNothing();
    void sameStatusQueuesNothing();
    void unknownOrderAndLongReason();
    void listsOpenOrdersWithTheirLines();

private:
    std::unique_ptr<TestShop> m_shop;
};

void TestOnlineOrders::statusKeysRoundTrip()
{
    for (const auto status : {OrderStatus::Placed, OrderStatus::Accepted, OrderStatus::Rejected,
                              OrderStatus::Ready, OrderStatus::Collected, OrderStatus::Cancelled})
        QCOMPARE(orderStatusFromKey(orderStatusKey(status)), std::optional<OrderStatus>(status));
    QCOMPARE(orderStatusKey(OrderStatus::Collected), QStringLiteral("collected"));
    QVERIFY(!orderStatusFromKey(QStringLiteral("shipped")));
}

void TestOnlineOrders::legalMoves_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<bool>("legal");
    using S = OrderStatus;
    QTest::newRow("placed → accepted") << S::Placed << S::Accepted << true;
    QTest::newRow("placed → rejected") << S::Placed << S::Rejected << true;
    QTest::newRow("accepted → ready") << S::Accepted << S::Ready << true;
    QTest::newRow("accepted → rejected") << S::Accepted << S::Rejected << true;
    QTest::newRow("ready → collected") << S::Ready << S::Collected << true;
    QTest::newRow("ready → rejected (never collected)") << S::Ready << S::Rejected << true;
    QTest::newRow("ready → ready (no effect)") << S::Ready << S::Ready << true;
    QTest::newRow("placed → ready") << S::Placed << S::Ready << false;
    QTest::newRow("placed → collected") << S::Placed << S::Collected << false;
    QTest::newRow("accepted → collected") << S::Accepted << S::Collected << false;
    QTest::newRow("ready → accepted") << S::Ready << S::Accepted << false;
    QTest::newRow("placed → cancelled (marketplace only)") << S::Placed << S::Cancelled << false;
    QTest::newRow("cancelled → collected") << S::Cancelled << S::Collected << false;
    QTest::newRow("collected → rejected") << S::Collected << S::Rejected << false;
    QTest::newRow("rejected → accepted") << S::Rejected << S::Accepted << false;
    QTest::newRow("accepted → placed") << S::Accepted << S::Placed << false;
}

void TestOnlineOrders::legalMoves()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(bool, legal);
    QCOMPARE(OnlineOrders::isLegalTransition(from, to), legal);
}

void TestOnlineOrders::transitionQueuesTheMutation_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("pending");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<QString>("reason");
    QTest::newRow("accept") << QStringLiteral("placed") << QString() << OrderStatus::Accepted << QString();
    QTest::newRow("refuse with a reason") << QStringLiteral("placed") << QString() << OrderStatus::Rejected
                                          << QStringLiteral("Rupture de stock, désolé");
    QTest::newRow("ready") << QStringLiteral("accepted") << QString() << OrderStatus::Ready << QString();
    QTest::newRow("collected") << QStringLiteral("ready") << QString() << OrderStatus::Collected << QString();
    // A step queued here and not yet acknowledged counts as where the order is.
    QTest::newRow("ready after a queued accept")
        << QStringLiteral("placed") << QStringLiteral("accepted") << OrderStatus::Ready << QString();
}

void TestOnlineOrders::transitionQueuesTheMutation()
{
    QFETCH(QString, status);
    QFETCH(QString, pending);
    QFETCH(OrderStatus, to);
    QFETCH(QString, reason);
    Database &db = m_shop->db();
    QVERIFY(insertOrder(db, OrderUuid, 12, status, QStringLiteral("Claire Martin"), 2580, statusKey(pending))
            > 0);
    m_shop->clock.advance(5000);
    OnlineOrders orders(db, m_shop->clock);

    QVERIFY(orders.transition(OrderUuid, to, QStringLiteral("  ") + reason + QStringLiteral(" ")));

    QCOMPARE(
        scalar(db, QStringLiteral("SELECT pending_status FROM online_orders WHERE uuid = ?"), {OrderUuid})
            .toString(),
        orderStatusKey(to));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT status FROM online_orders WHERE uuid = ?"), {OrderUuid}).toString(),
        status); // the marketplace's status moves when it confirms
    QCOMPARE(outboxCount(db), qint64(1));
    auto q = db.query(QStringLiteral("SELECT kind, entity_id, payload, created_at, seq FROM sync_outbox"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("order_transition"));
    QCOMPARE(q.value().value(1).toString(), OrderUuid);
    QJsonObject expected {{QStringLiteral("order_id"), OrderUuid},
                          {QStringLiteral("to"), orderStatusKey(to)}};
    if (!reason.isEmpty())
        expected.insert(QStringLiteral("reason"), reason);
    QCOMPARE(QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object(), expected);
    QCOMPARE(q.value().value(3).toString(), QStringLiteral("2026-11-27T09:00:05.000Z"));
    QVERIFY(q.value().value(4).toLongLong() > 0);

    auto order = orders.find(OrderUuid);
    QVERIFY(order);
    QCOMPARE(order->currentStatus(), to);
}

void TestOnlineOrders::illegalTransitionChangesNothing_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("pending");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<QString>("current");
    QTest::newRow("placed → ready") << QStringLiteral("placed") << QString() << OrderStatus::Ready
                                    << QStringLiteral("placed");
    QTest::newRow("placed → collected")
        << QStringLiteral("placed") << QString() << OrderStatus::Collected << QStringLiteral("placed");
    QTest::newRow("cancelled online, then collected")
        << QStringLiteral("cancelled") << QString() << OrderStatus::Collected << QStringLiteral("cancelled");
    QTest::newRow("cancelled online while ready was queued")
        << QStringLiteral("cancelled") << QStringLiteral("ready") << OrderStatus::Collected
        << QStringLiteral("cancelled");
    QTest::newRow("collected → rejected")
        << QStringLiteral("collected") << QString() << OrderStatus::Rejected << QStringLiteral("collected");
    QTest::newRow("queued ready → accepted") << QStringLiteral("accepted") << QStringLiteral("ready")
                                             << OrderStatus::Accepted << QStringLiteral("ready");
    QTest::newRow("placed → cancelled")
        << QStringLiteral("placed") << QString() << OrderStatus::Cancelled << QStringLiteral("placed");
}

void TestOnlineOrders::illegalTransitionChangesNothing()
{
    QFETCH(QString, status);
    QFETCH(QString, pending);
    QFETCH(OrderStatus, to);
    QFETCH(QString, current);
    Database &db = m_shop->db();
    QVERIFY(insertOrder(db, OrderUuid, 12, status, QStringLiteral("Claire Martin"), 2580, statusKey(pending))
            > 0);
    OnlineOrders orders(db, m_shop->clock);

    const Status s = orders.transition(OrderUuid, to);
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::IllegalOrderTransition);
    QCOMPARE(s.error().subject, current);
    QCOMPARE(outboxCount(db), qint64(0));
    const QVariant stored
        = scalar(db, QStringLiteral("SELECT pending_status FROM online_orders WHERE uuid = ?"), {OrderUuid});
    if (pending.isEmpty())
        QVERIFY(stored.isNull());
    else
        QCOMPARE(stored.toString(), pending);
}

void TestOnlineOrders::sameStatusQueuesNothing()
{
    Database &db = m_shop->db();
    QVERIFY(insertOrder(db, OrderUuid, 12, QStringLiteral("accepted"), QStringLiteral("C"), 100,
                        QStringLiteral("ready"))
            > 0);
    OnlineOrders orders(db, m_shop->clock);
    QVERIFY(orders.transition(OrderUuid, OrderStatus::Ready)); // already queued: nothing more to send
    QCOMPARE(outboxCount(db), qint64(0));
}

void TestOnlineOrders::unknownOrderAndLongReason()
{
    Database &db = m_shop->db();
    OnlineOrders orders(db, m_shop->clock);
    const Status unknown = orders.transition(QStringLiteral("nope"), OrderStatus::Accepted);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(insertOrder(db, OrderUuid, 12, QStringLiteral("placed")) > 0);
    const Status tooLong = orders.transition(OrderUuid, OrderStatus::Rejected,
                                             QString(OnlineOrders::MaxReasonLength + 1, QLatin1Char('x')));
    QCOMPARE(tooLong.error().code, ErrorCode::ReasonTooLong);
    QCOMPARE(outboxCount(db), qint64(0));
    QVERIFY(scalar(db, QStringLiteral("SELECT pending_status FROM online_orders")).isNull());
    QVERIFY(orders.transition(OrderUuid, OrderStatus::Rejected,
                              QString(OnlineOrders::MaxReasonLength, QLatin1Char('x'))));
}

void TestOnlineOrders::listsOpenOrdersWithTheirLines()
{
    Database &db = m_shop->db();
    QVERIFY(m_shop->populate(2));
    auto q
        = db.query(QStringLiteral("SELECT v.id, v.uuid, p.name, v.label FROM variants v JOIN products p ON "
                                  "p.id = v.product_id ORDER BY v.id LIMIT 1"));
    QVERIFY(q && q.value().next());
    const qint64 variantId = q.value().value(0).toLongLong();
    const QString variantUuid = q.value().value(1).toString();
    const QString productName = q.value().value(2).toString();
    const QString label = q.value().value(3).toString();

    const qint64 first
        = insertOrder(db, OrderUuid, 12, QStringLiteral("placed"), QStringLiteral("Claire Martin"), 3870, {},
                      QStringLiteral("2026-11-27T08:00:00.000Z"));
    QVERIFY(insertOrderLine(db, first, 1, variantUuid, variantId, 2, 1290));
    QVERIFY(
        insertOrderLine(db, first, 2, QStringLiteral("01936001-0000-7000-8000-00000000ffff"), {}, 1, 1290));
    const qint64 second
        = insertOrder(db, QStringLiteral("order-2"), 13, QStringLiteral("ready"), QStringLiteral("Paul"),
                      1290, {}, QStringLiteral("2026-11-27T08:10:00.000Z"));
    // A line that arrived before its variant was known here: found by its uuid.
    QVERIFY(insertOrderLine(db, second, 1, variantUuid, {}, 1, 1290));
    QVERIFY(insertOrder(db, QStringLiteral("order-3"), 14, QStringLiteral("collected")) > 0);
    QVERIFY(insertOrder(db, QStringLiteral("order-4"), 15, QStringLiteral("cancelled")) > 0);

    OnlineOrders orders(db, m_shop->clock);
    auto open = orders.openOrders();
    QVERIFY(open);
    QCOMPARE(open->size(), 2);
    const OnlineOrder &a = open->at(0);
    QCOMPARE(a.number, qint64(12));
    QCOMPARE(a.customerName, QStringLiteral("Claire Martin"));
    QCOMPARE(a.totalCents, qint64(3870));
    QCOMPARE(a.placedAt, QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC));
    QCOMPARE(a.lines.size(), 2);
    QCOMPARE(a.lines.at(0).productName, productName);
    QCOMPARE(a.lines.at(0).variantLabel, label);
    QCOMPARE(a.lines.at(0).quantity, qint64(2));
    QCOMPARE(a.lines.at(0).variantId, std::optional<qint64>(variantId));
    QVERIFY(a.lines.at(1).productName.isEmpty());
    QVERIFY(!a.lines.at(1).variantId);
    const OnlineOrder &b = open->at(1);
    QCOMPARE(b.status, OrderStatus::Ready);
    QCOMPARE(b.lines.size(), 1);
    QCOMPARE(b.lines.at(0).productName, productName);
}

QTEST_GUILESS_MAIN(TestOnlineOrders)
#include "tst_onlineorders.moc"
