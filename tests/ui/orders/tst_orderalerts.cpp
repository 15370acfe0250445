// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The new online order alert (issue 16, item 1) on a real till: an order arriving rings (the
// sound's request), counts on the badge and the status bar, rings again until the Commandes page
// shows it with the window in front, notifies only when Comptoir is not in front; the till keeps
// the focus and a scan made while the alert fires lands in the cart. Deadlines near ring once per
// step (item 2).
#include "sync/orders/onlineorders.h"
#include "sync/orders/orderacknowledgements.h"
#include "syncrows.h"
#include "tillpagefixture.h"
#include "ui/orders/orderalerts.h"
#include "ui/orders/orderspage.h"

#include <QSignalSpy>
#include <QTableWidget>

using namespace comptoir;
using namespace comptoir::syncrows;
using namespace comptoir::tilltest;

namespace {

const QString First = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000e1");
const QString Second = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000e2");

} // namespace

class TestOrderAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newOrderRingsAndCounts();
    void neverTakesTheFocusOrAScan();
    void ringsAgainUntilSomeoneLooks();
    void soundOffRingsNothingButCounts();
    void notifiesOnlyWhenNotInFront();
    void deadlineNearRingsOncePerStep();

private:
    // An order placed a minute before the till's clock (its accept deadline far ahead).
    qint64 placeOrder(const QString &uuid, qint64 number, qint64 minutesAgo = 1)
    {
        const QString at = m_f->till.shop.clock.now().addSecs(-60 * minutesAgo).toString(Qt::ISODateWithMs);
        return insertOrder(m_f->till.shop.db(), uuid, number, QStringLiteral("placed"),
                           QStringLiteral("Claire Martin"), 2580, {}, at);
    }

    std::unique_ptr<TillPageFixture> m_f;
    std::unique_ptr<OnlineOrders> m_orders;
    std::unique_ptr<OrderAcknowledgements> m_acks;
    std::unique_ptr<OrderAlerts> m_alerts;
};

void TestOrderAlerts::init()
{
    m_f = std::make_unique<TillPageFixture>();
    QVERIFY(m_f->setUp());
    Database &db = m_f->till.shop.db();
    m_orders = std::make_unique<OnlineOrders>(db, m_f->till.shop.clock);
    m_acks = std::make_unique<OrderAcknowledgements>(db, m_f->till.shop.clock);
    m_alerts = std::make_unique<OrderAlerts>(*m_orders, *m_acks, m_f->till.shop.clock);
    m_alerts->setWindow(m_f->page.get());
}

void TestOrderAlerts::cleanup()
{
    m_alerts.reset();
    m_acks.reset();
    m_orders.reset();
    m_f.reset();
}

void TestOrderAlerts::newOrderRingsAndCounts()
{
    QSignalSpy rings(m_alerts.get(), &OrderAlerts::ringRequested);
    QSignalSpy counts(m_alerts.get(), &OrderAlerts::countChanged);
    QSignalSpy alerted(m_alerts.get(), &OrderAlerts::newOrdersAlerted);
    m_alerts->check();
    QCOMPARE(rings.count(), 0);
    QCOMPARE(m_alerts->count(), 0);
    QVERIFY(m_alerts->statusText().isEmpty());

    QVERIFY(placeOrder(First, 118) > 0);
    SyncChanges changes;
    changes.orders = true;
    m_alerts->onChangesApplied(changes);
    QCOMPARE(rings.count(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 1);
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(alerted.last().at(0).toStringList(), QStringList {First});
    QCOMPARE(OrderAlerts::badgeText(QStringLiteral("Orders"), 1), QStringLiteral("Orders (1)"));
    QCOMPARE(OrderAlerts::badgeText(QStringLiteral("Orders"), 0), QStringLiteral("Orders"));
    QVERIFY(m_alerts->statusText().contains(QLatin1Char('1')));
    QVERIFY(m_alerts->repeating());

    // Read again with nothing new: no second ring for the same order.
    m_alerts->check();
    QCOMPARE(rings.count(), 1);
    QVERIFY(placeOrder(Second, 119) > 0);
    m_alerts->check();
    QCOMPARE(rings.count(), 2);
    QCOMPARE(m_alerts->count(), 2);
    QCOMPARE(alerted.last().at(0).toStringList(), QStringList {Second});
    QCOMPARE(OrderAlerts::badgeText(QStringLiteral("Orders"), m_alerts->count()),
             QStringLiteral("Orders (2)"));
}

void TestOrderAlerts::neverTakesTheFocusOrAScan()
{
    QLineEdit *search = m_f->edit("searchEdit");
    QCOMPARE(QApplication::focusWidget(), search);
    QSignalSpy rings(m_alerts.get(), &OrderAlerts::ringRequested);
    m_alerts->setRepeatInterval(std::chrono::milliseconds(20));

    // The scanner is sending a code when the order arrives: half the code, the alert, the rest (a
    // scanner sends a code in a few milliseconds: the alert comes between two of its keys, with no
    // pause; a pause of a person's typing would end the scan, as the scan catcher means it to).
    QVERIFY(placeOrder(First, 118) > 0);
    QTest::keyClicks(search, ScarfCode.left(6));
    m_alerts->check();
    QCOMPARE(rings.count(), 1);
    QTest::keyClicks(search, ScarfCode.mid(6));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), m_f->scarf);
    QTRY_VERIFY(rings.count() >= 3); // the repeats, while the till goes on
    QCOMPARE(QApplication::focusWidget(), search);
    QCOMPARE(QApplication::activeWindow(), m_f->page.get());

    // A whole scan while it keeps ringing.
    m_f->scan(ScarfCode);
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 2);
    QCOMPARE(QApplication::focusWidget(), search);
}

