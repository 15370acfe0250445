// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/orders/onlineorders.h"
#include "sync/orders/orderdeadlines.h"
#include "sync/syncstatus.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace comptoir {

class Clock;
class RejectOrderDialog;

// The Orders page ("Commandes"): the online orders still open ("ordersTable": number, placed at,
// customer, lines, total, status), the selected order's lines ("orderLinesLabel"), and the shop's
// steps, each enabled only when the order's current status allows it (docs/marketplace-api.md §13):
// "acceptButton" (F2), "rejectButton" (F3, asks an optional reason shown to the customer),
// "readyButton" (F4), "collectedButton" (F6); "refreshButton" (F5). A step is queued at once (the
// status shows "sending…" until the marketplace confirms) and transitionQueued() is emitted so
// the sync engine pushes it. The list is read again on SyncController::changesApplied.
// Issue 16: a "Time left" column (its deadline for the current step, OrderDeadlines) says the time
// left in words and turns amber, then red (never colour alone), recomputed every 30 s; when the
// page lists orders while the window is in front, ordersSeen() says which (OrderAlerts records
// them as seen). The page never takes the focus unless it is the page shown.
class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(OnlineOrders &orders, QWidget *parent = nullptr);

    // The deadlines shown and the clock they are counted on (the system's until set).
    void setDeadlines(const OrderDeadlines &deadlines, const Clock *clock = nullptr);
    // Recomputes the "Time left" column (every 30 s by itself).
    void refreshDeadlines();
    // "25 min", "12 min — soon", "4 min — hurry", "late by 5 min", "" (no deadline).
    static QString timeLeftText(const OrderDeadline &deadline);
    // Emits ordersSeen() when the page is shown, lists orders and the window is in front (after
    // each refresh, on activation; connect OrderAlerts::countChanged to it, queued).
    void reportSeen();

    void refresh();
    void onChangesApplied(const comptoir::SyncChanges &changes);

    // Selects the order (false when it is not listed).
    bool selectOrder(const QString &orderUuid);
    QString selectedOrder() const; // its uuid, empty when none
    const QList<OnlineOrder> &orders() const { return m_orders; }
    QString message() const;
    void showMessage(const QString &text); // on the page's message line
    RejectOrderDialog *rejectDialog() const;

    // "Accepted", or "Ready (sending…)" while the step is queued.
    static QString statusText(const OnlineOrder &order);

Q_SIGNALS:
    void transitionQueued();
    // Issue 16: the buttons of the selected order's preparation (F7), the history (F8) and the
    // oversold items (F9); the window opens their dialogs.
    void prepareRequested(const QString &orderUuid);
    void historyRequested();
    void oversellRequested();
    // The orders listed while the page was shown and the window in front (uuids).
    void ordersSeen(const QStringList &orderUuids);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void move(OrderStatus to, const QString &reason = {});
    void askRejection();
    void updateSelection();
    std::optional<OnlineOrder> current() const;

    OnlineOrders &m_store;
    QList<OnlineOrder> m_orders;
    QTableWidget *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_linesLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_readyButton = nullptr;
    QPushButton *m_collectedButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_prepareButton = nullptr;
    QPointer<RejectOrderDialog> m_rejectDialog;
    OrderDeadlines m_deadlines {ServiceLevels {}, OpeningHours {}};
    const Clock *m_clock = nullptr;
    QTimer m_deadlineTimer;
};

} // namespace comptoir
