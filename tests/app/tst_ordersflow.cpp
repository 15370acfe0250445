// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16's acceptance, end to end: the real window (ShopWindow, app/ compiled in) of a demo shop
// enrolled with the real comptoir-marketplace over loopback. Orders are placed through the
// marketplace's admin API, as a customer's would be, and handled as a shopkeeper would: the badge
// rises, the order is accepted on the Commandes page, picked by scanning in the picking dialog,
// made ready, and collected at the till (paid online: marked collected; paid at collection: an
// ordinary fiscal ticket linked to the order, its stock leaving once). A line is refused alone; an
// order about to miss its deadline alerts again; an in-store sale of a reserved last unit warns the
// cashier and raises an oversell case, resolved from the Oversold items dialog by a count. Each
// step is checked on the marketplace's side (its admin state).

#include "app/shopsession.h"
#include "app/shopwindow.h"
#include "models/fiscal/registersigner.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "models/storage/database.h"
#include "sync/enrolment/enrollment.h"
#include "tests/marketplace/marketclient.h"
#include "ui/orders/orderalerts.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/oversellcasesdialog.h"
#include "ui/orders/pickingdialog.h"
#include "ui/till/tillpage.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using market::testing::MarketClient;
using market::testing::MarketServer;

namespace {

struct Item
{
    qint64 id = 0;
    QString uuid;
    QString barcode;
};

QVariant scalar(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return {};
    const QVariant value = q.value().value(0);
    q.value().finish(); // no read left open on the window's connection (the sync writes meanwhile)
    return value;
}

} // namespace

class TestOrdersFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void paidOnlineOrderFromBadgeToCollection();
    void paidAtCollectionOrderIsATicket();
    void aLineRefusedAlone();
    void anOrderAboutToMissItsDeadlineAlertsAgain();
    void reservedLastUnitSoldInStoreRaisesAnOversellCase();

private:
    QJsonObject marketOrder(const QString &orderId);
    QString placeOrder(const QList<QPair<Item, int>> &lines, const QString &payment,
                       qint64 *number = nullptr);
    bool waitForMarketStatus(const QString &orderId, const QString &status);
    void acceptOnThePage(const QString &orderId);
    PickingDialog *openPicking(const QString &orderId);
    void scanInto(QWidget *field, const QString &code);
    Item demoItem(int skip);
    qint64 available(const QString &variantId);

    std::unique_ptr<MarketServer> m_server;
    std::unique_ptr<MarketClient> m_market;
    QString m_shopId;
    QTemporaryDir m_data;
    std::unique_ptr<ShopSession> m_session;
    std::unique_ptr<ShopWindow> m_window;
    OrdersPage *m_page = nullptr;
    TillPage *m_till = nullptr;
    QList<Item> m_items;
};

void TestOrdersFlow::initTestCase()
{
    m_server = std::make_unique<MarketServer>();
    QVERIFY(m_server->start());
    m_market = std::make_unique<MarketClient>(m_server->url());
    m_shopId = m_market->createShop(QStringLiteral("Librairie du Martroi"));
    QVERIFY(!m_shopId.isEmpty());

    m_session = std::make_unique<ShopSession>();
    QVERIFY(m_session->open(m_data.path(), true, true).ok());
    QVERIFY(QTest::qWaitFor([this] { return m_session->signer().state() == RegisterSigner::State::Ready; },
                            15000));
    QVERIFY(m_session->seedDemo().ok());

    QNetworkAccessManager network;
    Enrollment enrollment(m_session->database(), m_session->secrets(), network);
    std::optional<Result<EnrolledDevice>> outcome;
    enrollment.enroll(m_server->url().toString(), m_market->createCode(m_shopId), QStringLiteral("Caisse 1"),
                      [&outcome](Result<EnrolledDevice> result) { outcome = std::move(result); });
    QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000));
    QVERIFY(outcome->ok());

    m_window = std::make_unique<ShopWindow>(*m_session);
    m_window->window().resize(1366, 768);
    m_window->window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window->window()));
    const auto people = m_session->operators().list();
    QVERIFY(people && !people->isEmpty());
    OperatorInfo manager = people->constFirst();
    for (const OperatorInfo &person : *people) {
        if (person.isManager())
            manager = person;
    }
    m_session->operatorSession().signIn(manager);
    m_page = m_window->window().findChild<OrdersPage *>();
    m_till = m_window->window().findChild<TillPage *>();
    QVERIFY(m_page && m_till);

    // Four demo items with a barcode, online once the sync has pushed the catalogue and its stock.
    for (int skip = 0; skip < 4; ++skip)
        m_items << demoItem(skip);
    for (const Item &item : std::as_const(m_items))
        QVERIFY2(QTest::qWaitFor([&] { return available(item.uuid) >= 3; }, 60000),
                 qPrintable(QStringLiteral("%1 not online with stock").arg(item.uuid)));
}

