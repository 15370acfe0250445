// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/orderreplicawriter.h"

#include "models/storage/database.h"
#include "sync/client/marketplacechanges.h"
#include "sync/engine/replicalookups.h"

namespace comptoir {

namespace {

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// How far along the shop's path an order status is (§13); final states end it.
int statusRank(const QString &status)
{
    static const QStringList path = {QStringLiteral("placed"), QStringLiteral("accepted"),
                                     QStringLiteral("ready"), QStringLiteral("collected")};
    return int(path.indexOf(status));
}

bool isFinal(OrderStatus status)
{
    return status == OrderStatus::Collected || status == OrderStatus::Rejected
        || status == OrderStatus::Cancelled;
}

} // namespace

OrderReplicaWriter::OrderReplicaWriter(Database &db, SyncChanges &changed) : m_db(db), m_changed(changed) { }

void OrderReplicaWriter::addPendingTransition(const QJsonObject &payload)
{
    m_pendingTransitions.insert(payload.value(QLatin1String("order_id")).toString());
}

void OrderReplicaWriter::addPendingRefusal(const QJsonObject &payload)
{
    m_pendingRefusals[payload.value(QLatin1String("order_id")).toString()].insert(
        payload.value(QLatin1String("line_no")).toInteger(),
        payload.value(QLatin1String("reason")).toString());
}

Status OrderReplicaWriter::writeSteps(qint64 orderId, const OrderState &order)
{
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM online_order_steps WHERE order_id = ?"), {orderId});
        !s)
        return s;
    int stepNo = 0;
    for (const OrderStep &step : order.steps) {
        if (Status s
            = m_db.exec(QStringLiteral("INSERT INTO online_order_steps (order_id, step_no, status, at, "
                                       "by_whom) VALUES (?, ?, ?, ?, ?)"),
                        {orderId, ++stepNo, orderStatusName(step.status), iso(step.at), text(step.by)});
            !s)
            return s;
    }
    return {};
}

Status OrderReplicaWriter::variantArrived(qint64 variantId, const QString &uuid)
{
    if (!m_unplacedLines)
        return {};
    return m_db.exec(QStringLiteral("UPDATE online_order_lines SET variant_id = ? "
                                    "WHERE variant_uuid = ? AND variant_id IS NULL"),
                     {variantId, uuid});
}

Status OrderReplicaWriter::applyOrder(const OrderState &order)
{
    const QString status = orderStatusName(order.status);
    auto found = firstRow(m_db, QStringLiteral("SELECT id, pending_status FROM online_orders WHERE uuid = ?"),
                          {order.orderId});
    if (!found)
        return found.error();
    const QString name = text(order.customer.value(QLatin1String("name")).toString());
    const QString phone = text(order.customer.value(QLatin1String("phone")).toString());
    qint64 orderId = 0;
    if (*found) {
        orderId = (**found).at(0).toLongLong();
        const QString pending = (**found).at(1).toString();
        // The transition queued here is settled once the server's status reached it (or went past
        // it, another till having moved the order on), or the order ended.
        // A transition the marketplace has answered (no unacknowledged row left) is settled too: if it
        // was refused, the order keeps the server's status and the refusal is an exception.
        const bool reached = statusRank(pending) >= 0 && statusRank(status) >= statusRank(pending);
        const bool settled = pending.isEmpty() || reached || isFinal(order.status)
            || !m_pendingTransitions.contains(order.orderId);
        if (Status s = m_db.exec(
                QStringLiteral(
                    "UPDATE online_orders SET number = ?, status = ?, pending_status = ?, reason = ?, "
                    "customer_name = ?, customer_phone = ?, total_cents = ?, placed_at = ?, "
                    "updated_at = ?, payment = ? WHERE id = ?"),
                {order.number, status, settled ? QVariant(QMetaType(QMetaType::QString)) : QVariant(pending),
                 text(order.reason), name, phone, order.totalCents, iso(order.placedAt), iso(order.updatedAt),
                 order.payment, orderId});
            !s)
            return s;
    } else {
        auto inserted = m_db.insert(
            QStringLiteral("INSERT INTO online_orders (uuid, number, status, reason, customer_name, "
                           "customer_phone, total_cents, placed_at, updated_at, payment) VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?)"),
            {order.orderId, order.number, status, text(order.reason), name, phone, order.totalCents,
             iso(order.placedAt), iso(order.updatedAt), order.payment});
        if (!inserted)
            return inserted.error();
        orderId = *inserted;
    }
    m_unplacedLines = true; // a line may name a variant not known yet
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM online_order_lines WHERE order_id = ?"), {orderId});
        !s)
        return s;
    const QHash<qint64, QString> refusedHere = m_pendingRefusals.value(order.orderId);
    for (const OrderLine &line : order.lines) {
        auto variantId = variantIdOf(m_db, line.variantId);
        if (!variantId)
            return variantId.error();
        // A refusal queued here and not yet answered keeps the line refused (with its reason).
        const bool pendingRefusal
            = !line.refused && refusedHere.contains(line.lineNo) && !isFinal(order.status);
        if (Status s = m_db.exec(
                QStringLiteral(
                    "INSERT INTO online_order_lines (order_id, line_no, variant_uuid, variant_id, "
                    "quantity, unit_price_cents, refused, refusal_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {orderId, line.lineNo, line.variantId,
                 *variantId ? QVariant(**variantId) : QVariant(QMetaType(QMetaType::LongLong)), line.quantity,
                 line.unitPriceCents, line.refused || pendingRefusal ? 1 : 0,
                 text(pendingRefusal ? refusedHere.value(line.lineNo) : line.refusalReason)});
            !s)
            return s;
    }
    if (Status s = writeSteps(orderId, order); !s)
        return s;
    m_changed.orders = true;
    return {};
}

} // namespace comptoir
