// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Collection at the till (issue 16, items 4 and 5) on the real till page: an order's barcode
// scanned (or the order found by the customer's name) is collected, paid online or paid here with
// its fiscal ticket linked to the order; a variant whose last units are reserved for online orders
// warns the cashier on the message line and the sale still goes through.
#include "models/sales/cartmodel.h"
#include "sync/orders/ordercollection.h"
#include "sync/orders/reservedstock.h"
#include "syncrows.h"
#include "tillpagefixture.h"
#include "ui/till/ordersearchdialog.h"

#include <QListWidget>
#include <QLocale>

using namespace comptoir;
using namespace comptoir::tilltest;
using comptoir::syncrows::insertOrder;
using comptoir::syncrows::insertOrderLine;

namespace {

const QString ScarfBarcode = QStringLiteral("4006381333931");

// The till page as app/ wires it for orders: the journal commits a collected order's sale.
struct CollectionPage
{
    TillShop till;
    OrderCollection collection {till.shop.db(), till.shop.clock};
    SaleJournal journal {till.shop.db(),   till.shop.clock, till.shop.uuids,
                         till.shop.ledger, till.shop.chain, &collection};
    ReservedStock stock {till.shop.db()};
    Operators operators {till.shop.db(), till.shop.clock, till.shop.events, 64};
    ShopSettings settings {till.shop.db()};
    OperatorSession session;
    DayClosing closing {till.shop.db(), till.shop.clock, till.shop.uuids, till.shop.chain};
    TicketSession ticket {till.shop.catalogue, journal, till.drafts, session,
                          tillPolicy(till, operators, settings)};
    std::unique_ptr<TillPage> page;
    qint64 scarf = 0; // 12,50 €, 4 in stock
    qint64 now = 1000;

    Database &db() { return till.shop.db(); }

    bool setUp()
    {
        if (!till.setUp())
            return false;
        ProductFields p;
        p.name = QStringLiteral("Écharpe");
        p.vatRateBp = 2000;
        VariantFields v;
        v.label = QStringLiteral("Rouge");
        v.priceCents = 1250;
        v.barcodes = {ScarfBarcode};
        auto created = till.shop.catalogue.createProduct(p, v);
        if (!created || !till.shop.ledger.record(created->variantId, 4, MovementReason::Receipt))
            return false;
        scarf = created->variantId;
        session.signIn(
            OperatorInfo {till.operatorId, QStringLiteral("Camille"), OperatorRole::Cashier, true});
        page = std::make_unique<TillPage>(db(), till.shop.catalogue, till.shop.ledger, ticket, closing,
                                          operators, session, settings);
        page->enableOrders(collection, stock);
        page->scanCatcher()->setTimeSource([this] { return now; });
        page->resize(1100, 750);
        page->show();
        QApplication::setActiveWindow(page.get());
        if (!QTest::qWaitForWindowActive(page.get()))
            return false;
        page->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setFocus();
        return true;
    }

    void scan(const QString &code)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : page.get();
        QTest::keyClicks(target, code);
        QTest::keyClick(target, Qt::Key_Return);
        now += 1000;
    }

    QString uuidOf(qint64 variantId)
    {
        return scalar(db(), QStringLiteral("SELECT uuid FROM variants WHERE id = ?"), {variantId}).toString();
    }
    QString pending(const QString &uuid)
    {
        return scalar(db(), QStringLiteral("SELECT pending_status FROM online_orders WHERE uuid = ?"), {uuid})
            .toString();
    }
    // An order paid at collection: 2 jams at 5,00 € (the price when ordered).
    qint64 orderPaidHere(const QString &uuid, qint64 number)
    {
        const qint64 id
            = insertOrder(db(), uuid, number, QStringLiteral("ready"), QStringLiteral("Jeanne Lenoir"), 1000);
        if (!id
            || !db().exec(QStringLiteral("UPDATE online_orders SET payment = 'at_collection' WHERE id = ?"),
                          {id})
            || !insertOrderLine(db(), id, 1, uuidOf(till.jam), till.jam, 2, 500))
            return 0;
        return id;
    }
};

} // namespace

class TestTillCollection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init()
    {
        m_f = std::make_unique<CollectionPage>();
        QVERIFY(m_f->setUp());
    }
    void cleanup() { m_f.reset(); }

    void scannedPaidOnlineOrderIsCollected();
    void shortOrderCodeTypedIsCollected();
    void acceptedOrderWarnsItWasNotReady();
    void unknownOrderCodeSellsNothing();
    void paidHereOrderGoesIntoTheTicketAndItsSaleCollectsIt();
    void searchByNameFindsTheOrder();
    void reservedLastUnitWarnsAndTheSaleGoesThrough();

private:
    std::unique_ptr<CollectionPage> m_f;
};

void TestTillCollection::scannedPaidOnlineOrderIsCollected()
{
    const QString uuid = QStringLiteral("order-118");
    QVERIFY(insertOrder(m_f->db(), uuid, 118, QStringLiteral("ready"), QStringLiteral("Élodie Roux")));
    m_f->scan(QStringLiteral("CMD-118"));
    QCOMPARE(m_f->pending(uuid), QStringLiteral("collected"));
    QVERIFY2(m_f->page->message().contains(QStringLiteral("CMD-118")), qPrintable(m_f->page->message()));
    QVERIFY(m_f->page->message().contains(QStringLiteral("paid online")));
    QVERIFY(m_f->page->cart()->isEmpty());
    QCOMPARE(scalar(m_f->db(),
                    QStringLiteral("SELECT json_extract(payload, '$.to') FROM sync_outbox "
                                   "WHERE kind = 'order_transition'"))
                 .toString(),
             QStringLiteral("collected"));
}

