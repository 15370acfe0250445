// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The picking dialog (issue 16, item 3) driven from the keyboard as with a scanner: scans fill
// the lines, a wrong item and one too many show in red in the dialog, a missing item is counted,
// a line is refused with its reason, "Order ready" asks for the step once all is picked, and an
// order cancelled online while the dialog is open stops the picking with a clear message.
#include "fixtures.h"
#include "models/storage/database.h"
#include "pickrows.h"
#include "sync/orders/orderlinerefusals.h"
#include "sync/orders/orderpicking.h"
#include "syncrows.h"
#include "ui/orders/pickingdialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;
using namespace comptoir::pickrows;

namespace {

const QString OrderUuid = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000a7");

} // namespace

class TestPickingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scansPickTheOrderAndAskForReady();
    void wrongItemsShowInRed();
    void missingIsCountedAndALineRefused();
    void cancelledOnlineStopsThePicking();
    void cancellationSeenAtTheNextScan();

private:
    void scanText(const QString &code)
    {
        QTest::keyClicks(m_scan, code);
        QTest::keyClick(m_scan, Qt::Key_Return);
    }
    QString cell(int row, int column) const { return m_table->item(row, column)->text(); }
    QPushButton *button(const char *name) const
    {
        return m_dialog->findChild<QPushButton *>(QLatin1String(name));
    }

    std::unique_ptr<TestShop> m_shop;
    QList<CatalogueItem> m_items;
    std::unique_ptr<OrderPicking> m_picking;
    std::unique_ptr<OrderLineRefusals> m_refusals;
    std::unique_ptr<PickingDialog> m_dialog;
    QLineEdit *m_scan = nullptr;
    QTableWidget *m_table = nullptr;
};

void TestPickingDialog::init()
{
    m_shop = std::make_unique<TestShop>();
    Database &db = m_shop->db();
    QVERIFY(m_shop->populate(6));
    m_items = catalogueItems(db, 6);
    const qint64 id = insertOrder(db, OrderUuid, 118, QStringLiteral("accepted"));
    QVERIFY(id > 0);
    QVERIFY(insertOrderLine(db, id, 1, m_items.at(0).uuid, m_items.at(0).id, 2, 500));
    QVERIFY(insertOrderLine(db, id, 2, m_items.at(1).uuid, m_items.at(1).id, 1, 700));
    QVERIFY(insertOrderLine(db, id, 3, m_items.at(2).uuid, m_items.at(2).id, 1, 900));
    m_picking = std::make_unique<OrderPicking>(db, m_shop->catalogue, m_shop->clock);
    QVERIFY(m_picking->start(OrderUuid));
    m_refusals = std::make_unique<OrderLineRefusals>(db, m_shop->clock);
    m_dialog = std::make_unique<PickingDialog>(*m_picking, *m_refusals, QStringLiteral("Caisse 1 · Marie"));
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    m_scan = m_dialog->findChild<QLineEdit *>(QStringLiteral("pickingScanEdit"));
    m_table = m_dialog->findChild<QTableWidget *>(QStringLiteral("pickingTable"));
    QVERIFY(m_scan && m_table);
    QTRY_VERIFY(m_scan->hasFocus()); // scanner first
}

void TestPickingDialog::cleanup()
{
    m_dialog.reset();
    m_refusals.reset();
    m_picking.reset();
    m_shop.reset();
}

