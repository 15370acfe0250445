// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OrderCollection (issue 16, item 4): an order found by its barcode, number, customer's name or
// phone; paid online it is marked collected; paid at collection its lines go into the till's cart
// at the order's prices and the sale is an ordinary fiscal ticket linked to the order, committed
// with the collection and with online_commit movements instead of pushed sales (§10.3).
#include "models/archive/journalverifier.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "sync/orders/ordercollection.h"
#include "sync/orders/reservedstock.h"
#include "syncrows.h"
#include "tillfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace comptoir;
using namespace comptoir::tilltest;
using comptoir::syncrows::insertOrder;
using comptoir::syncrows::insertOrderLine;

namespace {

const QString Ready = QStringLiteral("0193a000-0000-7000-8000-0000000000a1");
const QString Accepted = QStringLiteral("0193a000-0000-7000-8000-0000000000a2");
const QString Placed = QStringLiteral("0193a000-0000-7000-8000-0000000000a3");
const QString AtTill = QStringLiteral("0193a000-0000-7000-8000-0000000000a4");

// The shop of the sales tests, with the collection wired into the journal as app/ does.
struct CollectionShop
{
    TillShop till;
    OrderCollection collection {till.shop.db(), till.shop.clock};
    SaleJournal journal {till.shop.db(),   till.shop.clock, till.shop.uuids,
                         till.shop.ledger, till.shop.chain, &collection};
    Operators operators {till.shop.db(), till.shop.clock, till.shop.events, 64};
    OperatorSession signedIn;
    TicketSession ticket {
        till.shop.catalogue, journal, till.drafts, signedIn,
        SalePolicy(till.shop.db(), till.shop.clock, operators, []() -> Result<int> { return 1000; })};
    qint64 atTillId = 0;

    Database &db() { return till.shop.db(); }
    QString uuidOf(qint64 variantId)
    {
        return scalar(db(), QStringLiteral("SELECT uuid FROM variants WHERE id = ?"), {variantId}).toString();
    }

    bool setUp()
    {
        if (!till.setUp())
            return false;
        signedIn.signIn(
            OperatorInfo {till.operatorId, QStringLiteral("Camille"), OperatorRole::Cashier, true});
        const qint64 ready
            = insertOrder(db(), Ready, 118, QStringLiteral("ready"), QStringLiteral("Élodie Roux"));
        const qint64 accepted
            = insertOrder(db(), Accepted, 119, QStringLiteral("accepted"), QStringLiteral("Paul Viel"));
        const qint64 placed
            = insertOrder(db(), Placed, 120, QStringLiteral("placed"), QStringLiteral("Élodie Roux"));
        atTillId
            = insertOrder(db(), AtTill, 121, QStringLiteral("ready"), QStringLiteral("Jeanne Lenoir"), 1790);
        if (!ready || !accepted || !placed || !atTillId)
            return false;
        // Paid at collection: 2 jams at 5,00 € (the price when ordered, not today's 5,89 €), a mug
        // at 12,90 €, and a second mug refused (out of stock).
        return db().exec(QStringLiteral("UPDATE online_orders SET payment = 'at_collection', "
                                        "customer_phone = '07 88 12 34 56' WHERE id = ?"),
                         {atTillId})
                   .ok()
            && insertOrderLine(db(), atTillId, 1, uuidOf(till.jam), till.jam, 2, 500)
            && insertOrderLine(db(), atTillId, 2, uuidOf(till.mug), till.mug, 1, 1290)
            && insertOrderLine(db(), atTillId, 3, uuidOf(till.mug), till.mug, 1, 1290)
            && db().exec(QStringLiteral("UPDATE online_order_lines SET refused = 1, refusal_reason = 'Cassé' "
                                        "WHERE order_id = ? AND line_no = 3"),
                         {atTillId})
                   .ok()
            && insertOrderLine(db(), ready, 1, uuidOf(till.jam), till.jam, 1, 589);
    }

    QStringList outboxKinds()
    {
        QStringList kinds;
        auto q = db().query(QStringLiteral("SELECT kind FROM sync_outbox ORDER BY id"));
        while (q && q.value().next())
            kinds << q.value().value(0).toString();
        return kinds;
    }
    QList<QJsonObject> transitions()
    {
        QList<QJsonObject> result;
        auto q = db().query(
            QStringLiteral("SELECT payload FROM sync_outbox WHERE kind = 'order_transition' ORDER BY id"));
        while (q && q.value().next())
            result << QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
        return result;
    }
    QStringList movements(qint64 variantId)
    {
        QStringList result;
        auto q = db().query(
            QStringLiteral("SELECT reason || ':' || delta FROM stock_movements WHERE variant_id = ? "
                           "AND reason <> 'receipt' ORDER BY device_seq"),
            {variantId});
        while (q && q.value().next())
            result << q.value().value(0).toString();
        return result;
    }
};

QList<qint64> numbers(const QList<OnlineOrder> &orders)
{
    QList<qint64> result;
    for (const OnlineOrder &order : orders)
        result << order.number;
    return result;
}

} // namespace

