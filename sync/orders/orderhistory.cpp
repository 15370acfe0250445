// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/orderhistory.h"

#include "models/storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace comptoir {

namespace {

QDateTime utc(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// What LIKE must not read as wildcards.
QString likeEscaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return out;
}

constexpr const char *PhoneDigits = "replace(replace(replace(replace(replace(customer_phone, ' ', ''), '.', "
                                    "''), '-', ''), '(', ''), ')', '')";

} // namespace

OrderHistory::OrderHistory(Database &db) : m_db(db) { }

std::optional<qint64> OrderHistory::orderNumberIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:cmd\\s*-?\\s*|#)?(\\d{1,15})\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

Result<QList<OnlineOrder>> OrderHistory::search(const OrderHistoryQuery &query) const
{
    QStringList where;
    QVariantList bindings;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        QStringList any;
        if (const auto number = orderNumberIn(text)) {
            any << QStringLiteral("number = ?");
            bindings << *number;
        }
        any << QStringLiteral("customer_name LIKE ? ESCAPE '\\'");
        bindings << QString(QStringLiteral("%") + likeEscaped(text) + QStringLiteral("%"));
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[\\s.()\\-]")));
        if (digits.size() >= 2 && QRegularExpression(QStringLiteral("^\\+?\\d+$")).match(digits).hasMatch()) {
            any << QLatin1String(PhoneDigits) + QStringLiteral(" LIKE ?");
            bindings << QString(QStringLiteral("%") + digits + QStringLiteral("%"));
        }
        where << QStringLiteral("(") + any.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    }
    if (query.from.isValid()) {
        where << QStringLiteral("placed_at >= ?");
        bindings << utcText(query.from.startOfDay(query.timeZone));
    }
    if (query.to.isValid()) {
        where << QStringLiteral("placed_at < ?");
        bindings << utcText(query.to.addDays(1).startOfDay(query.timeZone));
    }
    if (query.status) {
        where << QStringLiteral("status = ?");
        bindings << orderStatusKey(*query.status);
    }
    return select(where.isEmpty() ? QString()
                                  : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                  bindings, query.limit);
}

Result<QList<OnlineOrder>> OrderHistory::select(const QString &where, QVariantList bindings, int limit) const
{
    const QString sql
        = QStringLiteral("SELECT id, uuid, number, status, pending_status, reason, customer_name, "
                         "customer_phone, total_cents, placed_at, updated_at, payment "
                         "FROM online_orders ")
        + where + QStringLiteral(" ORDER BY placed_at DESC, number DESC LIMIT ?");
    bindings << qMax(1, limit);
    auto q = m_db.query(sql, bindings);
    if (!q)
        return q.error();
    QList<OnlineOrder> orders;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        OnlineOrder order;
        order.id = row.value(0).toLongLong();
        order.uuid = row.value(1).toString();
        order.number = row.value(2).toLongLong();
        order.status = orderStatusFromKey(row.value(3).toString()).value_or(OrderStatus::Placed);
        if (!row.value(4).isNull())
            order.pendingStatus = orderStatusFromKey(row.value(4).toString());
        order.reason = row.value(5).toString();
        order.customerName = row.value(6).toString();
        order.customerPhone = row.value(7).toString();
        order.totalCents = row.value(8).toLongLong();
        order.placedAt = utc(row.value(9));
        order.updatedAt = utc(row.value(10));
        order.payment = orderPaymentFromKey(row.value(11).toString()).value_or(OrderPayment::Online);
        orders << order;
    }
    return orders;
}

Result<OnlineOrder> OrderHistory::details(const QString &orderUuid) const
{
    auto matches = select(QStringLiteral("WHERE uuid = ?"), {orderUuid}, 1);
    if (!matches)
        return matches.error();
    if (matches->isEmpty())
        return makeError(ErrorCode::NotFound, orderUuid);
    OnlineOrder result = matches->constFirst();
    const qint64 id = result.id;

    auto lines = m_db.query(
        QStringLiteral("SELECT l.line_no, l.variant_uuid, v.id, p.name, v.label, l.quantity, "
                       "l.unit_price_cents, l.refused, l.refusal_reason FROM online_order_lines l "
                       "LEFT JOIN variants v ON v.id = COALESCE(l.variant_id, "
                       "(SELECT id FROM variants WHERE uuid = l.variant_uuid)) "
                       "LEFT JOIN products p ON p.id = v.product_id WHERE l.order_id = ? ORDER BY l.line_no"),
        {id});
    if (!lines)
        return lines.error();
    while (lines.value().next()) {
        const QSqlQuery &row = lines.value();
        OnlineOrderLine line;
        line.lineNo = row.value(0).toInt();
        line.variantUuid = row.value(1).toString();
        if (!row.value(2).isNull())
            line.variantId = row.value(2).toLongLong();
        line.productName = row.value(3).toString();
        line.variantLabel = row.value(4).toString();
        line.quantity = row.value(5).toLongLong();
        line.unitPriceCents = row.value(6).toLongLong();
        line.refused = row.value(7).toInt() != 0;
        line.refusalReason = row.value(8).toString();
        result.lines << line;
    }
    auto steps = m_db.query(QStringLiteral("SELECT status, at, by_whom FROM online_order_steps "
                                           "WHERE order_id = ? ORDER BY step_no"),
                            {id});
    if (!steps)
        return steps.error();
    while (steps.value().next()) {
        const QSqlQuery &row = steps.value();
        const auto status = orderStatusFromKey(row.value(0).toString());
        if (!status)
            continue; // a status this version does not know: not shown
        result.steps << OnlineOrderStep {*status, utc(row.value(1)), row.value(2).toString()};
    }
    return result;
}

} // namespace comptoir