void TestOrderAlerts::ringsAgainUntilSomeoneLooks()
{
    QSignalSpy rings(m_alerts.get(), &OrderAlerts::ringRequested);
    m_alerts->setRepeatInterval(std::chrono::milliseconds(20));
    QVERIFY(placeOrder(First, 118) > 0);
    m_alerts->check();
    QTRY_VERIFY(rings.count() >= 3);

    // The Commandes page, not shown: nobody looked yet.
    OrdersPage page(*m_orders);
    connect(&page, &OrdersPage::ordersSeen, m_alerts.get(), &OrderAlerts::acknowledge);
    page.refresh();
    QCOMPARE(m_alerts->count(), 1);
    QVERIFY(m_alerts->repeating());

    // Shown with the window in front: seen, the ringing stops, the badge goes.
    QSignalSpy counts(m_alerts.get(), &OrderAlerts::countChanged);
    page.resize(1000, 600);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTRY_COMPARE(m_alerts->count(), 0);
    QCOMPARE(counts.last().at(0).toInt(), 0);
    QVERIFY(!m_alerts->repeating());
    QVERIFY(m_alerts->statusText().isEmpty());
    const int rung = int(rings.count());
    QTest::qWait(100);
    QCOMPARE(rings.count(), rung);
    QVERIFY(!syncrows::scalar(
                 m_f->till.shop.db(),
                 QStringLiteral("SELECT acknowledged_at FROM online_orders WHERE uuid = '%1'").arg(First))
                 .isNull());

    // A later order listed while the page is in front rings once, then is seen at once.
    QVERIFY(placeOrder(Second, 119) > 0);
    connect(m_alerts.get(), &OrderAlerts::countChanged, &page, &OrdersPage::reportSeen, Qt::QueuedConnection);
    page.refresh();
    m_alerts->check();
    QCOMPARE(rings.count(), rung + 1);
    QTRY_COMPARE(m_alerts->count(), 0);
}

void TestOrderAlerts::soundOffRingsNothingButCounts()
{
    OrderAlertSettings off;
    off.sound = OrderAlertSettings::Sound::Off;
    QVERIFY(m_f->settings.setOrderAlerts(off));
    m_alerts->setSettings(m_f->settings.orderAlerts().value());
    QSignalSpy rings(m_alerts.get(), &OrderAlerts::ringRequested);
    QVERIFY(placeOrder(First, 118) > 0);
    m_alerts->check();
    QCOMPARE(rings.count(), 0);
    QCOMPARE(m_alerts->count(), 1);
    QVERIFY(!m_alerts->repeating());
}

void TestOrderAlerts::notifiesOnlyWhenNotInFront()
{
    QSignalSpy notified(m_alerts.get(), &OrderAlerts::notified);
    QVERIFY(placeOrder(First, 118) > 0);
    m_alerts->check();
    QCOMPARE(notified.count(), 0); // the till is in front: the badge and the sound say it

    // Another window in front (Comptoir behind it): a desktop notification, no activation.
    QWidget other;
    other.resize(300, 200);
    other.show();
    QApplication::setActiveWindow(&other);
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QVERIFY(placeOrder(Second, 119) > 0);
    m_alerts->check();
    QCOMPARE(notified.count(), 1);
    QCOMPARE(QApplication::activeWindow(), &other);
}

void TestOrderAlerts::deadlineNearRingsOncePerStep()
{
    ServiceLevels levels; // accept within 30 min, ready within 120, warn 10 before
    m_alerts->setDeadlines(OrderDeadlines(levels, OpeningHours {}));
    QSignalSpy deadlines(m_alerts.get(), &OrderAlerts::deadlineAlerted);
    QSignalSpy rings(m_alerts.get(), &OrderAlerts::ringRequested);
    QVERIFY(placeOrder(First, 118, 1) > 0);
    QVERIFY(m_acks->acknowledge({First}));
    m_alerts->check();
    QCOMPARE(deadlines.count(), 0);
    QCOMPARE(rings.count(), 0);

    // 21 minutes later: 8 left, under the 10 minutes' warning.
    m_f->till.shop.clock.advance(21 * 60 * 1000);
    m_alerts->check();
    QCOMPARE(deadlines.count(), 1);
    QCOMPARE(deadlines.last().at(0).toString(), First);
    QCOMPARE(int(deadlines.last().at(1).value<DeadlineLevel>()), int(DeadlineLevel::Red));
    QCOMPARE(rings.count(), 1);
    // Missed later: that step already rang.
    m_f->till.shop.clock.advance(20 * 60 * 1000);
    m_alerts->check();
    QCOMPARE(deadlines.count(), 1);
    QCOMPARE(syncrows::scalar(
                 m_f->till.shop.db(),
                 QStringLiteral("SELECT deadline_alerted FROM online_orders WHERE uuid = '%1'").arg(First))
                 .toString(),
             QStringLiteral("placed"));
}

QTEST_MAIN(TestOrderAlerts)
#include "tst_orderalerts.moc"