// A new shop's first orders have short codes (CMD-7: under the scan catcher's 6 characters),
// scanned slowly or typed as the customer says them: entered in the search field, they collect too.
void TestTillCollection::shortOrderCodeTypedIsCollected()
{
    const QString uuid = QStringLiteral("order-7");
    QVERIFY(insertOrder(m_f->db(), uuid, 7, QStringLiteral("ready")));
    auto *search = m_f->page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("CMD-7"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_f->pending(uuid), QStringLiteral("collected"));
    QVERIFY(search->text().isEmpty());
    QVERIFY(m_f->page->cart()->isEmpty());
}

void TestTillCollection::acceptedOrderWarnsItWasNotReady()
{
    QVERIFY(insertOrder(m_f->db(), QStringLiteral("order-119"), 119, QStringLiteral("accepted")));
    m_f->scan(QStringLiteral("cmd-119"));
    QCOMPARE(m_f->pending(QStringLiteral("order-119")), QStringLiteral("collected"));
    QVERIFY2(m_f->page->message().contains(QStringLiteral("not marked ready")),
             qPrintable(m_f->page->message()));
}

void TestTillCollection::unknownOrderCodeSellsNothing()
{
    QVERIFY(insertOrder(m_f->db(), QStringLiteral("order-120"), 120, QStringLiteral("placed")));
    m_f->scan(QStringLiteral("CMD-120")); // placed: not yet accepted, nothing to collect
    QVERIFY2(m_f->page->message().contains(QStringLiteral("No order CMD-120")),
             qPrintable(m_f->page->message()));
    QVERIFY(m_f->page->cart()->isEmpty());
    QVERIFY(m_f->pending(QStringLiteral("order-120")).isEmpty());
}

void TestTillCollection::paidHereOrderGoesIntoTheTicketAndItsSaleCollectsIt()
{
    const qint64 orderId = m_f->orderPaidHere(QStringLiteral("order-121"), 121);
    QVERIFY(orderId > 0);
    // The catalogue's own stock receipts are in the outbox already; the sale must add none.
    const auto movementsQueued = [this] {
        return scalar(m_f->db(),
                      QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'stock_movement'"))
            .toLongLong();
    };
    const qint64 movementsBefore = movementsQueued();
    m_f->scan(QStringLiteral("CMD-121"));
    QVERIFY2(m_f->page->message().contains(QStringLiteral("Take the payment")),
             qPrintable(m_f->page->message()));
    QCOMPARE(m_f->page->cart()->totalCents(), qint64(1000)); // the order's price, not today's 5,89 €
    QVERIFY(m_f->page->cart()->linkedOrder());
    m_f->page->takePayment(PaymentMethod::Card);
    QVERIFY(m_f->page->lastTicket());
    QVERIFY(m_f->page->cart()->isEmpty());
    QCOMPARE(
        scalar(m_f->db(), QStringLiteral("SELECT ticket_id FROM order_tickets WHERE order_id = ?"), {orderId})
            .toLongLong(),
        m_f->page->lastTicket()->id);
    QCOMPARE(m_f->pending(QStringLiteral("order-121")), QStringLiteral("collected"));
    QCOMPARE(movementsQueued(), movementsBefore);
    // …and its stock leaves through local online_commit movements (the marketplace commits it).
    QVERIFY(scalar(m_f->db(),
                   QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'online_commit'"))
                .toLongLong()
            > 0);
}

void TestTillCollection::searchByNameFindsTheOrder()
{
    QVERIFY(m_f->orderPaidHere(QStringLiteral("order-122"), 122) > 0);
    auto *button = m_f->page->findChild<QPushButton *>(QStringLiteral("collectOrderButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    OrderSearchDialog *dialog = nullptr;
    for (OrderSearchDialog *d : m_f->page->findChildren<OrderSearchDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("orderSearchEdit"));
    QTest::keyClicks(edit, QStringLiteral("lenoir"));
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("orderList"))->count(), 1);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_f->page->cart()->linkedOrder()->number, qint64(122));
}

void TestTillCollection::reservedLastUnitWarnsAndTheSaleGoesThrough()
{
    // 4 scarves on the shelf, 3 reserved by online orders: 1 is free to sell in store.
    QVERIFY(m_f->db().exec(QStringLiteral("INSERT INTO stock_server_state (variant_id, on_hand, reserved, "
                                          "safety_stock, available, cursor) VALUES (?, 4, 3, 0, 1, 5)"),
                           {m_f->scarf}));
    m_f->scan(ScarfBarcode);
    QVERIFY2(
        m_f->page->message().contains(QStringLiteral("3 reserved for online orders, 1 available online")),
        qPrintable(m_f->page->message()));
    m_f->scan(ScarfBarcode);
    QVERIFY2(m_f->page->message().contains(QStringLiteral("takes 1 of the 3 units reserved")),
             qPrintable(m_f->page->message()));
    QCOMPARE(m_f->page->cart()->lines().first().quantity, qint64(2));
    m_f->page->takePayment(PaymentMethod::Cash);
    QVERIFY(m_f->page->lastTicket()); // the goods are in the customer's hand: the sale is stored
    QCOMPARE(m_f->till.shop.ledger.onHand(m_f->scarf).value(), qint64(2));
}

QTEST_MAIN(TestTillCollection)
#include "tst_tillcollection.moc"
