// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/conflicts/syncexceptions.h"

#include "models/clock.h"
#include "models/fiscal/eventjournal.h"
#include "models/storage/database.h"
#include "sync/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir {

namespace {

// With the names of what each exception is about, when known here.
constexpr const char *SelectExceptions
    = "SELECT e.id, e.mutation_id, e.seq, e.kind, e.entity_id, e.payload, e.code, e.message, e.field, "
      "e.parked_at, p.name, v.label, o.number FROM sync_exceptions e "
      "LEFT JOIN variants v ON v.uuid = json_extract(e.payload, '$.variant_id') "
      "LEFT JOIN products p ON p.uuid = COALESCE(json_extract(e.payload, '$.product_id'), "
      "(SELECT uuid FROM products WHERE id = v.product_id)) "
      "LEFT JOIN online_orders o ON o.uuid = json_extract(e.payload, '$.order_id') ";

SyncException readException(const QSqlQuery &q)
{
    SyncException e;
    e.id = q.value(0).toLongLong();
    e.mutationId = q.value(1).toString();
    e.seq = q.value(2).toLongLong();
    e.kind = q.value(3).toString();
    e.entityId = q.value(4).toString();
    e.payload = q.value(5).toString();
    e.code = q.value(6).toString();
    e.message = q.value(7).toString();
    e.field = q.value(8).toString();
    e.parkedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs).toUTC();
    e.productName = q.value(10).toString();
    e.variantLabel = q.value(11).toString();
    e.orderNumber = q.value(12).toLongLong();
    return e;
}

} // namespace

SyncExceptions::SyncExceptions(Database &db, const Clock &clock, EventJournal &events,
                               const Operators &operators)
    : m_db(db), m_clock(clock), m_events(events), m_operators(operators)
{ }

Result<QList<SyncException>> SyncExceptions::openExceptions() const
{
    auto q = m_db.query(QLatin1String(SelectExceptions)
                        + QStringLiteral("WHERE e.state = 'open' ORDER BY e.id"));
    if (!q)
        return q.error();
    QList<SyncException> list;
    while (q.value().next())
        list << readException(q.value());
    return list;
}

Result<qint64> SyncExceptions::openCount() const
{
    auto q = m_db.query(QStringLiteral("SELECT count(*) FROM sync_exceptions WHERE state = 'open'"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("no count"));
    return q.value().value(0).toLongLong();
}

Result<SyncException> SyncExceptions::openException(qint64 id) const
{
    auto q = m_db.query(
        QLatin1String(SelectExceptions) + QStringLiteral("WHERE e.id = ? AND e.state = 'open'"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(id));
    return readException(q.value());
}

Result<QString> SyncExceptions::currentPayload(const SyncException &exception) const
{
    QJsonObject payload = QJsonDocument::fromJson(exception.payload.toUtf8()).object();
    const QString productId = payload.value(QStringLiteral("product_id")).toString();
    if (!payload.contains(QStringLiteral("base_version")) || productId.isEmpty())
        return exception.payload;
    auto q = m_db.query(QStringLiteral("SELECT server_version FROM products WHERE uuid = ?"), {productId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return exception.payload; // not known here (yet): the payload goes as it was
    payload.insert(QStringLiteral("base_version"), q.value().value(0).toLongLong());
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Result<qint64> SyncExceptions::retry(qint64 id, const std::optional<OperatorInfo> &by)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto exception = openException(id);
    if (!exception)
        return exception.error();
    auto payload = currentPayload(*exception);
    if (!payload)
        return payload.error();
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    if (Status s = m_db.exec(QStringLiteral("UPDATE sync_exceptions SET state = 'retried', resolved_at = ?, "
                                            "resolved_by = ? WHERE id = ? AND state = 'open'"),
                             {now, by ? by->name : QString(), id});
        !s)
        return s.error();
    auto rowId = m_db.insert(QStringLiteral("INSERT INTO sync_outbox (kind, entity_id, payload, created_at) "
                                            "VALUES (?, ?, ?, ?)"),
                             {exception->kind, exception->entityId, *payload, now});
    if (!rowId)
        return rowId.error();
    auto seq = m_db.query(QStringLiteral("SELECT seq FROM sync_outbox WHERE id = ?"), {*rowId});
    if (!seq)
        return seq.error();
    if (!seq.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("queued row not found"));
    const qint64 newSeq = seq.value().value(0).toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcSync) << "exception" << id << "retried:" << exception->kind << "queued again as seq" << newSeq;
    return newSeq;
}

Status SyncExceptions::discard(qint64 id, const OperatorInfo &manager)
{
    // The role is read back from the operators table: only a stored, active manager may discard.
    auto stored = m_operators.find(manager.id);
    if (!stored && stored.error().code != ErrorCode::NotFound)
        return stored.error();
    if (!stored || !stored->isManager() || !stored->active)
        return makeError(ErrorCode::NotAManager);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto exception = openException(id);
    if (!exception)
        return exception.error();
    if (Status s
        = m_db.exec(QStringLiteral("UPDATE sync_exceptions SET state = 'discarded', resolved_at = ?, "
                                   "resolved_by = ? WHERE id = ? AND state = 'open'"),
                    {m_clock.now().toUTC().toString(Qt::ISODateWithMs), stored->name, id});
        !s)
        return s;
    QJsonObject detail;
    detail.insert(QStringLiteral("action"), QStringLiteral("discard"));
    detail.insert(QStringLiteral("mutation_id"), exception->mutationId);
    detail.insert(QStringLiteral("kind"), exception->kind);
    detail.insert(QStringLiteral("code"), exception->code);
    if (auto event = m_events.record(EventKind::SyncError, stored->id, detail); !event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcSync) << "exception" << id << "discarded by operator" << stored->id;
    return {};
}

} // namespace comptoir