void TestOrdersFlow::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_server.reset();
}

Item TestOrdersFlow::demoItem(int skip)
{
    Database &db = m_session->database();
    auto q = db.query(QStringLiteral("SELECT v.id, v.uuid, min(b.code) FROM variants v "
                                     "JOIN barcodes b ON b.variant_id = v.id "
                                     "JOIN stock_on_hand s ON s.variant_id = v.id "
                                     "WHERE v.archived = 0 AND s.quantity >= 5 "
                                     "GROUP BY v.id ORDER BY v.id LIMIT 1 OFFSET ?"),
                      {skip});
    Item item;
    if (q && q.value().next())
        item = Item {q.value().value(0).toLongLong(), q.value().value(1).toString(),
                     q.value().value(2).toString()};
    if (q)
        q.value().finish();
    return item;
}

qint64 TestOrdersFlow::available(const QString &variantId)
{
    const QJsonObject state = m_market->variantState(m_shopId, variantId);
    return state.isEmpty() ? -1000 : state.value(QStringLiteral("available")).toInteger();
}

QJsonObject TestOrdersFlow::marketOrder(const QString &orderId)
{
    const QJsonArray orders = m_market->state(m_shopId).value(QStringLiteral("orders")).toArray();
    for (const QJsonValue &order : orders) {
        if (order.toObject().value(QStringLiteral("order_id")).toString() == orderId)
            return order.toObject();
    }
    return {};
}

QString TestOrdersFlow::placeOrder(const QList<QPair<Item, int>> &lines, const QString &payment,
                                   qint64 *number)
{
    QJsonArray body;
    for (const auto &[item, quantity] : lines)
        body.append(
            QJsonObject {{QStringLiteral("variant_id"), item.uuid}, {QStringLiteral("quantity"), quantity}});
    const auto placed
        = m_market->admin("POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(m_shopId),
                          {{QStringLiteral("customer"),
                            QJsonObject {{QStringLiteral("name"), QStringLiteral("Camille D.")},
                                         {QStringLiteral("phone"), QStringLiteral("06 12 34 56 78")}}},
                           {QStringLiteral("lines"), body},
                           {QStringLiteral("payment"), payment}});
    if (placed.status != 201) {
        qWarning("order not placed: %d %s", placed.status, placed.body.constData());
        return {};
    }
    if (number)
        *number = placed.json.value(QStringLiteral("number")).toInteger();
    return placed.json.value(QStringLiteral("order_id")).toString();
}

bool TestOrdersFlow::waitForMarketStatus(const QString &orderId, const QString &status)
{
    QString seen;
    const bool reached = QTest::qWaitFor(
        [&] {
            seen = marketOrder(orderId).value(QStringLiteral("status")).toString();
            return seen == status;
        },
        30000);
    if (!reached)
        qWarning("order %s is %s on the marketplace, not %s", qPrintable(orderId), qPrintable(seen),
                 qPrintable(status));
    return reached;
}

void TestOrdersFlow::acceptOnThePage(const QString &orderId)
{
    m_window->window().showPage(MainWindow::OrdersPage);
    QVERIFY(QTest::qWaitFor([&] { return m_page->selectOrder(orderId); }, 20000));
    auto *accept = m_page->findChild<QPushButton *>(QStringLiteral("acceptButton"));
    QVERIFY(accept && accept->isEnabled());
    accept->click();
    QVERIFY(waitForMarketStatus(orderId, QStringLiteral("accepted")));
}

