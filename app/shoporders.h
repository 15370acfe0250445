// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/orders/orderhistory.h"
#include "sync/orders/orderlinerefusals.h"
#include "sync/orders/orderpicking.h"
#include "ui/orders/pickingdialog.h"

#include <QPointer>

#include <memory>

namespace comptoir {

class MainWindow;
class OrdersPage;
class PickingSlipPrinter;
class ShopSession;
class ShopSync;
class TillPage;

// Issue 16 in the window: what the Commandes page's buttons open (the picking of the selected
// order with its slip, the history, the oversold items) and the till's collected orders, wired to
// the sync (each step queued is pushed at once; an order the feed changed reaches the open
// picking). Who takes a step is "<till> · <operator>" (sent with it to the marketplace).
class ShopOrders
{
public:
    ShopOrders(ShopSession &session, ShopSync &sync);
    ~ShopOrders();
    ShopOrders(const ShopOrders &) = delete;
    ShopOrders &operator=(const ShopOrders &) = delete;

    void install(MainWindow &window, TillPage &till);

    // "Caisse 1 · Marie" (the till's name, then the signed-in operator's when any).
    QString whoActs() const;

    // Opens the picking of an accepted order (false, with the reason on the Commandes page, when
    // it cannot be prepared).
    bool openPicking(const QString &orderUuid);
    void openHistory();
    void openOversell();
    PickingDialog *pickingDialog() const { return m_pickingDialog; }

private:
    ShopSession &m_session;
    ShopSync &m_sync;
    OrderLineRefusals m_refusals;
    OrderHistory m_history;
    OrderPicking m_picking;
    std::unique_ptr<PickingSlipPrinter> m_slips;
    MainWindow *m_window = nullptr;
    QPointer<PickingDialog> m_pickingDialog;
};

} // namespace comptoir