void TestPickingDialog::scansPickTheOrderAndAskForReady()
{
    QCOMPARE(m_table->rowCount(), 3);
    QCOMPARE(cell(0, 0), m_items.at(0).category); // the location: the category
    QCOMPARE(cell(0, 2), m_items.at(0).barcode);
    QCOMPARE(cell(0, 3), QStringLiteral("0 / 2"));
    QPushButton *ready = button("pickingReadyButton");
    QVERIFY(!ready->isEnabled());

    scanText(m_items.at(0).barcode);
    QVERIFY(!m_dialog->messageIsError());
    QCOMPARE(cell(0, 3), QStringLiteral("1 / 2"));
    QVERIFY(m_scan->text().isEmpty());
    QVERIFY(m_scan->hasFocus());
    scanText(m_items.at(0).barcode);
    scanText(m_items.at(1).reference);
    QVERIFY(!ready->isEnabled());
    scanText(m_items.at(2).barcode);
    QCOMPARE(cell(2, 3), QStringLiteral("1 / 1"));
    QVERIFY(m_dialog->message().contains(QStringLiteral("Order ready")));
    QVERIFY(ready->isEnabled());

    QSignalSpy readySpy(m_dialog.get(), &PickingDialog::readyRequested);
    QTest::keyClick(m_scan, Qt::Key_F10); // a button's shortcut clicks it as a click is animated (~100 ms)
    QTRY_COMPARE(readySpy.size(), 1);
    QCOMPARE(readySpy.at(0).at(0).toString(), OrderUuid);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestPickingDialog::wrongItemsShowInRed()
{
    scanText(m_items.at(4).barcode);
    QVERIFY(m_dialog->messageIsError());
    QVERIFY(m_dialog->message().contains(QStringLiteral("Wrong item")));
    scanText(QStringLiteral("4006381333931"));
    QVERIFY(m_dialog->messageIsError());
    QVERIFY(m_dialog->message().contains(QStringLiteral("4006381333931")));
    scanText(m_items.at(1).barcode);
    QVERIFY(!m_dialog->messageIsError());
    scanText(m_items.at(1).barcode);
    QVERIFY(m_dialog->messageIsError());
    QVERIFY(m_dialog->message().contains(QStringLiteral("One too many")));
    QCOMPARE(cell(1, 3), QStringLiteral("1 / 1"));
    QVERIFY(m_dialog->isVisible()); // no message box, the scanner goes on
    QVERIFY(m_scan->isEnabled());
}

void TestPickingDialog::missingIsCountedAndALineRefused()
{
    Database &db = m_shop->db();
    // ↓ twice from the scan field: line 3.
    QTest::keyClick(m_scan, Qt::Key_Down);
    QTest::keyClick(m_scan, Qt::Key_Down);
    QCOMPARE(m_table->currentRow(), 2);
    auto *spin = m_dialog->findChild<QSpinBox *>(QStringLiteral("pickingMissingSpin"));
    spin->setValue(1);
    QTest::keyClick(m_scan, Qt::Key_F4);
    QTRY_COMPARE(cell(2, 4), QStringLiteral("1"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT missing FROM order_picks WHERE line_no = 3")).toLongLong(),
             qint64(1));

    auto *reason = m_dialog->findChild<QLineEdit *>(QStringLiteral("pickingReasonEdit"));
    reason->setText(QStringLiteral("Plus en stock, désolé"));
    QTest::keyClick(m_scan, Qt::Key_F8);
    QTRY_VERIFY(cell(2, 5).contains(QStringLiteral("Plus en stock, désolé")));
    QVERIFY(!m_dialog->messageIsError());
    QVERIFY(cell(2, 5).contains(QStringLiteral("Plus en stock, désolé")));
    auto q
        = db.query(QStringLiteral("SELECT kind, payload FROM sync_outbox WHERE kind = 'order_line_refusal'"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("order_line_refusal"));
    const QJsonObject payload = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("line_no")).toInt(), 3);
    QCOMPARE(payload.value(QStringLiteral("by")).toString(), QStringLiteral("Caisse 1 · Marie"));

    // The rest picked: ready without the refused line.
    scanText(m_items.at(0).barcode);
    scanText(m_items.at(0).barcode);
    scanText(m_items.at(1).barcode);
    QVERIFY(button("pickingReadyButton")->isEnabled());
}

void TestPickingDialog::cancelledOnlineStopsThePicking()
{
    scanText(m_items.at(0).barcode);
    // The feed applies the cancellation; the sync's changesApplied reaches the dialog.
    QVERIFY(m_shop->db().exec(QStringLiteral("UPDATE online_orders SET status = 'cancelled' WHERE uuid = ?"),
                              {OrderUuid}));
    m_dialog->onOrderChanged();
    QVERIFY(m_dialog->messageIsError());
    QVERIFY(m_dialog->message().contains(QStringLiteral("cancelled online")));
    QVERIFY(!m_scan->isEnabled());
    QVERIFY(!button("pickingReadyButton")->isEnabled());
    QVERIFY(!button("pickingRefuseButton")->isEnabled());
}

void TestPickingDialog::cancellationSeenAtTheNextScan()
{
    QVERIFY(m_shop->db().exec(QStringLiteral("UPDATE online_orders SET status = 'cancelled' WHERE uuid = ?"),
                              {OrderUuid}));
    scanText(m_items.at(0).barcode);
    QVERIFY(m_dialog->message().contains(QStringLiteral("cancelled online")));
    QVERIFY(!m_scan->isEnabled());
    QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT count(*) FROM order_picks")).toLongLong(),
             qint64(0));
}

QTEST_MAIN(TestPickingDialog)
#include "tst_pickingdialog.moc"
