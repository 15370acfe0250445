// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/orderlinerefusals.h"

#include "models/outbox/outbox.h"
#include "models/storage/database.h"
#include "sync/logging.h"
#include "sync/orders/onlineorders.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir {

OrderLineRefusals::OrderLineRefusals(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Status OrderLineRefusals::refuseLine(const QString &orderUuid, int lineNo, const QString &reason,
                                     const QString &by)
{
    const QString trimmedReason = reason.trimmed();
    if (trimmedReason.size() > MaxReasonLength)
        return makeError(ErrorCode::ReasonTooLong, QString::number(MaxReasonLength));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto order = m_db.query(
        QStringLiteral("SELECT id, number, status, pending_status FROM online_orders WHERE uuid = ?"),
        {orderUuid});
    if (!order)
        return order.error();
    if (!order.value().next())
        return makeError(ErrorCode::NotFound, orderUuid);
    const qint64 orderId = order.value().value(0).toLongLong();
    const qint64 number = order.value().value(1).toLongLong();
    OnlineOrder state;
    state.status = orderStatusFromKey(order.value().value(2).toString()).value_or(OrderStatus::Cancelled);
    if (!order.value().value(3).isNull())
        state.pendingStatus = orderStatusFromKey(order.value().value(3).toString());
    auto line = m_db.query(
        QStringLiteral("SELECT refused FROM online_order_lines WHERE order_id = ? AND line_no = ?"),
        {orderId, lineNo});
    if (!line)
        return line.error();
    if (!line.value().next())
        return makeError(ErrorCode::NotFound, QString::number(lineNo));
    if (line.value().value(0).toInt() != 0 || OnlineOrders::isFinal(state.currentStatus()))
        return makeError(ErrorCode::OrderLineNotRefusable, QString::number(lineNo));
    if (Status s = m_db.exec(
            QStringLiteral("UPDATE online_order_lines SET refused = 1, refusal_reason = COALESCE(?, '') "
                           "WHERE order_id = ? AND line_no = ?"),
            {trimmedReason, orderId, lineNo});
        !s)
        return s;
    QJsonObject payload;
    payload.insert(QStringLiteral("order_id"), orderUuid);
    payload.insert(QStringLiteral("line_no"), lineNo);
    payload.insert(QStringLiteral("reason"), trimmedReason);
    const QString trimmedBy = by.trimmed().left(MaxByLength);
    if (!trimmedBy.isEmpty())
        payload.insert(QStringLiteral("by"), trimmedBy);
    if (Status s = queueMutation(m_db, m_clock, QStringLiteral("order_line_refusal"), orderUuid, payload); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcSync) << "order" << number << "line" << lineNo << "refused (queued)";
    return {};
}

} // namespace comptoir
