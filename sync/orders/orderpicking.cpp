// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/orderpicking.h"

#include "models/catalogue/catalogue.h"
#include "models/clock.h"
#include "models/storage/database.h"
#include "sync/logging.h"

#include <QSqlQuery>

namespace comptoir {

namespace {

// The lines with what the catalogue knows of their variant (by id, or by uuid when the line came
// before its product), the category standing for the location, and the progress.
constexpr const char *SelectLines
    = "SELECT l.line_no, v.id, p.name, v.label, v.reference, "
      "(SELECT min(b.code) FROM barcodes b WHERE b.variant_id = v.id), c.name, l.quantity, "
      "COALESCE(k.picked, 0), COALESCE(k.missing, 0), l.refused, l.refusal_reason "
      "FROM online_order_lines l "
      "LEFT JOIN variants v ON v.id = COALESCE(l.variant_id, "
      "(SELECT id FROM variants WHERE uuid = l.variant_uuid)) "
      "LEFT JOIN products p ON p.id = v.product_id LEFT JOIN categories c ON c.id = p.category_id "
      "LEFT JOIN order_picks k ON k.order_id = l.order_id AND k.line_no = l.line_no "
      "WHERE l.order_id = ? ORDER BY l.line_no";

// One more of a line, in one statement; never past what was ordered. A missing count shrinks
// when the item turns up after all.
constexpr const char *PickOne
    = "INSERT INTO order_picks (order_id, line_no, picked, missing, updated_at) VALUES (?, ?, 1, 0, ?) "
      "ON CONFLICT (order_id, line_no) DO UPDATE SET picked = picked + 1, "
      "missing = min(missing, ? - picked - 1), updated_at = excluded.updated_at WHERE picked < ?";

QString stamp(const Clock &clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString orderCode(qint64 number)
{
    return QStringLiteral("CMD-") + QString::number(number);
}

OrderPicking::OrderPicking(Database &db, const Catalogue &catalogue, const Clock &clock)
    : m_db(db), m_catalogue(catalogue), m_clock(clock)
{ }

Status OrderPicking::start(const QString &orderUuid)
{
    m_order = {};
    m_lines.clear();
    m_stopped = false;
    if (Status s = readOrder(orderUuid); !s)
        return s;
    if (m_order.currentStatus() != OrderStatus::Accepted) {
        const QString key = orderStatusKey(m_order.currentStatus());
        m_order = {};
        return makeError(ErrorCode::OrderNotPickable, key);
    }
    if (Status s = readLines(); !s)
        return s;
    qCInfo(lcSync) << "picking order" << m_order.number << "started," << m_lines.size() << "lines";
    return {};
}

Status OrderPicking::reload()
{
    if (!isStarted())
        return makeError(ErrorCode::NotFound);
    if (Status s = readOrder(m_order.uuid); !s)
        return s;
    if (Status s = readLines(); !s)
        return s;
    if (m_order.currentStatus() != OrderStatus::Accepted && !m_stopped) {
        m_stopped = true;
        qCInfo(lcSync) << "picking order" << m_order.number << "stopped: now"
                       << orderStatusKey(m_order.currentStatus());
    }
    return {};
}

Status OrderPicking::readOrder(const QString &orderUuid)
{
    OnlineOrders orders(m_db, m_clock);
    auto order = orders.find(orderUuid);
    if (!order)
        return order.error();
    m_order = *order;
    m_order.lines.clear(); // ours, with locations and progress, are in m_lines
    return {};
}

Status OrderPicking::readLines()
{
    auto q = m_db.query(QLatin1String(SelectLines), {m_order.id});
    if (!q)
        return q.error();
    QList<PickLine> lines;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        PickLine line;
        line.lineNo = row.value(0).toInt();
        if (!row.value(1).isNull())
            line.variantId = row.value(1).toLongLong();
        line.productName = row.value(2).toString();
        line.variantLabel = row.value(3).toString();
        line.reference = row.value(4).toString();
        line.barcode = row.value(5).toString();
        line.location = row.value(6).toString();
        line.ordered = row.value(7).toLongLong();
        line.picked = row.value(8).toLongLong();
        line.missing = row.value(9).toLongLong();
        line.refused = row.value(10).toInt() != 0;
        line.refusalReason = row.value(11).toString();
        lines << line;
    }
    m_lines = lines;
    return {};
}

Result<bool> OrderPicking::stillPickable()
{
    if (m_stopped)
        return false;
    auto q = m_db.query(QStringLiteral("SELECT status, pending_status FROM online_orders WHERE id = ?"),
                        {m_order.id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, m_order.uuid);
    const auto status = orderStatusFromKey(q.value().value(0).toString());
    if (!status)
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("unknown order status"));
    m_order.status = *status;
    m_order.pendingStatus
        = q.value().value(1).isNull() ? std::nullopt : orderStatusFromKey(q.value().value(1).toString());
    if (m_order.currentStatus() == OrderStatus::Accepted)
        return true;
    m_stopped = true;
    qCInfo(lcSync) << "picking order" << m_order.number << "stopped: now"
                   << orderStatusKey(m_order.currentStatus());
    return false;
}

PickLine *OrderPicking::lineNumbered(int lineNo)
{
    for (PickLine &line : m_lines)
        if (line.lineNo == lineNo)
            return &line;
    return nullptr;
}

Result<ScanOutcome> OrderPicking::scan(const QString &code)
{
    ScanOutcome outcome;
    outcome.code = code.trimmed();
    if (!isStarted())
        return makeError(ErrorCode::NotFound);
    auto pickable = stillPickable();
    if (!pickable)
        return pickable.error();
    if (!*pickable) {
        outcome.result = PickResult::Stopped;
        return outcome;
    }
    auto found = m_catalogue.findVariantByCode(outcome.code);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        outcome.result = PickResult::UnknownCode;
        return outcome;
    }
    PickLine *target = nullptr;
    PickLine *refused = nullptr;
    PickLine *full = nullptr;
    for (PickLine &line : m_lines) {
        if (line.variantId != **found)
            continue;
        if (line.refused)
            refused = refused ? refused : &line;
        else if (line.picked >= line.ordered)
            full = full ? full : &line;
        else {
            target = &line;
            break;
        }
    }
    if (!target) {
        outcome.result = full ? PickResult::OverPick
            : refused         ? PickResult::LineRefused
                              : PickResult::NotInOrder;
        outcome.lineNo = full ? full->lineNo : refused ? refused->lineNo : 0;
        return outcome;
    }
    if (Status s = m_db.exec(QLatin1String(PickOne),
                             {m_order.id, target->lineNo, stamp(m_clock), target->ordered, target->ordered});
        !s)
        return s.error();
    ++target->picked;
    target->missing = qMin(target->missing, target->ordered - target->picked);
    outcome.lineNo = target->lineNo;
    if (progress().complete())
        outcome.result = PickResult::OrderComplete;
    else
        outcome.result = target->isDone() ? PickResult::LineComplete : PickResult::Picked;
    return outcome;
}

Status OrderPicking::markMissing(int lineNo, qint64 n)
{
    if (!isStarted())
        return makeError(ErrorCode::NotFound);
    PickLine *line = lineNumbered(lineNo);
    if (!line || line->refused)
        return makeError(ErrorCode::NotFound, QString::number(lineNo));
    if (n < 0 || n > line->ordered - line->picked)
        return makeError(ErrorCode::InvalidQuantity, QString::number(n));
    auto pickable = stillPickable();
    if (!pickable)
        return pickable.error();
    if (!*pickable)
        return makeError(ErrorCode::OrderNotPickable, orderStatusKey(m_order.currentStatus()));
    if (Status s
        = m_db.exec(QStringLiteral("INSERT INTO order_picks (order_id, line_no, picked, missing, updated_at) "
                                   "VALUES (?, ?, 0, ?, ?) ON CONFLICT (order_id, line_no) DO UPDATE SET "
                                   "missing = excluded.missing, updated_at = excluded.updated_at"),
                    {m_order.id, lineNo, n, stamp(m_clock)});
        !s)
        return s;
    line->missing = n;
    return {};
}

PickProgress OrderPicking::progress() const
{
    PickProgress progress;
    for (const PickLine &line : m_lines) {
        if (line.refused)
            continue;
        ++progress.lines;
        progress.linesDone += line.isDone() ? 1 : 0;
        progress.ordered += line.ordered;
        progress.picked += line.picked;
        progress.missing += line.missing;
    }
    return progress;
}

} // namespace comptoir