PickingDialog *TestOrdersFlow::openPicking(const QString &orderId)
{
    if (!m_page->selectOrder(orderId))
        return nullptr;
    auto *prepare = m_page->findChild<QPushButton *>(QStringLiteral("prepareButton"));
    if (!prepare || !prepare->isEnabled())
        return nullptr;
    prepare->click();
    PickingDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = m_window->window().findChild<PickingDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return dialog;
}

void TestOrdersFlow::scanInto(QWidget *field, const QString &code)
{
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestOrdersFlow::paidOnlineOrderFromBadgeToCollection()
{
    auto *alertLabel = m_window->window().findChild<QLabel *>(QStringLiteral("orderAlertsLabel"));
    QVERIFY(alertLabel);
    m_window->window().showPage(MainWindow::TillPage);
    qint64 number = 0;
    const QString orderId
        = placeOrder({{m_items.at(0), 2}, {m_items.at(1), 1}}, QStringLiteral("online"), &number);
    QVERIFY(!orderId.isEmpty());
    // The badge and the status bar, while the till is in front.
    QVERIFY2(QTest::qWaitFor([&] { return alertLabel->isVisible() && !alertLabel->text().isEmpty(); }, 10000),
             "no alert in the status bar");
    QVERIFY(m_till->isVisible());

    acceptOnThePage(orderId);
    PickingDialog *picking = openPicking(orderId);
    QVERIFY2(picking, qPrintable(m_page->message()));
    auto *scan = picking->findChild<QLineEdit *>(QStringLiteral("pickingScanEdit"));
    QVERIFY(scan);
    scanInto(scan, m_items.at(2).barcode); // not in the order: refused, in red
    QVERIFY(picking->messageIsError());
    scanInto(scan, m_items.at(0).barcode);
    scanInto(scan, m_items.at(0).barcode);
    scanInto(scan, m_items.at(1).barcode);
    QVERIFY2(!picking->messageIsError(), qPrintable(picking->message()));
    auto *ready = picking->findChild<QPushButton *>(QStringLiteral("pickingReadyButton"));
    QVERIFY(ready && ready->isEnabled());
    ready->click();
    QVERIFY(waitForMarketStatus(orderId, QStringLiteral("ready")));
    const qint64 onHandBefore
        = m_market->variantState(m_shopId, m_items.at(0).uuid).value(QStringLiteral("on_hand")).toInteger();

    // At the till: the order's barcode.
    m_window->window().showPage(MainWindow::TillPage);
    auto *search = m_till->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setFocus();
    scanInto(search, QStringLiteral("CMD-%1").arg(number));
    QVERIFY(m_till->cart()->isEmpty()); // paid online: nothing to sell
    QVERIFY(waitForMarketStatus(orderId, QStringLiteral("collected")));
    QCOMPARE(
        m_market->variantState(m_shopId, m_items.at(0).uuid).value(QStringLiteral("on_hand")).toInteger(),
        onHandBefore - 2);
    const QJsonArray steps = marketOrder(orderId).value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 4); // placed, accepted, ready, collected
    QVERIFY(
        steps.at(3).toObject().value(QStringLiteral("by")).toString().contains(QStringLiteral("Caisse 1")));
}

