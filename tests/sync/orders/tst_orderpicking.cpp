// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OrderPicking (issue 16, item 3): an accepted order picked by scanning, a wrong item or an
// over-pick refused as a result, a missing one counted, progress kept in order_picks, and an
// order cancelled online while being picked stops the picking.
#include "fixtures.h"
#include "models/storage/database.h"
#include "pickrows.h"
#include "sync/orders/orderlinerefusals.h"
#include "sync/orders/orderpicking.h"
#include "syncrows.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;
using namespace comptoir::pickrows;

namespace {

const QString OrderUuid = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000e1");

qint64 picked(const Database &db, int lineNo)
{
    return scalar(db, QStringLiteral("SELECT picked FROM order_picks WHERE line_no = ?"), {lineNo})
        .toLongLong();
}

qint64 missing(const Database &db, int lineNo)
{
    return scalar(db, QStringLiteral("SELECT missing FROM order_picks WHERE line_no = ?"), {lineNo})
        .toLongLong();
}

} // namespace

class TestOrderPicking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_shop.reset(); }
    void orderCodeText();
    void onlyAnAcceptedOrderIsPicked_data();
    void onlyAnAcceptedOrderIsPicked();
    void scansPickTheLinesToTheEnd();
    void wrongItemsAreRefused();
    void missingItemsAreCounted();
    void progressSurvivesARestart();
    void cancelledOnlineStopsThePicking();
    void reloadSeesTheCancellation();
    void refusedLineIsLeftOut();
    void lineWhoseVariantCameLater();

private:
    // An accepted order: line 1 ×2 of item 0, line 2 ×1 of item 1, line 3 ×1 of item 2.
    qint64 insertAcceptedOrder();

    std::unique_ptr<TestShop> m_shop;
    QList<CatalogueItem> m_items;
};

void TestOrderPicking::init()
{
    m_shop = std::make_unique<TestShop>();
    QVERIFY(m_shop->populate(6));
    m_items = catalogueItems(m_shop->db(), 6);
    QCOMPARE(m_items.size(), 6);
    for (const CatalogueItem &item : m_items)
        QVERIFY(!item.barcode.isEmpty());
}

qint64 TestOrderPicking::insertAcceptedOrder()
{
    Database &db = m_shop->db();
    const qint64 id = insertOrder(db, OrderUuid, 118, QStringLiteral("accepted"));
    if (id <= 0 || !insertOrderLine(db, id, 1, m_items.at(0).uuid, m_items.at(0).id, 2, 500)
        || !insertOrderLine(db, id, 2, m_items.at(1).uuid, m_items.at(1).id, 1, 700)
        || !insertOrderLine(db, id, 3, m_items.at(2).uuid, m_items.at(2).id, 1, 900))
        return 0;
    return id;
}

void TestOrderPicking::orderCodeText()
{
    QCOMPARE(orderCode(118), QStringLiteral("CMD-118"));
    QCOMPARE(orderCode(7), QStringLiteral("CMD-7"));
}

void TestOrderPicking::onlyAnAcceptedOrderIsPicked_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("pending");
    QTest::addColumn<QString>("subject");
    QTest::newRow("placed") << QStringLiteral("placed") << QString() << QStringLiteral("placed");
    QTest::newRow("ready") << QStringLiteral("ready") << QString() << QStringLiteral("ready");
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << QString() << QStringLiteral("cancelled");
    QTest::newRow("ready queued here")
        << QStringLiteral("accepted") << QStringLiteral("ready") << QStringLiteral("ready");
    QTest::newRow("accept queued here")
        << QStringLiteral("placed") << QStringLiteral("accepted") << QString();
}

void TestOrderPicking::onlyAnAcceptedOrderIsPicked()
{
    QFETCH(QString, status);
    QFETCH(QString, pending);
    QFETCH(QString, subject);
    Database &db = m_shop->db();
    QVERIFY(insertOrder(db, OrderUuid, 12, status, QStringLiteral("Claire Martin"), 100,
                        pending.isEmpty() ? QVariant() : QVariant(pending))
            > 0);
    OrderPicking picking(db, m_shop->catalogue, m_shop->clock);
    const Status s = picking.start(OrderUuid);
    if (subject.isEmpty()) {
        QVERIFY(s);
        QVERIFY(picking.isStarted());
        return;
    }
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::OrderNotPickable);
    QCOMPARE(s.error().subject, subject);
    QVERIFY(!picking.isStarted());
    QCOMPARE(picking.start(QStringLiteral("unknown")).error().code, ErrorCode::NotFound);
}

