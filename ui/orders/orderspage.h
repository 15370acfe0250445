// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/orders/onlineorders.h"
#include "sync/syncstatus.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace comptoir {

class RejectOrderDialog;

// The Orders page ("Commandes"): the online orders still open ("ordersTable": number, placed at,
// customer, lines, total, status), the selected order's lines ("orderLinesLabel"), and the shop's
// steps, each enabled only when the order's current status allows it (docs/marketplace-api.md §13):
// "acceptButton" (F2), "rejectButton" (F3, asks an optional reason shown to the customer),
// "readyButton" (F4), "collectedButton" (F6); "refreshButton" (F5). A step is queued at once (the
// status shows "sending…" until the marketplace confirms) and transitionQueued() is emitted so
// the sync engine pushes it. The list is read again on SyncController::changesApplied.
class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(OnlineOrders &orders, QWidget *parent = nullptr);

    void refresh();
    void onChangesApplied(const comptoir::SyncChanges &changes);

    // Selects the order (false when it is not listed).
    bool selectOrder(const QString &orderUuid);
    QString selectedOrder() const; // its uuid, empty when none
    const QList<OnlineOrder> &orders() const { return m_orders; }
    QString message() const;
    RejectOrderDialog *rejectDialog() const;

    // "Accepted", or "Ready (sending…)" while the step is queued.
    static QString statusText(const OnlineOrder &order);

Q_SIGNALS:
    void transitionQueued();

protected:
    void showEvent(QShowEvent *event) override;

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
    QPointer<RejectOrderDialog> m_rejectDialog;
};

} // namespace comptoir