void TestOrdersFlow::paidAtCollectionOrderIsATicket()
{
    qint64 number = 0;
    const QString orderId = placeOrder({{m_items.at(1), 1}}, QStringLiteral("at_collection"), &number);
    QVERIFY(!orderId.isEmpty());
    acceptOnThePage(orderId);
    PickingDialog *picking = openPicking(orderId);
    QVERIFY(picking);
    scanInto(picking->findChild<QLineEdit *>(QStringLiteral("pickingScanEdit")), m_items.at(1).barcode);
    picking->findChild<QPushButton *>(QStringLiteral("pickingReadyButton"))->click();
    QVERIFY(waitForMarketStatus(orderId, QStringLiteral("ready")));
    const QJsonObject before = m_market->variantState(m_shopId, m_items.at(1).uuid);
    const qint64 movementsBefore = m_market->state(m_shopId).value(QStringLiteral("movements")).toInteger();

    m_window->window().showPage(MainWindow::TillPage);
    auto *search = m_till->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    scanInto(search, QStringLiteral("CMD-%1").arg(number));
    QCOMPARE(m_till->cart()->rowCount(), 1);
    m_till->takePayment(PaymentMethod::Cash);
    QVERIFY2(m_till->lastTicket(), qPrintable(m_till->message()));
    const qint64 ticketId = m_till->lastTicket()->id;
    Database &db = m_session->database();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT t.ticket_id FROM order_tickets t JOIN online_orders o "
                                   "ON o.id = t.order_id WHERE o.uuid = ?"),
                    {orderId})
                 .toLongLong(),
             ticketId);
    QVERIFY(waitForMarketStatus(orderId, QStringLiteral("collected")));
    // The stock left once, through the collection's commit: on-hand down by one, reserved freed.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonObject after = m_market->variantState(m_shopId, m_items.at(1).uuid);
            return after.value(QStringLiteral("on_hand")).toInteger()
                == before.value(QStringLiteral("on_hand")).toInteger() - 1;
        },
        20000));
    QTest::qWait(1500); // anything else the till would push
    QCOMPARE(
        m_market->variantState(m_shopId, m_items.at(1).uuid).value(QStringLiteral("on_hand")).toInteger(),
        before.value(QStringLiteral("on_hand")).toInteger() - 1);
    QCOMPARE(m_market->state(m_shopId).value(QStringLiteral("movements")).toInteger(), movementsBefore + 1);
}

void TestOrdersFlow::aLineRefusedAlone()
{
    const QString orderId = placeOrder({{m_items.at(2), 1}, {m_items.at(3), 1}}, QStringLiteral("online"));
    QVERIFY(!orderId.isEmpty());
    const qint64 total = marketOrder(orderId).value(QStringLiteral("total_cents")).toInteger();
    acceptOnThePage(orderId);
    PickingDialog *picking = openPicking(orderId);
    QVERIFY(picking);
    auto *scan = picking->findChild<QLineEdit *>(QStringLiteral("pickingScanEdit"));
    QTest::keyClick(scan, Qt::Key_Down);
    QTest::keyClick(scan, Qt::Key_Down); // line 2
    picking->findChild<QLineEdit *>(QStringLiteral("pickingReasonEdit"))
        ->setText(QStringLiteral("Plus en stock"));
    picking->findChild<QPushButton *>(QStringLiteral("pickingRefuseButton"))->click();
    QVERIFY2(!picking->messageIsError(), qPrintable(picking->message()));
    scanInto(scan, m_items.at(2).barcode);
    auto *ready = picking->findChild<QPushButton *>(QStringLiteral("pickingReadyButton"));
    QVERIFY(ready->isEnabled());
    ready->click();
    QVERIFY(waitForMarketStatus(orderId, QStringLiteral("ready")));
    const QJsonObject order = marketOrder(orderId);
    const QJsonObject refused = order.value(QStringLiteral("lines")).toArray().at(1).toObject();
    QVERIFY(refused.value(QStringLiteral("refused")).toBool());
    QCOMPARE(refused.value(QStringLiteral("refusal_reason")).toString(), QStringLiteral("Plus en stock"));
    QVERIFY(order.value(QStringLiteral("total_cents")).toInteger() < total);
}