void TestOrderPicking::scansPickTheLinesToTheEnd()
{
    Database &db = m_shop->db();
    QVERIFY(insertAcceptedOrder() > 0);
    OrderPicking picking(db, m_shop->catalogue, m_shop->clock);
    QVERIFY(picking.start(OrderUuid));
    QCOMPARE(picking.lines().size(), 3);
    const qint64 queued = outboxCount(db); // the catalogue's own rows
    QCOMPARE(picking.lines().at(0).barcode, m_items.at(0).barcode);
    QCOMPARE(picking.lines().at(0).location, m_items.at(0).category);
    QCOMPARE(picking.lines().at(0).ordered, qint64(2));
    QCOMPARE(picking.progress().lines, 3);
    QCOMPARE(picking.progress().ordered, qint64(4));

    auto first = picking.scan(QStringLiteral(" ") + m_items.at(0).barcode + QStringLiteral("\n"));
    QVERIFY(first);
    QCOMPARE(first->result, PickResult::Picked);
    QCOMPARE(first->lineNo, 1);
    QCOMPARE(picked(db, 1), qint64(1));
    QCOMPARE(picking.scan(m_items.at(0).barcode)->result, PickResult::LineComplete);
    QCOMPARE(picked(db, 1), qint64(2));
    // The reference, as typed at the till, finds the item too.
    QCOMPARE(picking.scan(m_items.at(1).reference.toLower())->result, PickResult::LineComplete);
    QVERIFY(!picking.progress().complete());
    auto last = picking.scan(m_items.at(2).barcode);
    QCOMPARE(last->result, PickResult::OrderComplete);
    QCOMPARE(last->lineNo, 3);
    QVERIFY(picking.progress().complete());
    QCOMPARE(picking.progress().picked, qint64(4));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM order_picks")).toLongLong(), qint64(3));
    QCOMPARE(outboxCount(db), queued); // picking is local
}

void TestOrderPicking::wrongItemsAreRefused()
{
    Database &db = m_shop->db();
    QVERIFY(insertAcceptedOrder() > 0);
    OrderPicking picking(db, m_shop->catalogue, m_shop->clock);
    QVERIFY(picking.start(OrderUuid));

    auto other = picking.scan(m_items.at(4).barcode); // in the catalogue, not in the order
    QCOMPARE(other->result, PickResult::NotInOrder);
    QCOMPARE(other->lineNo, 0);
    QCOMPARE(picking.scan(QStringLiteral("4006381333931"))->result, PickResult::UnknownCode);
    QCOMPARE(picking.scan(QStringLiteral("CMD-118"))->result, PickResult::UnknownCode);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM order_picks")).toLongLong(), qint64(0));

    QCOMPARE(picking.scan(m_items.at(1).barcode)->result, PickResult::LineComplete);
    auto over = picking.scan(m_items.at(1).barcode);
    QCOMPARE(over->result, PickResult::OverPick);
    QCOMPARE(over->lineNo, 2);
    QCOMPARE(picked(db, 2), qint64(1));
    QCOMPARE(picking.lines().at(1).picked, qint64(1));
}

void TestOrderPicking::missingItemsAreCounted()
{
    Database &db = m_shop->db();
    QVERIFY(insertAcceptedOrder() > 0);
    OrderPicking picking(db, m_shop->catalogue, m_shop->clock);
    QVERIFY(picking.start(OrderUuid));
    QVERIFY(picking.markMissing(1, 2));
    QCOMPARE(missing(db, 1), qint64(2));
    QCOMPARE(picking.progress().missing, qint64(2));
    QCOMPARE(picking.markMissing(1, 3).error().code, ErrorCode::InvalidQuantity);
    QCOMPARE(picking.markMissing(1, -1).error().code, ErrorCode::InvalidQuantity);
    QCOMPARE(picking.markMissing(9, 1).error().code, ErrorCode::NotFound);
    QCOMPARE(missing(db, 1), qint64(2));
    // One turns up after all: picked, and one fewer missing.
    QCOMPARE(picking.scan(m_items.at(0).barcode)->result, PickResult::Picked);
    QCOMPARE(picked(db, 1), qint64(1));
    QCOMPARE(missing(db, 1), qint64(1));
    QCOMPARE(picking.lines().at(0).missing, qint64(1));
    QVERIFY(picking.markMissing(1, 0));
    QCOMPARE(missing(db, 1), qint64(0));
}

