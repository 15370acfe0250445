// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticketdrafts.h"

#include "models/clock.h"
#include "models/logging.h"
#include "models/sales/businessday.h"
#include "models/sales/ticketcalculator.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir {

namespace {

// The draft's total when it can be computed, else the undiscounted sum (for listing only).
qint64 draftTotal(const SaleDraft &draft)
{
    auto totals = TicketCalculator::compute(draft.lines, draft.discount);
    if (totals)
        return totals->totalCents;
    qint64 sum = 0;
    for (const TicketLine &line : draft.lines)
        sum += line.quantity * line.unitPriceCents;
    return sum;
}

QVariant optionalOperator(qint64 operatorId)
{
    return operatorId != 0 ? QVariant(operatorId) : QVariant(QMetaType(QMetaType::LongLong));
}

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

TicketDrafts::TicketDrafts(Database &db, const Clock &clock, UuidV7Generator &uuids, FiscalChain &chain)
    : m_db(db), m_clock(clock), m_uuids(uuids), m_events(db, clock, uuids, chain)
{ }

Result<qint64> TicketDrafts::park(const SaleDraft &draft, const QString &label)
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    auto id = m_db.insert(
        QStringLiteral(
            "INSERT INTO parked_tickets (label, operator_id, parked_at, content) VALUES (?, ?, ?, ?)"),
        {label.isNull() ? QStringLiteral("") : label, optionalOperator(draft.operatorId),
         m_clock.now().toUTC().toString(Qt::ISODateWithMs), toText(draft.toJson())});
    if (id)
        qCInfo(lcModels) << "parked ticket" << *id << "lines" << draft.lines.size();
    return id;
}

Result<QList<ParkedTicket>> TicketDrafts::parked() const
{
    auto q = m_db.query(
        QStringLiteral("SELECT id, label, operator_id, parked_at, content FROM parked_tickets ORDER BY id"));
    if (!q)
        return q.error();
    QList<ParkedTicket> result;
    QSqlQuery &row = q.value();
    while (row.next()) {
        ParkedTicket p;
        p.id = row.value(0).toLongLong();
        p.label = row.value(1).toString();
        if (!row.value(2).isNull())
            p.operatorId = row.value(2).toLongLong();
        p.parkedAt = QDateTime::fromString(row.value(3).toString(), Qt::ISODateWithMs);
        p.parkedAt.setTimeZone(QTimeZone::utc());
        const auto draft
            = SaleDraft::fromJson(QJsonDocument::fromJson(row.value(4).toString().toUtf8()).object());
        if (draft) {
            p.totalCents = draftTotal(*draft);
            p.lineCount = int(draft->lines.size());
        }
        result.append(p);
    }
    return result;
}

Result<SaleDraft> TicketDrafts::resume(qint64 parkedId)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto q = m_db.query(QStringLiteral("SELECT content FROM parked_tickets WHERE id = ?"), {parkedId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, {},
                         QStringLiteral("parked ticket ") + QString::number(parkedId));
    const auto draft
        = SaleDraft::fromJson(QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object());
    if (!draft)
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("unreadable parked ticket"));
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM parked_tickets WHERE id = ?"), {parkedId}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *draft;
}

Status TicketDrafts::cancel(const SaleDraft &draft)
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    const qint64 total = draftTotal(draft);
    const QString uuid = m_uuids.next();
    const QDateTime now = m_clock.now();
    // The cancelled ticket and its event in the journal (chained, signed) together, or neither.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    // The business day a sale made now would belong to: after an early Z, the next one, so that
    // the next Z counts it (docs/closing.md).
    auto day = openBusinessDay(m_db, m_db.deviceId(), now);
    if (!day)
        return day.error();
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO cancelled_tickets (uuid, register_id, operator_id, "
                                            "cancelled_at, total_cents, line_count, content, business_day) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {uuid, m_db.deviceId(), optionalOperator(draft.operatorId),
                              now.toUTC().toString(Qt::ISODateWithMs), total, qint64(draft.lines.size()),
                              toText(draft.toJson()), day.value()});
        !s)
        return s;
    QJsonObject detail;
    detail.insert(QStringLiteral("business_day"), day.value());
    detail.insert(QStringLiteral("cancelled_uuid"), uuid);
    detail.insert(QStringLiteral("line_count"), qint64(draft.lines.size()));
    detail.insert(QStringLiteral("total_cents"), total);
    const std::optional<qint64> operatorId
        = draft.operatorId != 0 ? std::optional<qint64>(draft.operatorId) : std::nullopt;
    if (auto event = m_events.record(EventKind::TicketCancelled, operatorId, detail); !event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcModels) << "cancelled ticket in progress, lines" << draft.lines.size();
    return {};
}

} // namespace comptoir
