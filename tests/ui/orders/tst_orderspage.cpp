// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Orders page driven like a shopkeeper would: select an order, press its step, see it pending
// and queued for the marketplace; buttons follow the order's status; the list follows the feed.
#include "fixtures.h"
#include "models/storage/database.h"
#include "sync/orders/onlineorders.h"
#include "syncrows.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/rejectorderdialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

namespace {

const QString First = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000d1");
const QString Second = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000d2");

QJsonObject lastPayload(const Database &db)
{
    return QJsonDocument::fromJson(scalar(db,
                                          QStringLiteral("SELECT payload FROM sync_outbox WHERE kind = "
                                                         "'order_transition' ORDER BY seq DESC LIMIT 1"))
                                       .toString()
                                       .toUtf8())
        .object();
}

// The order steps queued (the catalogue's own stock movements are in the outbox too).
qint64 transitionCount(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'order_transition'"))
        .toLongLong();
}

} // namespace

class TestOrdersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsOpenOrders();
    void acceptShowsPendingAndQueues();
    void buttonsFollowTheStatus();
    void refuseWithAReason();
    void refreshedWhenTheFeedBringsOrders();

private:
    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QLatin1String(name));
    }
    QString statusCell(int row) const { return m_table->item(row, 5)->text(); }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<OnlineOrders> m_orders;
    std::unique_ptr<OrdersPage> m_page;
    QTableWidget *m_table = nullptr;
    qint64 m_firstId = 0;
};

void TestOrdersPage::init()
{
    m_shop = std::make_unique<TestShop>();
    Database &db = m_shop->db();
    QVERIFY(m_shop->populate(1));
    auto q = db.query(QStringLiteral("SELECT v.id, v.uuid FROM variants v ORDER BY v.id LIMIT 1"));
    QVERIFY(q && q.value().next());
    m_firstId = insertOrder(db, First, 12, QStringLiteral("placed"), QStringLiteral("Claire Martin"), 2580,
                            {}, QStringLiteral("2026-11-27T08:00:00.000Z"));
    QVERIFY(insertOrderLine(db, m_firstId, 1, q.value().value(1).toString(), q.value().value(0), 2, 1290));
    QVERIFY(insertOrder(db, Second, 13, QStringLiteral("accepted"), QStringLiteral("Paul Durand"), 990, {},
                        QStringLiteral("2026-11-27T08:20:00.000Z"))
            > 0);
    m_orders = std::make_unique<OnlineOrders>(db, m_shop->clock);
    m_page = std::make_unique<OrdersPage>(*m_orders);
    m_page->resize(1100, 700);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_table = m_page->findChild<QTableWidget *>(QStringLiteral("ordersTable"));
    QVERIFY(m_table);
}

void TestOrdersPage::cleanup()
{
    m_page.reset();
    m_orders.reset();
    m_shop.reset();
}

void TestOrdersPage::listsOpenOrders()
{
    QCOMPARE(m_table->rowCount(), 2);
    QCOMPARE(m_table->item(0, 0)->text(), QStringLiteral("12"));
    QVERIFY(m_table->item(0, 2)->text().contains(QStringLiteral("Claire Martin")));
    QVERIFY(m_table->item(0, 3)->text().startsWith(QStringLiteral("2 × ")));
    QCOMPARE(statusCell(0), QStringLiteral("New"));
    QCOMPARE(statusCell(1), QStringLiteral("Accepted"));
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("ordersEmptyLabel"))->isVisible());
}

