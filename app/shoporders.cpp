// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shoporders.h"

#include "app/applogging.h"
#include "app/shopsession.h"
#include "app/shopsync.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "sync/engine/synccontroller.h"
#include "ui/errortext.h"
#include "ui/orders/orderhistorydialog.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/oversellcasesdialog.h"
#include "ui/orders/pickingdialog.h"
#include "ui/orders/pickingslip.h"
#include "ui/till/tillcollection.h"
#include "ui/till/tillpage.h"
#include "ui/window/mainwindow.h"

namespace comptoir {

ShopOrders::ShopOrders(ShopSession &session, ShopSync &sync)
    : m_session(session),
      m_sync(sync),
      m_refusals(session.database(), session.clock()),
      m_history(session.database()),
      m_picking(session.database(), session.catalogue(), session.clock()),
      m_slips(std::make_unique<PickingSlipPrinter>(session.settings()))
{ }

ShopOrders::~ShopOrders() = default;

QString ShopOrders::whoActs() const
{
    QString till;
    if (auto identity = m_session.settings().identity())
        till = identity->tillName;
    const auto &signedIn = m_session.operatorSession().current();
    if (!signedIn)
        return till;
    return till.isEmpty() ? signedIn->name : till + QStringLiteral(" · ") + signedIn->name;
}

void ShopOrders::install(MainWindow &window, TillPage &till)
{
    m_window = &window;
    OrdersPage *page = m_sync.ordersPage();
    ShopOrders *self = this;
    SyncController *controller = &m_sync.controller();
    QObject::connect(page, &OrdersPage::prepareRequested, page,
                     [self](const QString &uuid) { self->openPicking(uuid); });
    QObject::connect(page, &OrdersPage::historyRequested, page, [self] { self->openHistory(); });
    QObject::connect(page, &OrdersPage::oversellRequested, page, [self] { self->openOversell(); });
    // An order collected at the till (paid online: its step is queued) goes up at once.
    if (TillCollection *collection = till.collection()) {
        QObject::connect(collection, &TillCollection::orderCollected, controller, &SyncController::nudge);
        QObject::connect(collection, &TillCollection::orderCollected, page, &OrdersPage::refresh);
    }
}

bool ShopOrders::openPicking(const QString &orderUuid)
{
    OrdersPage *page = m_sync.ordersPage();
    if (m_pickingDialog) {
        m_pickingDialog->raise();
        m_pickingDialog->activateWindow();
        return true;
    }
    if (Status started = m_picking.start(orderUuid); !started) {
        page->showMessage(errorText(started.error()));
        return false;
    }
    auto *dialog = new PickingDialog(m_picking, m_refusals, whoActs(), m_slips.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pickingDialog = dialog;
    SyncController *controller = &m_sync.controller();
    QObject::connect(
        &m_sync.controller(), &SyncController::changesApplied, dialog,
        [dialog](const SyncChanges &changes) {
            if (changes.orders)
                dialog->onOrderChanged();
        },
        Qt::QueuedConnection);
    // A refused line is queued by the dialog: pushed at once, and the page shows it.
    ShopOrders *self = this;
    QObject::connect(dialog, &QDialog::finished, page, [controller, page] {
        controller->nudge();
        page->refresh();
    });
    QObject::connect(
        dialog, &PickingDialog::readyRequested, page, [self, controller, page](const QString &uuid) {
            if (Status moved
                = self->m_sync.orders().transition(uuid, OrderStatus::Ready, {}, self->whoActs());
                !moved) {
                page->showMessage(errorText(moved.error()));
                return;
            }
            controller->nudge();
            page->refresh();
            page->selectOrder(uuid);
        });
    dialog->open();
    return true;
}

void ShopOrders::openHistory()
{
    auto *dialog = new OrderHistoryDialog(m_history, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ShopOrders::openOversell()
{
    auto *dialog = new OversellCasesDialog(m_session.oversellCases(), whoActs(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ShopOrders *self = this;
    SyncController *controller = &m_sync.controller();
    QObject::connect(dialog, &OversellCasesDialog::refuseLineRequested, dialog,
                     [self, dialog, controller](const QString &orderUuid, int lineNo, const QString &reason) {
                         const Status refused
                             = self->m_refusals.refuseLine(orderUuid, lineNo, reason, self->whoActs());
                         if (!refused)
                             qCWarning(lcApp)
                                 << "order line refusal not queued: error" << int(refused.error().code);
                         dialog->lineRefusalDone(refused.ok());
                         controller->nudge();
                     });
    QObject::connect(dialog, &QDialog::finished, controller, [controller] { controller->nudge(); });
    dialog->open();
}

} // namespace comptoir
