// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflicts/conflictlog.h"
#include "sync/conflicts/syncexceptions.h"
#include "sync/engine/synccontroller.h"
#include "sync/orders/onlineorders.h"
#include "sync/orders/orderacknowledgements.h"

#include <memory>

namespace comptoir {

class MainWindow;
class MarketplaceSection;
class OrderAlerts;
class OrdersPage;
class ShopSession;
class SyncExceptionsView;
class SyncPage;
class SyncStatusIndicator;

// The window side of the marketplace sync (issue 5): the SyncController (its engine on a worker
// thread, started when the shop is enrolled), the Orders and Synchronisation pages, and the status
// indicator in the main window's status bar, wired together. Built before the window (its pages
// use the objects here, so they are destroyed after it), installed into the window once it exists.
class ShopSync
{
public:
    // Builds the Orders and Synchronisation pages, wired to the controller; the window is given
    // them (ordersPage(), syncPage()) and takes them over.
    explicit ShopSync(ShopSession &session);
    ~ShopSync();
    ShopSync(const ShopSync &) = delete;
    ShopSync &operator=(const ShopSync &) = delete;

    OrdersPage *ordersPage() const { return m_ordersPage; }
    OrderAlerts &orderAlerts() { return *m_alerts; }
    OnlineOrders &orders() { return m_orders; }
    SyncPage *syncPage() const { return m_syncPage; }

    // Puts the indicator into window's status bar and the marketplace section into its Settings
    // page, and starts the sync when this till is enrolled (sync/enrollment.h). window shows the
    // pages of ordersPage() and syncPage().
    void install(MainWindow &window);

    SyncController &controller() { return m_controller; }
    // A local change queued outbox rows: the engine pushes them now.
    void nudge() { m_controller.nudge(); }
    // Opens the enrolment dialog (ui/enrollmentdialog.h) over the window; once enrolled, the
    // sync restarts with the new token and Réglages shows the new enrolment.
    void openEnrollmentDialog();
    // (Re)starts the SyncController with the enrolment in the database (after a new enrolment).
    void restart() { start(); }

private:
    void start();
    // The service levels, opening hours and alert settings read again (issue 16).
    void loadOrderSettings();

    ShopSession &m_session;
    OnlineOrders m_orders;
    SyncExceptions m_exceptions;
    ConflictLog m_conflicts;
    SyncController m_controller;
    OrderAcknowledgements m_acknowledgements;
    std::unique_ptr<OrderAlerts> m_alerts;
    SyncStatusIndicator *m_indicator = nullptr;
    OrdersPage *m_ordersPage = nullptr;
    SyncExceptionsView *m_exceptionsView = nullptr;
    SyncPage *m_syncPage = nullptr;
    MainWindow *m_window = nullptr;
    MarketplaceSection *m_marketplaceSection = nullptr;
};

} // namespace comptoir