class TestOrderCollection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_shop = std::make_unique<CollectionShop>();
        QVERIFY(m_shop->setUp());
    }
    void cleanup() { m_shop.reset(); }

    void parsesTheOrderCode_data();
    void parsesTheOrderCode();
    void findsByCodeNumberNameAndPhone();
    void paidOnlineIsCollected();
    void acceptedOrderGoesThroughReady();
    void paidAtCollectionIsNotCollectedWithoutASale();
    void paidAtCollectionSaleIsAnOrdinaryLinkedTicket();
    void moreThanTheOrderIsAnOrdinarySale();
    void fewerItemsThanTheOrderAreRefused();
    void cancelledMeanwhileStoresNoSale();
    void parkedCollectionKeepsItsOrder();
    void reservedUnitsTakenByAnInStoreSale();
    void catalogueShowsReservedAndAvailable();

private:
    std::unique_ptr<CollectionShop> m_shop;
};

void TestOrderCollection::parsesTheOrderCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("number"); // 0: not an order code
    QTest::newRow("printed") << QStringLiteral("CMD-118") << qint64(118);
    QTest::newRow("lower case") << QStringLiteral("cmd-118") << qint64(118);
    QTest::newRow("spaces") << QStringLiteral("  CMD-7 ") << qint64(7);
    QTest::newRow("no number") << QStringLiteral("CMD-") << qint64(0);
    QTest::newRow("zero") << QStringLiteral("CMD-0") << qint64(0);
    QTest::newRow("letters") << QStringLiteral("CMD-12a") << qint64(0);
    QTest::newRow("bare number") << QStringLiteral("118") << qint64(0);
    QTest::newRow("an EAN") << QStringLiteral("4006381333931") << qint64(0);
}

void TestOrderCollection::parsesTheOrderCode()
{
    QFETCH(QString, text);
    QFETCH(qint64, number);
    const auto parsed = parseOrderCode(text);
    QCOMPARE(parsed.value_or(0), number);
}

void TestOrderCollection::findsByCodeNumberNameAndPhone()
{
    OrderCollection &c = m_shop->collection;
    QCOMPARE(numbers(c.search(QStringLiteral("CMD-118")).value()), QList<qint64>({118}));
    QCOMPARE(numbers(c.search(QStringLiteral("119")).value()), QList<qint64>({119}));
    // A placed order is not collectable: Élodie's order 120 is not offered.
    QCOMPARE(numbers(c.search(QStringLiteral("elodie")).value()), QList<qint64>({118}));
    QCOMPARE(numbers(c.search(QStringLiteral("LENOIR")).value()), QList<qint64>({121}));
    QCOMPARE(numbers(c.search(QStringLiteral("0788 12")).value()), QList<qint64>({121}));
    QCOMPARE(numbers(c.search(QStringLiteral("CMD-120")).value()), QList<qint64>());
    QCOMPARE(numbers(c.search({}).value()), QList<qint64>({118, 119, 121}));
    const OnlineOrder accepted = c.search(QStringLiteral("CMD-119")).value().first();
    QVERIFY(OrderCollection::isCollectable(accepted));
    QVERIFY(!OrderCollection::isMarkedReady(accepted));
    QCOMPARE(c.paymentOf(AtTill).value(), OrderPayment::AtCollection);
    QCOMPARE(c.paymentOf(Ready).value(), OrderPayment::Online);
}

void TestOrderCollection::paidOnlineIsCollected()
{
    QVERIFY(m_shop->collection.collectPaidOnline(Ready, QStringLiteral("Camille")));
    const auto sent = m_shop->transitions();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().value(QStringLiteral("to")).toString(), QStringLiteral("collected"));
    QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT pending_status FROM online_orders WHERE uuid = ?"),
                    {Ready})
                 .toString(),
             QStringLiteral("collected"));
    // Twice (two tills, or a second scan): nothing more is queued, no error.
    QVERIFY(m_shop->collection.collectPaidOnline(Ready, QStringLiteral("Camille")));
    QCOMPARE(m_shop->transitions().size(), 1);
    QCOMPARE(m_shop->collection.collectPaidOnline(Placed, {}).error().code,
             ErrorCode::IllegalOrderTransition);
    QCOMPARE(m_shop->collection.collectPaidOnline(QStringLiteral("nope"), {}).error().code,
             ErrorCode::NotFound);
}