void TestOrdersPage::acceptShowsPendingAndQueues()
{
    QVERIFY(m_page->selectOrder(First));
    QSignalSpy queued(m_page.get(), &OrdersPage::transitionQueued);
    QVERIFY(button("acceptButton")->isEnabled());
    QTest::mouseClick(button("acceptButton"), Qt::LeftButton);

    QCOMPARE(queued.count(), 1);
    QCOMPARE(m_page->selectedOrder(), First);
    QCOMPARE(statusCell(0), QStringLiteral("Accepted (sending…)"));
    QCOMPARE(transitionCount(m_shop->db()), qint64(1));
    const QJsonObject expected {{QStringLiteral("order_id"), First},
                                {QStringLiteral("to"), QStringLiteral("accepted")}};
    QCOMPARE(lastPayload(m_shop->db()), expected);
    QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT pending_status FROM online_orders WHERE uuid = ?"),
                    {First})
                 .toString(),
             QStringLiteral("accepted"));
    // Now it can be made ready, no longer accepted.
    QVERIFY(!button("acceptButton")->isEnabled());
    QVERIFY(button("readyButton")->isEnabled());
    // Keyboard: F4 marks it ready.
    QTest::keyClick(m_table, Qt::Key_F4);
    QTRY_COMPARE(queued.count(), 2); // a button's shortcut clicks it after a short animation
    QCOMPARE(statusCell(0), QStringLiteral("Ready (sending…)"));
    QCOMPARE(lastPayload(m_shop->db()).value(QStringLiteral("to")).toString(), QStringLiteral("ready"));
    QVERIFY(button("collectedButton")->isEnabled());
}

void TestOrdersPage::buttonsFollowTheStatus()
{
    QVERIFY(m_page->selectOrder(First)); // placed
    QVERIFY(button("acceptButton")->isEnabled());
    QVERIFY(button("rejectButton")->isEnabled());
    QVERIFY(!button("readyButton")->isEnabled());
    QVERIFY(!button("collectedButton")->isEnabled());
    QVERIFY(m_page->selectOrder(Second)); // accepted
    QVERIFY(!button("acceptButton")->isEnabled());
    QVERIFY(button("rejectButton")->isEnabled());
    QVERIFY(button("readyButton")->isEnabled());
    QVERIFY(!button("collectedButton")->isEnabled());
    // A disabled step's key does nothing.
    QTest::keyClick(m_table, Qt::Key_F6);
    QTRY_VERIFY(!button("collectedButton")->isDown()); // no animated click pending
    QCOMPARE(transitionCount(m_shop->db()), qint64(0));
}

void TestOrdersPage::refuseWithAReason()
{
    QVERIFY(m_page->selectOrder(Second));
    QTest::mouseClick(button("rejectButton"), Qt::LeftButton);
    RejectOrderDialog *dialog = m_page->rejectDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("Plus en stock"));
    dialog->accept();
    QCOMPARE(statusCell(1), QStringLiteral("Refused (sending…)"));
    const QJsonObject expected {{QStringLiteral("order_id"), Second},
                                {QStringLiteral("to"), QStringLiteral("rejected")},
                                {QStringLiteral("reason"), QStringLiteral("Plus en stock")}};
    QCOMPARE(lastPayload(m_shop->db()), expected);
    QVERIFY(!button("rejectButton")->isEnabled());
    QVERIFY(!button("readyButton")->isEnabled());
}

void TestOrdersPage::refreshedWhenTheFeedBringsOrders()
{
    QVERIFY(m_page->selectOrder(First));
    QTest::mouseClick(button("acceptButton"), Qt::LeftButton);
    Database &db = m_shop->db();
    // The marketplace confirmed the first; the second was cancelled online; a new one arrived.
    QVERIFY(db.exec(
        QStringLiteral("UPDATE online_orders SET status = 'accepted', pending_status = NULL WHERE uuid = ?"),
        {First}));
    QVERIFY(
        db.exec(QStringLiteral("UPDATE online_orders SET status = 'cancelled' WHERE uuid = ?"), {Second}));
    QVERIFY(insertOrder(db, QStringLiteral("order-3"), 14, QStringLiteral("placed"), QStringLiteral("Zoé"),
                        500, {}, QStringLiteral("2026-11-27T08:40:00.000Z"))
            > 0);
    SyncChanges nothing;
    m_page->onChangesApplied(nothing);
    QCOMPARE(m_table->rowCount(), 2); // not read again: no order changed
    SyncChanges changes;
    changes.orders = true;
    m_page->onChangesApplied(changes);
    QCOMPARE(m_table->rowCount(), 2);
    QCOMPARE(m_table->item(0, 0)->text(), QStringLiteral("12"));
    QCOMPARE(statusCell(0), QStringLiteral("Accepted"));
    QCOMPARE(m_table->item(1, 0)->text(), QStringLiteral("14"));
    QCOMPARE(m_page->selectedOrder(), First); // the selection stays on the same order
}

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
