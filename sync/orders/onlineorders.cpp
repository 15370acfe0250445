// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/onlineorders.h"

#include "models/clock.h"
#include "models/outbox/outbox.h"
#include "models/storage/database.h"
#include "sync/logging.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <array>
#include <utility>

namespace comptoir {

namespace {

const std::array<std::pair<OrderStatus, const char *>, 6> StatusKeys = {{
    {OrderStatus::Placed, "placed"},
    {OrderStatus::Accepted, "accepted"},
    {OrderStatus::Rejected, "rejected"},
    {OrderStatus::Ready, "ready"},
    {OrderStatus::Collected, "collected"},
    {OrderStatus::Cancelled, "cancelled"},
}};

constexpr const char *SelectOrders
    = "SELECT id, uuid, number, status, pending_status, reason, customer_name, "
      "customer_phone, total_cents, placed_at, updated_at, payment, acknowledged_at FROM online_orders ";

// The protocol's limit on `by` (docs/marketplace-api.md §6.4).
constexpr int MaxByLength = 100;

QDateTime utc(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

// Each order's steps (online_order_steps), oldest first.
Status readSteps(const Database &db, QList<OnlineOrder> &orders)
{
    if (orders.isEmpty())
        return {};
    QHash<qint64, int> indexOf;
    QString ids;
    for (int i = 0; i < orders.size(); ++i) {
        indexOf.insert(orders.at(i).id, i);
        ids += (i ? QStringLiteral(",") : QString()) + QString::number(orders.at(i).id);
    }
    auto q = db.query(QStringLiteral("SELECT order_id, status, at, by_whom FROM online_order_steps "
                                     "WHERE order_id IN (")
                      + ids + QStringLiteral(") ORDER BY order_id, step_no"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const auto status = orderStatusFromKey(row.value(1).toString());
        const auto at = indexOf.constFind(row.value(0).toLongLong());
        if (!status || at == indexOf.constEnd())
            continue; // a step this version cannot name: shown without it
        orders[*at].steps << OnlineOrderStep {*status, utc(row.value(2)), row.value(3).toString()};
    }
    return {};
}

} // namespace

QString orderStatusKey(OrderStatus status)
{
    for (const auto &[value, key] : StatusKeys)
        if (value == status)
            return QLatin1String(key);
    return {};
}

QString orderPaymentKey(OrderPayment payment)
{
    return payment == OrderPayment::AtCollection ? QStringLiteral("at_collection") : QStringLiteral("online");
}

std::optional<OrderPayment> orderPaymentFromKey(const QString &key)
{
    if (key == QLatin1String("online"))
        return OrderPayment::Online;
    if (key == QLatin1String("at_collection"))
        return OrderPayment::AtCollection;
    return std::nullopt;
}

std::optional<OrderStatus> orderStatusFromKey(const QString &key)
{
    for (const auto &[value, text] : StatusKeys)
        if (key == QLatin1String(text))
            return value;
    return std::nullopt;
}

OrderStatus OnlineOrder::currentStatus() const
{
    if (OnlineOrders::isFinal(status) || !pendingStatus)
        return status;
    return *pendingStatus;
}

OnlineOrders::OnlineOrders(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

bool OnlineOrders::isFinal(OrderStatus status)
{
    return status == OrderStatus::Rejected || status == OrderStatus::Collected
        || status == OrderStatus::Cancelled;
}

bool OnlineOrders::isLegalTransition(OrderStatus from, OrderStatus to)
{
    if (from == to)
        return true; // applied with no effect (§13)
    switch (to) {
    case OrderStatus::Accepted:
        return from == OrderStatus::Placed;
    case OrderStatus::Ready:
        return from == OrderStatus::Accepted;
    case OrderStatus::Collected:
        return from == OrderStatus::Ready;
    case OrderStatus::Rejected:
        return from == OrderStatus::Placed || from == OrderStatus::Accepted || from == OrderStatus::Ready;
    case OrderStatus::Placed:
    case OrderStatus::Cancelled: // the marketplace's move, never the shop's
        return false;
    }
    return false;
}

Result<QList<OnlineOrder>> OnlineOrders::select(const QString &where, const QVariantList &bindings) const
{
    auto q = m_db.query(QLatin1String(SelectOrders) + where, bindings);
    if (!q)
        return q.error();
    QList<OnlineOrder> orders;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        OnlineOrder order;
        order.id = row.value(0).toLongLong();
        order.uuid = row.value(1).toString();
        order.number = row.value(2).toLongLong();
        const auto status = orderStatusFromKey(row.value(3).toString());
        if (!status)
            return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("unknown order status"));
        order.status = *status;
        if (!row.value(4).isNull())
            order.pendingStatus = orderStatusFromKey(row.value(4).toString());
        order.reason = row.value(5).toString();
        order.customerName = row.value(6).toString();
        order.customerPhone = row.value(7).toString();
        order.totalCents = row.value(8).toLongLong();
        order.placedAt = utc(row.value(9));
        order.updatedAt = utc(row.value(10));
        order.payment = orderPaymentFromKey(row.value(11).toString()).value_or(OrderPayment::Online);
        if (!row.value(12).isNull() && !row.value(12).toString().isEmpty())
            order.acknowledgedAt = utc(row.value(12));
        orders << order;
    }
    if (Status s = readLines(orders); !s)
        return s.error();
    if (Status s = readSteps(m_db, orders); !s)
        return s.error();
    return orders;
}

Status OnlineOrders::readLines(QList<OnlineOrder> &orders) const
{
    if (orders.isEmpty())
        return {};
    QHash<qint64, int> indexOf;
    QString ids;
    for (int i = 0; i < orders.size(); ++i) {
        indexOf.insert(orders.at(i).id, i);
        ids += (i ? QStringLiteral(",") : QString()) + QString::number(orders.at(i).id);
    }
    // Labels when the variant is known here (by id, or by uuid when the line arrived before it).
    auto q = m_db.query(
        QStringLiteral("SELECT l.order_id, l.line_no, l.variant_uuid, v.id, p.name, v.label, l.quantity, "
                       "l.unit_price_cents, l.refused, l.refusal_reason FROM online_order_lines l "
                       "LEFT JOIN variants v ON v.id = COALESCE(l.variant_id, "
                       "(SELECT id FROM variants WHERE uuid = l.variant_uuid)) "
                       "LEFT JOIN products p ON p.id = v.product_id WHERE l.order_id IN (")
        + ids + QStringLiteral(") ORDER BY l.order_id, l.line_no"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        OnlineOrderLine line;
        line.lineNo = row.value(1).toInt();
        line.variantUuid = row.value(2).toString();
        if (!row.value(3).isNull())
            line.variantId = row.value(3).toLongLong();
        line.productName = row.value(4).toString();
        line.variantLabel = row.value(5).toString();
        line.quantity = row.value(6).toLongLong();
        line.unitPriceCents = row.value(7).toLongLong();
        line.refused = row.value(8).toBool();
        line.refusalReason = row.value(9).toString();
        const auto at = indexOf.constFind(row.value(0).toLongLong());
        if (at != indexOf.constEnd())
            orders[*at].lines << line;
    }
    return {};
}

Result<QList<OnlineOrder>> OnlineOrders::openOrders() const
{
    return select(
        QStringLiteral("WHERE status IN ('placed', 'accepted', 'ready') ORDER BY placed_at, number"), {});
}

Result<OnlineOrder> OnlineOrders::find(const QString &orderUuid) const
{
    auto orders = select(QStringLiteral("WHERE uuid = ?"), {orderUuid});
    if (!orders)
        return orders.error();
    if (orders->isEmpty())
        return makeError(ErrorCode::NotFound, orderUuid);
    return orders->first();
}

Status OnlineOrders::transition(const QString &orderUuid, OrderStatus to, const QString &reason,
                                const QString &by)
{
    const QString trimmedReason = reason.trimmed();
    if (trimmedReason.size() > MaxReasonLength)
        return makeError(ErrorCode::ReasonTooLong, QString::number(MaxReasonLength));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto order = find(orderUuid);
    if (!order)
        return order.error();
    const OrderStatus from = order->currentStatus();
    if (!isLegalTransition(from, to) || isFinal(order->status)) {
        if (from == to)
            return {}; // already there: nothing to send
        qCInfo(lcSync) << "order" << order->number << "cannot move from" << orderStatusKey(from) << "to"
                       << orderStatusKey(to);
        return makeError(ErrorCode::IllegalOrderTransition, orderStatusKey(from));
    }
    if (from == to)
        return {};
    const QString toKey = orderStatusKey(to);
    if (Status s = m_db.exec(QStringLiteral("UPDATE online_orders SET pending_status = ? WHERE id = ?"),
                             {toKey, order->id});
        !s)
        return s;
    QJsonObject payload;
    payload.insert(QStringLiteral("order_id"), order->uuid);
    payload.insert(QStringLiteral("to"), toKey);
    if (!trimmedReason.isEmpty())
        payload.insert(QStringLiteral("reason"), trimmedReason);
    // Who takes the step (the operator's display name), shown in the order's history (§9 steps).
    if (const QString who = by.trimmed().left(MaxByLength); !who.isEmpty())
        payload.insert(QStringLiteral("by"), who);
    // Queued like every other mutation (models/outbox.h), in this transaction.
    if (Status s = queueMutation(m_db, m_clock, QStringLiteral("order_transition"), order->uuid, payload); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcSync) << "order" << order->number << "moved to" << toKey << "(queued)";
    return {};
}

} // namespace comptoir