void TestOrderCollection::acceptedOrderGoesThroughReady()
{
    QVERIFY(m_shop->collection.collectPaidOnline(Accepted, QStringLiteral("Camille")));
    const auto sent = m_shop->transitions();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).value(QStringLiteral("to")).toString(), QStringLiteral("ready"));
    QCOMPARE(sent.at(1).value(QStringLiteral("to")).toString(), QStringLiteral("collected"));
}

void TestOrderCollection::paidAtCollectionIsNotCollectedWithoutASale()
{
    auto refused = m_shop->collection.collectPaidOnline(AtTill, QStringLiteral("Camille"));
    QCOMPARE(refused.error().code, ErrorCode::IllegalOrderTransition);
    QCOMPARE(refused.error().subject, QStringLiteral("at_collection"));
    QVERIFY(m_shop->transitions().isEmpty());
}

void TestOrderCollection::paidAtCollectionSaleIsAnOrdinaryLinkedTicket()
{
    CollectionShop &s = *m_shop;
    const qint64 outboxBefore = count(s.db(), QStringLiteral("sync_outbox"));
    auto sale = s.collection.saleOf(AtTill);
    QVERIFY(sale);
    QCOMPARE(sale->lines.size(), 2); // the refused line is not sold
    QVERIFY(s.ticket.addOrder(*sale));
    // At the order's prices, no manager asked: 2 × 5,00 + 12,90.
    QCOMPARE(s.ticket.cart().totalCents(), qint64(2290));
    QCOMPARE(s.ticket.cart().lines().at(0).unitPriceCents, qint64(500));
    QCOMPARE(s.ticket.cart().linkedOrder()->number, qint64(121));
    // A second order into a cart in progress is refused.
    QCOMPARE(s.ticket.addOrder(*sale).error().code, ErrorCode::TicketInProgress);

    auto paid = s.ticket.takePayment(PaymentMethod::Card);
    QVERIFY2(paid, paid ? "" : qPrintable(paid.error().detail));
    QVERIFY(paid->ticket);
    const Ticket ticket = *paid->ticket;
    QCOMPARE(ticket.totalCents, qint64(2290));
    QCOMPARE(
        scalar(s.db(), QStringLiteral("SELECT ticket_id FROM order_tickets WHERE order_id = ?"), {s.atTillId})
            .toLongLong(),
        ticket.id);
    // The order's units leave through its commit (local, not pushed); no sale movement.
    QCOMPARE(s.movements(s.till.jam), QStringList({QStringLiteral("online_commit:-2")}));
    QCOMPARE(s.movements(s.till.mug), QStringList({QStringLiteral("online_commit:-1")}));
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT quantity FROM stock_on_hand WHERE variant_id = ?"),
                    {s.till.jam})
                 .toLongLong(),
             qint64(8));
    // The outbox: the ticket's summary and the collection, no stock_movement.
    QStringList kinds = s.outboxKinds().mid(int(outboxBefore));
    kinds.sort();
    QCOMPARE(kinds, QStringList({QStringLiteral("order_transition"), QStringLiteral("ticket_summary")}));
    QCOMPARE(s.transitions().first().value(QStringLiteral("to")).toString(), QStringLiteral("collected"));
    QVERIFY(!s.ticket.cart().linkedOrder());
    // An ordinary fiscal ticket: the chain verifies.
    auto report = verifyJournal(s.db(), s.till.shop.signer.publicKey());
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->problem + QLatin1Char(' ') + report->detail));
}

void TestOrderCollection::moreThanTheOrderIsAnOrdinarySale()
{
    CollectionShop &s = *m_shop;
    QVERIFY(s.ticket.addOrder(s.collection.saleOf(AtTill).value()));
    QVERIFY(s.ticket.addVariant(s.till.jam)); // the customer takes a third jam from the shelf
    QVERIFY(s.ticket.takePayment(PaymentMethod::Cash).value().ticket);
    QCOMPARE(s.movements(s.till.jam),
             QStringList({QStringLiteral("online_commit:-2"), QStringLiteral("sale:-1")}));
    QCOMPARE(scalar(s.db(),
                    QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'stock_movement' "
                                   "AND json_extract(payload, '$.reason') = 'sale'"))
                 .toLongLong(),
             qint64(1));
}

void TestOrderCollection::fewerItemsThanTheOrderAreRefused()
{
    CollectionShop &s = *m_shop;
    QVERIFY(s.ticket.addOrder(s.collection.saleOf(AtTill).value()));
    const QStringList before = snapshot(s.db());
    QCOMPARE(s.ticket.setQuantity(0, 1).value(), TicketChange::Applied); // one jam instead of two
    auto paid = s.ticket.takePayment(PaymentMethod::Card);
    QCOMPARE(paid.error().code, ErrorCode::InvalidQuantity);
    QCOMPARE(snapshot(s.db()), before);
    // Every line removed: the ticket no longer collects the order.
    while (s.ticket.cart().rowCount() > 0)
        QVERIFY(s.ticket.removeLine(0));
    QVERIFY(!s.ticket.cart().linkedOrder());
}

