// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Synchronisation page's refused changes: Retry queues the change again, Discard asks a
// manager's PIN and is journalled; the conflict log is shown in words.
#include "fixtures.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "models/storage/database.h"
#include "sync/conflicts/conflictlog.h"
#include "sync/conflicts/syncexceptions.h"
#include "syncrows.h"
#include "ui/staff/pindialog.h"
#include "ui/sync/syncconflictsview.h"
#include "ui/sync/syncexceptionsview.h"
#include "ui/sync/syncpage.h"
#include "ui/sync/synctext.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

class TestSyncExceptionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheServersReasonInWords();
    void retryQueuesTheChange();
    void discardNeedsAManagerPin();
    void unknownCodeShownAsItIs();
    void conflictLogInWords();

private:
    QPushButton *button(const char *name) const
    {
        return m_view->findChild<QPushButton *>(QLatin1String(name));
    }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<SyncExceptions> m_exceptions;
    std::unique_ptr<ConflictLog> m_log;
    OperatorSession m_session;
    std::unique_ptr<SyncPage> m_page;
    SyncExceptionsView *m_view = nullptr;
    QTableWidget *m_table = nullptr;
    qint64 m_orderException = 0;
};

void TestSyncExceptionsView::init()
{
    m_shop = std::make_unique<TestShop>();
    Database &db = m_shop->db();
    m_operators = std::make_unique<Operators>(db, m_shop->clock, m_shop->events, 64);
    QVERIFY(m_operators->add(QStringLiteral("Inès"), OperatorRole::Manager, QStringLiteral("4321")));
    auto cashier = m_operators->add(QStringLiteral("Lucas"), OperatorRole::Cashier, QStringLiteral("1234"));
    QVERIFY(cashier);
    m_session.signIn(*m_operators->find(*cashier));
    QVERIFY(insertOrder(db, QStringLiteral("order-1"), 41, QStringLiteral("cancelled")) > 0);
    m_orderException = insertException(
        db, QStringLiteral("m-1"), 3, QStringLiteral("order_transition"), QStringLiteral("order-1"),
        QStringLiteral("{\"order_id\":\"order-1\",\"to\":\"collected\"}"),
        QStringLiteral("illegal_transition"), QStringLiteral("Order is cancelled."));
    QVERIFY(m_orderException > 0);
    m_exceptions = std::make_unique<SyncExceptions>(db, m_shop->clock, m_shop->events, *m_operators);
    m_log = std::make_unique<ConflictLog>(db);
    m_view = new SyncExceptionsView(*m_exceptions, *m_operators, m_session);
    m_page = std::make_unique<SyncPage>(m_shop->clock, m_view, new SyncConflictsView(*m_log, db.deviceId()));
    m_page->resize(1100, 700);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->showExceptions();
    m_table = m_view->findChild<QTableWidget *>(QStringLiteral("exceptionsTable"));
    QVERIFY(m_table);
}

void TestSyncExceptionsView::cleanup()
{
    m_page.reset();
    m_log.reset();
    m_exceptions.reset();
    m_operators.reset();
    m_session.signOut();
    m_shop.reset();
}

void TestSyncExceptionsView::listsTheServersReasonInWords()
{
    QCOMPARE(m_table->rowCount(), 1);
    QCOMPARE(m_table->item(0, 1)->text(), QStringLiteral("Order step"));
    QCOMPARE(m_table->item(0, 2)->text(), QStringLiteral("Order 41"));
    QCOMPARE(m_table->item(0, 3)->text(), SyncText::serverReason(QStringLiteral("illegal_transition")));
    QVERIFY(m_table->item(0, 3)->text() != QStringLiteral("illegal_transition"));
    QCOMPARE(m_table->item(0, 3)->toolTip(), QStringLiteral("Order is cancelled."));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("exceptionDetailLabel"))
                ->text()
                .contains(QStringLiteral("illegal_transition")));
}

void TestSyncExceptionsView::retryQueuesTheChange()
{
    QSignalSpy changed(m_view, &SyncExceptionsView::exceptionsChanged);
    QSignalSpy retried(m_view, &SyncExceptionsView::retried);
    QCOMPARE(m_view->selectedException(), m_orderException);
    QTest::mouseClick(button("retryButton"), Qt::LeftButton);

    QCOMPARE(retried.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), qint64(0));
    QCOMPARE(m_table->rowCount(), 0);
    QCOMPARE(outboxCount(m_shop->db()), qint64(1));
    QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT kind FROM sync_outbox")).toString(),
             QStringLiteral("order_transition"));
    QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT resolved_by FROM sync_exceptions WHERE id = ?"),
                    {m_orderException})
                 .toString(),
             QStringLiteral("Lucas"));
    QVERIFY(!button("retryButton")->isEnabled());
    QVERIFY(!m_view->message().isEmpty());
}

