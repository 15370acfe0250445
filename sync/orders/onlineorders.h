// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;

// OrderStatus (docs/marketplace-api.md §13) is the protocol's, from marketplacetypes.h.
QString orderStatusKey(OrderStatus status); // "placed", "accepted"… (as stored and sent)
std::optional<OrderStatus> orderStatusFromKey(const QString &key);

struct OnlineOrderLine
{
    int lineNo = 0;
    QString variantUuid;
    std::optional<qint64> variantId; // empty when the variant is not known here yet
    QString productName; // empty when the variant is not known here
    QString variantLabel;
    qint64 quantity = 0;
    qint64 unitPriceCents = 0;
    bool refused = false; // refused alone by the shop (a partial order, issue 16)
    QString refusalReason; // shown to the customer
};

// How an order is paid (docs/marketplace-api.md §9): online when ordered, or at the till when
// collected (then its lines become an ordinary fiscal ticket, linked in order_tickets).
enum class OrderPayment { Online, AtCollection };
QString orderPaymentKey(OrderPayment payment); // "online", "at_collection"
std::optional<OrderPayment> orderPaymentFromKey(const QString &key);

// One step of an order as the marketplace published it (history): the status reached, when
// (UTC), and who took it ("Caisse 1 · Marie", empty for the marketplace's own steps).
struct OnlineOrderStep
{
    OrderStatus status = OrderStatus::Placed;
    QDateTime at;
    QString by;
};

// An order as the marketplace last published it, with the transition this till queued and the
// marketplace has not yet acknowledged (pendingStatus). Customer data is personal: shown, never
// logged.
struct OnlineOrder
{
    qint64 id = 0;
    QString uuid;
    qint64 number = 0;
    OrderStatus status = OrderStatus::Placed;
    std::optional<OrderStatus> pendingStatus;
    QString reason;
    QString customerName;
    QString customerPhone;
    qint64 totalCents = 0;
    QDateTime placedAt; // UTC
    QDateTime updatedAt; // UTC
    OrderPayment payment = OrderPayment::Online;
    QDateTime acknowledgedAt; // UTC; invalid until a person at this till saw the order (local)
    QList<OnlineOrderLine> lines;
    QList<OnlineOrderStep> steps; // oldest first

    // What the till works from: the queued transition while the order is still open on the
    // marketplace, the marketplace's status once it is final (a cancelled order stays cancelled
    // whatever was queued here).
    OrderStatus currentStatus() const;
};

// Online orders ("click & collect") on the till's side: the list the Commandes page shows, and
// the shop's transitions (accept, reject, ready, collected), queued for the marketplace.
class OnlineOrders
{
public:
    static constexpr int MaxReasonLength = 500;

    OnlineOrders(Database &db, const Clock &clock);

    // The orders still open on the marketplace (placed, accepted, ready), oldest first, with
    // their lines.
    Result<QList<OnlineOrder>> openOrders() const;
    // Errors: NotFound (subject: the uuid).
    Result<OnlineOrder> find(const QString &orderUuid) const;

    // §13: may the shop move an order from `from` to `to`? A move to the same status is legal
    // (it has no effect); cancelled is the marketplace's, never the shop's.
    static bool isLegalTransition(OrderStatus from, OrderStatus to);
    static bool isFinal(OrderStatus status);

    // In one transaction: checks the move from the order's current status, sets pending_status
    // and queues an `order_transition` outbox row {order_id, to, reason?}. A move to the status the
    // order already has changes nothing and queues nothing. Errors: NotFound, IllegalOrderTransition
    // (subject: the current status key), ReasonTooLong (subject: the limit), DatabaseQueryFailed.
    // `by` (issue 16): who takes the step ("Caisse 1 · Marie"), sent with it (≤ 100 characters).
    Status transition(const QString &orderUuid, OrderStatus to, const QString &reason = {},
                      const QString &by = {});

private:
    Result<QList<OnlineOrder>> select(const QString &where, const QVariantList &bindings) const;
    Status readLines(QList<OnlineOrder> &orders) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::OnlineOrder)