void TestOrderCollection::cancelledMeanwhileStoresNoSale()
{
    CollectionShop &s = *m_shop;
    QVERIFY(s.ticket.addOrder(s.collection.saleOf(AtTill).value()));
    const QStringList before = snapshot(s.db());
    QVERIFY(s.db().exec(QStringLiteral("UPDATE online_orders SET status = 'cancelled' WHERE id = ?"),
                        {s.atTillId}));
    auto paid = s.ticket.takePayment(PaymentMethod::Card);
    QVERIFY(!paid);
    QCOMPARE(paid.error().code, ErrorCode::IllegalOrderTransition);
    QCOMPARE(snapshot(s.db()), before);
    QCOMPARE(count(s.db(), QStringLiteral("order_tickets")), qint64(0));
    QCOMPARE(s.collection.saleOf(AtTill).error().code, ErrorCode::IllegalOrderTransition);
}

void TestOrderCollection::parkedCollectionKeepsItsOrder()
{
    CollectionShop &s = *m_shop;
    QVERIFY(s.ticket.addOrder(s.collection.saleOf(AtTill).value()));
    const SaleDraft draft = s.ticket.draft();
    const auto back = SaleDraft::fromJson(draft.toJson());
    QVERIFY(back);
    QCOMPARE(*back, draft);
    QVERIFY(back->linkedOrder);
    QCOMPARE(back->linkedOrder->uuid, AtTill);
    auto parked = s.ticket.park(QStringLiteral("Jeanne"));
    QVERIFY(parked);
    QVERIFY(!s.ticket.cart().linkedOrder());
    QVERIFY(s.ticket.resume(*parked));
    QCOMPARE(s.ticket.cart().linkedOrder()->number, qint64(121));
    QVERIFY(s.ticket.takePayment(PaymentMethod::Card).value().ticket);
    QCOMPARE(count(s.db(), QStringLiteral("order_tickets")), qint64(1));
}

void TestOrderCollection::reservedUnitsTakenByAnInStoreSale()
{
    CollectionShop &s = *m_shop;
    ReservedStock stock(s.db());
    // Before any sync: nothing known reserved, nothing to warn about.
    QVERIFY(!stock.of(s.till.mug).value().reserved);
    QCOMPARE(stock.reservedTaken(s.till.mug, 5).value(), qint64(0));
    // The marketplace says 4 of the 5 mugs are reserved by orders.
    QVERIFY(s.db().exec(QStringLiteral("INSERT INTO stock_server_state (variant_id, on_hand, reserved, "
                                       "safety_stock, available, cursor) VALUES (?, 5, 4, 0, 1, 9)"),
                        {s.till.mug}));
    const VariantStock mug = stock.of(s.till.mug).value();
    QCOMPARE(mug.onHand, qint64(5));
    QCOMPARE(mug.reserved.value_or(-1), qint64(4));
    QCOMPARE(mug.available.value_or(-1), qint64(1));
    QCOMPARE(stock.reservedTaken(s.till.mug, 1).value(), qint64(0));
    QCOMPARE(stock.reservedTaken(s.till.mug, 2).value(), qint64(1));
    QCOMPARE(stock.reservedTaken(s.till.mug, 9).value(), qint64(4));
}

void TestOrderCollection::catalogueShowsReservedAndAvailable()
{
    CollectionShop &s = *m_shop;
    const auto cell = [&](qint64 variantId, int column) {
        CatalogueModel model(s.db());
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(CatalogueModel::VariantIdRole).toLongLong() == variantId)
                return model.index(row, column).data();
        }
        return QVariant(QStringLiteral("missing"));
    };
    QVERIFY(!cell(s.till.mug, CatalogueModel::ReservedColumn).isValid()); // nothing known yet
    QVERIFY(s.db().exec(QStringLiteral("INSERT INTO stock_server_state (variant_id, on_hand, reserved, "
                                       "safety_stock, available, cursor) VALUES (?, 5, 6, 0, -1, 9)"),
                        {s.till.mug}));
    QCOMPARE(cell(s.till.mug, CatalogueModel::ReservedColumn).toLongLong(), qint64(6));
    QCOMPARE(cell(s.till.mug, CatalogueModel::AvailableColumn).toLongLong(), qint64(-1));
    QCOMPARE(cell(s.till.mug, CatalogueModel::StockColumn).toLongLong(), qint64(5));
}

QTEST_GUILESS_MAIN(TestOrderCollection)
#include "tst_ordercollection.moc"
