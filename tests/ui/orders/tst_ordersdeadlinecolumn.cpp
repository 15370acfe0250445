// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Commandes page's "Time left" column (issue 16, item 2): each open order's time left for its
// current step in words, amber then red (never colour alone), following the clock; ready orders
// show none. The page never takes the focus while it is not the page shown.
#include "fixtures.h"
#include "models/storage/database.h"
#include "sync/orders/onlineorders.h"
#include "syncrows.h"
#include "ui/orders/orderspage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

namespace {

const QString Placed = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000c1");
const QString Accepted = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000c2");
const QString Ready = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000c3");
constexpr int TimeLeftColumn = 6;

} // namespace

class TestOrdersDeadlineColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void timeLeftInWordsAndColour();
    void texts();
    void doesNotTakeTheFocusWhenHidden();

private:
    QTableWidgetItem *timeLeft(const QString &uuid) const
    {
        const QList<OnlineOrder> &orders = m_page->orders();
        for (int row = 0; row < orders.size(); ++row) {
            if (orders.at(row).uuid == uuid)
                return m_table->item(row, TimeLeftColumn);
        }
        return nullptr;
    }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<OnlineOrders> m_orders;
    std::unique_ptr<OrdersPage> m_page;
    QTableWidget *m_table = nullptr;
};

void TestOrdersDeadlineColumn::init()
{
    m_shop = std::make_unique<TestShop>();
    Database &db = m_shop->db();
    // The clock: 09:00 UTC. Placed at 08:50 (accept within 30: 20 min left); accepted, its
    // updated_at 07:30 (ready within 120: 30 min left, a quarter: amber); ready.
    QVERIFY(insertOrder(db, Placed, 12, QStringLiteral("placed"), QStringLiteral("Claire"), 100, {},
                        QStringLiteral("2026-11-27T08:50:00.000Z"))
            > 0);
    QVERIFY(insertOrder(db, Accepted, 13, QStringLiteral("accepted"), QStringLiteral("Paul"), 100, {},
                        QStringLiteral("2026-11-27T07:30:00.000Z"))
            > 0);
    QVERIFY(insertOrder(db, Ready, 14, QStringLiteral("ready"), QStringLiteral("Léa"), 100, {},
                        QStringLiteral("2026-11-27T07:00:00.000Z"))
            > 0);
    m_orders = std::make_unique<OnlineOrders>(db, m_shop->clock);
    m_page = std::make_unique<OrdersPage>(*m_orders);
    m_page->setDeadlines(OrderDeadlines(ServiceLevels {}, OpeningHours {}), &m_shop->clock);
    m_table = m_page->findChild<QTableWidget *>(QStringLiteral("ordersTable"));
    QVERIFY(m_table);
    QCOMPARE(m_table->columnCount(), 7);
}

void TestOrdersDeadlineColumn::cleanup()
{
    m_page.reset();
    m_orders.reset();
    m_shop.reset();
}

void TestOrdersDeadlineColumn::timeLeftInWordsAndColour()
{
    QCOMPARE(timeLeft(Placed)->text(), QStringLiteral("20 min"));
    QCOMPARE(timeLeft(Placed)->data(Qt::UserRole).toInt(), int(DeadlineLevel::Ok));
    QCOMPARE(timeLeft(Placed)->background().style(), Qt::NoBrush);
    QCOMPARE(timeLeft(Accepted)->text(), QStringLiteral("30 min — soon"));
    QCOMPARE(timeLeft(Accepted)->data(Qt::UserRole).toInt(), int(DeadlineLevel::Amber));
    QCOMPARE(timeLeft(Accepted)->background().color(), QColor(0xff, 0xd5, 0x80));
    QCOMPARE(timeLeft(Ready)->text(), QString());
    QCOMPARE(timeLeft(Ready)->data(Qt::UserRole).toInt(), int(DeadlineLevel::None));
    QVERIFY(m_table->horizontalHeaderItem(TimeLeftColumn)->text() == QStringLiteral("Time left"));

    // Twelve minutes later (the page recomputes every 30 s; here at once): 8 min, red; then late.
    m_shop->clock.advance(12 * 60 * 1000);
    m_page->refreshDeadlines();
    QCOMPARE(timeLeft(Placed)->text(), QStringLiteral("8 min — hurry"));
    QCOMPARE(timeLeft(Placed)->data(Qt::UserRole).toInt(), int(DeadlineLevel::Red));
    QCOMPARE(timeLeft(Placed)->background().color(), QColor(0xc6, 0x28, 0x28));
    m_shop->clock.advance(15 * 60 * 1000);
    m_page->refreshDeadlines();
    QCOMPARE(timeLeft(Placed)->text(), QStringLiteral("late by 7 min"));
    QCOMPARE(timeLeft(Placed)->data(Qt::UserRole).toInt(), int(DeadlineLevel::Missed));
    QVERIFY(!timeLeft(Placed)->toolTip().isEmpty()); // the due time
}

void TestOrdersDeadlineColumn::texts()
{
    OrderDeadline d;
    QCOMPARE(OrdersPage::timeLeftText(d), QString());
    d.level = DeadlineLevel::Ok;
    d.secondsLeft = 2 * 3600 + 5 * 60;
    QCOMPARE(OrdersPage::timeLeftText(d), QStringLiteral("2 h 05 min"));
    d.secondsLeft = 61; // rounded up: never "0 min" while time is left
    QCOMPARE(OrdersPage::timeLeftText(d), QStringLiteral("2 min"));
    d.level = DeadlineLevel::Missed;
    d.secondsLeft = -90 * 60;
    QCOMPARE(OrdersPage::timeLeftText(d), QStringLiteral("late by 1 h 30 min"));
}

void TestOrdersDeadlineColumn::doesNotTakeTheFocusWhenHidden()
{
    QWidget window;
    auto *till = new QLineEdit(&window);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    till->setFocus();
    QCOMPARE(QApplication::focusWidget(), till);
    QSignalSpy seen(m_page.get(), &OrdersPage::ordersSeen);
    SyncChanges changes;
    changes.orders = true;
    m_page->onChangesApplied(changes); // an order came down while the till is in use
    m_page->refreshDeadlines();
    QCOMPARE(QApplication::focusWidget(), till);
    QCOMPARE(seen.count(), 0); // not shown: nobody saw it
}

QTEST_MAIN(TestOrdersDeadlineColumn)
#include "tst_ordersdeadlinecolumn.moc"
