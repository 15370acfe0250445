// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The order history (issue 16, item 6) as a shopkeeper uses it: type a number, a name or a phone,
// choose a status; the chosen order's steps show with their time and who took them.
#include "fixtures.h"
#include "models/storage/database.h"
#include "syncrows.h"
#include "ui/orders/orderhistorydialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

class TestOrderHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchesAndShowsTheSteps();
};

void TestOrderHistoryDialog::searchesAndShowsTheSteps()
{
    TestShop shop;
    Database &db = shop.db();
    const qint64 a
        = insertOrder(db, QStringLiteral("o-101"), 101, QStringLiteral("collected"),
                      QStringLiteral("Claire Martin"), 2580, {}, QStringLiteral("2026-11-20T09:00:00.000Z"));
    QVERIFY(insertOrder(db, QStringLiteral("o-102"), 102, QStringLiteral("cancelled"),
                        QStringLiteral("Paul Durand"), 1000, {}, QStringLiteral("2026-11-25T16:00:00.000Z"))
            > 0);
    QVERIFY(a > 0);
    QVERIFY(insertOrderLine(db, a, 1, QStringLiteral("v-1"), {}, 2, 1290));
    QVERIFY(db.exec(
        QStringLiteral("INSERT INTO online_order_steps (order_id, step_no, status, at, by_whom) VALUES "
                       "(?, 1, 'placed', '2026-11-20T09:00:00.000Z', ''), "
                       "(?, 2, 'accepted', '2026-11-20T09:05:00.000Z', 'Caisse 1 · Marie'), "
                       "(?, 3, 'ready', '2026-11-20T10:00:00.000Z', 'Caisse 1 · Marie'), "
                       "(?, 4, 'collected', '2026-11-20T17:40:00.000Z', 'Caisse 2 · Luc')"),
        {a, a, a, a}));

    OrderHistory history(db);
    OrderHistoryDialog dialog(history);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("historySearchEdit"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("historyTable"));
    auto *steps = dialog.findChild<QTableWidget *>(QStringLiteral("historySteps"));
    auto *status = dialog.findChild<QComboBox *>(QStringLiteral("historyStatusCombo"));
    QVERIFY(search && table && steps && status);
    QCOMPARE(dialog.orderCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("102")); // newest first

    QTest::keyClicks(search, QStringLiteral("CMD-101"));
    QCOMPARE(dialog.orderCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Claire Martin"));
    QCOMPARE(steps->rowCount(), 4);
    QCOMPARE(steps->item(1, 2)->text(), QStringLiteral("Caisse 1 · Marie"));
    QCOMPARE(steps->item(3, 2)->text(), QStringLiteral("Caisse 2 · Luc"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("historyDetails"))
                ->text()
                .contains(QStringLiteral("CMD-101")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("durand"));
    QCOMPARE(dialog.orderCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("102"));
    search->clear();
    status->setCurrentIndex(status->findData(QStringLiteral("collected")));
    QCOMPARE(dialog.orderCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("101"));
}

QTEST_MAIN(TestOrderHistoryDialog)
#include "tst_orderhistorydialog.moc"