void TestSyncExceptionsView::discardNeedsAManagerPin()
{
    Database &db = m_shop->db();
    const qint64 eventsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM events")).toLongLong();
    QVERIFY(button("discardButton")->isEnabled());
    QVERIFY(button("discardButton")->isVisible());
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_F8);
    QTRY_VERIFY(m_view->pinDialog()); // a button's shortcut clicks it after a short animation
    PinDialog *pin = m_view->pinDialog();
    QVERIFY(pin->isVisible());
    QCOMPARE(pin->purpose(), PinDialog::Purpose::ManagerOverride);
    auto *edit = pin->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(edit);
    // The cashier's own PIN does not discard.
    QTest::keyClicks(edit, QStringLiteral("1234"));
    pin->accept();
    QVERIFY(pin->isVisible());
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM sync_exceptions WHERE id = ?"), {m_orderException})
                 .toString(),
             QStringLiteral("open"));
    QSignalSpy changed(m_view, &SyncExceptionsView::exceptionsChanged);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("4321"));
    pin->accept();

    QCOMPARE(changed.count(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM sync_exceptions WHERE id = ?"), {m_orderException})
                 .toString(),
             QStringLiteral("discarded"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'sync_error'")).toLongLong(),
             qint64(1));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM events")).toLongLong() > eventsBefore);
    QCOMPARE(outboxCount(db), qint64(0));
    QCOMPARE(m_table->rowCount(), 0);
}

void TestSyncExceptionsView::unknownCodeShownAsItIs()
{
    QVERIFY(insertException(m_shop->db(), QStringLiteral("m-2"), 4, QStringLiteral("teleport"),
                            QStringLiteral("x"), QStringLiteral("{}"), QStringLiteral("quantum_flux"))
            > 0);
    m_view->refresh();
    QCOMPARE(m_table->rowCount(), 2);
    QCOMPARE(m_table->item(1, 1)->text(), QStringLiteral("teleport"));
    QCOMPARE(m_table->item(1, 3)->text(), QStringLiteral("quantum_flux"));
    QCOMPARE(m_view->selectedException(), m_orderException); // the selection stays
}

void TestSyncExceptionsView::conflictLogInWords()
{
    Database &db = m_shop->db();
    QVERIFY(m_shop->populate(1));
    auto q
        = db.query(QStringLiteral("SELECT p.uuid, p.name, v.uuid, v.label FROM variants v JOIN products p ON "
                                  "p.id = v.product_id LIMIT 1"));
    QVERIFY(q && q.value().next());
    const QString product = q.value().value(0).toString();
    const QString variant = q.value().value(2).toString();
    const QString productName = q.value().value(1).toString();
    QVERIFY(insertConflict(db, QStringLiteral("c-1"), product, variant,
                           QStringLiteral("variants.") + variant + QStringLiteral(".price_cents"),
                           QStringLiteral("1450"), QStringLiteral("1390"),
                           QStringLiteral("device:") + db.deviceId(), QStringLiteral("marketplace"),
                           QStringLiteral("shop_owned_last_write_wins")));
    SyncChanges changes;
    changes.conflicts = true;
    m_page->onChangesApplied(changes);
    m_page->showConflicts();
    auto *table = m_page->conflictsView()->findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 1)->text().startsWith(productName));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Price"));
    QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("14")));
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("13")));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("This till"));
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("The marketplace"));
    QCOMPARE(SyncConflictsView::valueText(QStringLiteral("visible_online"), QStringLiteral("true")),
             QStringLiteral("yes"));
    QCOMPARE(SyncConflictsView::valueText(QStringLiteral("name"), QStringLiteral("\"Carnet\"")),
             QStringLiteral("Carnet"));
    QCOMPARE(SyncConflictsView::valueText(QStringLiteral("barcodes"), QStringLiteral("[\"1\",\"2\"]")),
             QStringLiteral("1, 2"));
}

QTEST_MAIN(TestSyncExceptionsView)
#include "tst_syncexceptionsview.moc"