void TestOrderPicking::progressSurvivesARestart()
{
    Database &db = m_shop->db();
    QVERIFY(insertAcceptedOrder() > 0);
    {
        OrderPicking picking(db, m_shop->catalogue, m_shop->clock);
        QVERIFY(picking.start(OrderUuid));
        QVERIFY(picking.scan(m_items.at(0).barcode));
        QVERIFY(picking.markMissing(3, 1));
    }
    OrderPicking again(db, m_shop->catalogue, m_shop->clock);
    QVERIFY(again.start(OrderUuid));
    QCOMPARE(again.lines().at(0).picked, qint64(1));
    QCOMPARE(again.lines().at(2).missing, qint64(1));
    QCOMPARE(again.progress().picked, qint64(1));
}

void TestOrderPicking::cancelledOnlineStopsThePicking()
{
    Database &db = m_shop->db();
    QVERIFY(insertAcceptedOrder() > 0);
    OrderPicking picking(db, m_shop->catalogue, m_shop->clock);
    QVERIFY(picking.start(OrderUuid));
    QCOMPARE(picking.scan(m_items.at(0).barcode)->result, PickResult::Picked);
    // The feed applies the customer's cancellation while the picking is under way.
    QVERIFY(
        db.exec(QStringLiteral("UPDATE online_orders SET status = 'cancelled' WHERE uuid = ?"), {OrderUuid}));
    auto stopped = picking.scan(m_items.at(0).barcode);
    QVERIFY(stopped);
    QCOMPARE(stopped->result, PickResult::Stopped);
    QVERIFY(picking.isStopped());
    QCOMPARE(picking.status(), OrderStatus::Cancelled);
    QCOMPARE(picked(db, 1), qint64(1));
    QCOMPARE(picking.markMissing(2, 1).error().code, ErrorCode::OrderNotPickable);
    QCOMPARE(picking.scan(m_items.at(1).barcode)->result, PickResult::Stopped);
}

void TestOrderPicking::reloadSeesTheCancellation()
{
    Database &db = m_shop->db();
    QVERIFY(insertAcceptedOrder() > 0);
    OrderPicking picking(db, m_shop->catalogue, m_shop->clock);
    QVERIFY(picking.start(OrderUuid));
    QVERIFY(picking.reload());
    QVERIFY(!picking.isStopped());
    QVERIFY(
        db.exec(QStringLiteral("UPDATE online_orders SET status = 'cancelled' WHERE uuid = ?"), {OrderUuid}));
    QVERIFY(picking.reload());
    QVERIFY(picking.isStopped());
    QCOMPARE(picking.status(), OrderStatus::Cancelled);
}

void TestOrderPicking::refusedLineIsLeftOut()
{
    Database &db = m_shop->db();
    QVERIFY(insertAcceptedOrder() > 0);
    OrderLineRefusals refusals(db, m_shop->clock);
    QVERIFY(refusals.refuseLine(OrderUuid, 3, QStringLiteral("Plus en stock"),
                                QStringLiteral("Caisse 1 · Marie")));
    OrderPicking picking(db, m_shop->catalogue, m_shop->clock);
    QVERIFY(picking.start(OrderUuid));
    QVERIFY(picking.lines().at(2).refused);
    QCOMPARE(picking.lines().at(2).refusalReason, QStringLiteral("Plus en stock"));
    QCOMPARE(picking.progress().lines, 2);
    auto refused = picking.scan(m_items.at(2).barcode);
    QCOMPARE(refused->result, PickResult::LineRefused);
    QCOMPARE(refused->lineNo, 3);
    QVERIFY(picking.scan(m_items.at(0).barcode));
    QVERIFY(picking.scan(m_items.at(0).barcode));
    QCOMPARE(picking.scan(m_items.at(1).barcode)->result, PickResult::OrderComplete);
}

void TestOrderPicking::lineWhoseVariantCameLater()
{
    Database &db = m_shop->db();
    const qint64 id = insertOrder(db, OrderUuid, 120, QStringLiteral("accepted"));
    // The line arrived before its product: no variant id, only the uuid the product now has.
    QVERIFY(insertOrderLine(db, id, 1, m_items.at(3).uuid, {}, 1, 500));
    OrderPicking picking(db, m_shop->catalogue, m_shop->clock);
    QVERIFY(picking.start(OrderUuid));
    QCOMPARE(picking.lines().at(0).variantId, std::optional<qint64>(m_items.at(3).id));
    QCOMPARE(picking.scan(m_items.at(3).barcode)->result, PickResult::OrderComplete);
}

QTEST_GUILESS_MAIN(TestOrderPicking)
#include "tst_orderpicking.moc"