void TestOrdersFlow::anOrderAboutToMissItsDeadlineAlertsAgain()
{
    // The association asks for orders accepted within a minute, warned a minute before.
    const auto put = m_market->admin("PUT", QStringLiteral("/admin/v1/shops/%1/service-levels").arg(m_shopId),
                                     {{QStringLiteral("accept_within_min"), 1},
                                      {QStringLiteral("ready_within_min"), 120},
                                      {QStringLiteral("warn_before_min"), 1}});
    QCOMPARE(put.status, 200);
    Database &db = m_session->database();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return scalar(db,
                          QStringLiteral("SELECT value FROM meta WHERE key = 'marketplace_service_levels'"))
                .toString()
                .contains(QStringLiteral("\"accept_within_min\":1"));
        },
        20000));
    const QString orderId = placeOrder({{m_items.at(3), 1}}, QStringLiteral("online"));
    QVERIFY(!orderId.isEmpty());
    // Red at once: its time left on the Commandes page says to hurry, and it rang for it.
    m_window->window().showPage(MainWindow::OrdersPage);
    QVERIFY(QTest::qWaitFor([&] { return m_page->selectOrder(orderId); }, 20000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !scalar(db, QStringLiteral("SELECT deadline_alerted FROM online_orders WHERE uuid = ?"),
                           {orderId})
                        .toString()
                        .isEmpty();
        },
        20000));
    auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("ordersTable"));
    QVERIFY(table);
    const QString timeLeft = table->item(table->currentRow(), table->columnCount() - 1)->text();
    QVERIFY2(timeLeft.contains(QStringLiteral("hurry")) || timeLeft.contains(QStringLiteral("late")),
             qPrintable(timeLeft));
}

void TestOrdersFlow::reservedLastUnitSoldInStoreRaisesAnOversellCase()
{
    const Item &item = m_items.at(0);
    const qint64 free = available(item.uuid);
    QVERIFY(free >= 1);
    const QString orderId = placeOrder({{item, int(free)}}, QStringLiteral("online"));
    QVERIFY(!orderId.isEmpty());
    Database &db = m_session->database();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return scalar(db, QStringLiteral("SELECT available FROM stock_server_state WHERE variant_id = ?"),
                          {item.id})
                       .toLongLong()
                == 0;
        },
        20000));

    // In store, the last units are in the customer's hand: the till warns, the sale goes through.
    m_window->window().showPage(MainWindow::TillPage);
    auto *search = m_till->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    scanInto(search, item.barcode);
    QCOMPARE(m_till->cart()->rowCount(), 1);
    QVERIFY2(m_till->message().contains(QStringLiteral("reserved")), qPrintable(m_till->message()));
    m_till->takePayment(PaymentMethod::Cash);
    QVERIFY(m_till->lastTicket());

    // The marketplace opens a case; it comes down; the Oversold items dialog resolves it by a count.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return scalar(db,
                          QStringLiteral("SELECT count(*) FROM oversell_cases WHERE variant_uuid = ? "
                                         "AND resolved = 0"),
                          {item.uuid})
                       .toLongLong()
                == 1;
        },
        30000));
    m_window->window().showPage(MainWindow::OrdersPage);
    m_page->findChild<QPushButton *>(QStringLiteral("oversellButton"))->click();
    OversellCasesDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            dialog = m_window->window().findChild<OversellCasesDialog *>();
            return dialog && dialog->isVisible();
        },
        5000));
    auto *cases = dialog->findChild<QTableWidget *>(QStringLiteral("casesTable"));
    QVERIFY(cases && cases->rowCount() == 1);
    cases->selectRow(0);
    auto *orders = dialog->findChild<QTableWidget *>(QStringLiteral("ordersTable"));
    QVERIFY(orders && orders->rowCount() >= 1);
    QCOMPARE(orders->item(0, 3)->text(), QStringLiteral("06 12 34 56 78")); // to call the customer
    const qint64 onHand
        = scalar(db, QStringLiteral("SELECT quantity FROM stock_on_hand WHERE variant_id = ?"), {item.id})
              .toLongLong();
    dialog->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(int(onHand + 1)); // one found
    dialog->findChild<QPushButton *>(QStringLiteral("restockButton"))->click();
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonArray open
                = m_market->state(m_shopId).value(QStringLiteral("oversell_cases")).toArray();
            return open.isEmpty() && available(item.uuid) >= 0;
        },
        30000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return scalar(db,
                          QStringLiteral("SELECT count(*) FROM oversell_cases WHERE variant_uuid = ? "
                                         "AND resolved = 0"),
                          {item.uuid})
                       .toLongLong()
                == 0;
        },
        30000));
    dialog->reject();
}

QTEST_MAIN(TestOrdersFlow)
#include "tst_ordersflow.moc"
