// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/outboxstore.h"

#include "models/clock.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "sync/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir {

namespace {

QString statusKey(const MutationResult &result)
{
    // A duplicate of a rejected mutation is stored as rejected: acknowledge() parks it, so an
    // exception whose first answer was lost does not vanish (docs/marketplace-api.md §6.3).
    if (result.rejected())
        return QStringLiteral("rejected");
    return result.status == MutationStatus::Duplicate ? QStringLiteral("duplicate")
                                                      : QStringLiteral("applied");
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

struct OutboxRow
{
    qint64 id = 0;
    Mutation mutation;
    bool needsId = false;
};

} // namespace

OutboxStore::OutboxStore(Database &db, const Clock &clock, UuidV7Generator &uuids)
    : m_db(db), m_clock(clock), m_uuids(uuids)
{ }

Result<QList<Mutation>> OutboxStore::nextBatch(int limit)
{
    if (limit <= 0)
        return QList<Mutation> {};
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();

    auto rows
        = m_db.query(QStringLiteral("SELECT id, seq, kind, payload, created_at, mutation_id FROM sync_outbox "
                                    "WHERE result_status IS NULL AND seq IS NOT NULL ORDER BY seq LIMIT ?"),
                     {limit});
    if (!rows)
        return rows.error();
    QList<OutboxRow> batch;
    QSqlQuery &q = rows.value();
    while (q.next()) {
        OutboxRow row;
        row.id = q.value(0).toLongLong();
        row.mutation.seq = q.value(1).toLongLong();
        if (!batch.isEmpty() && row.mutation.seq != batch.constLast().mutation.seq + 1)
            break; // contiguous from the lowest: the rest follows once the gap has its result
        row.mutation.kind = q.value(2).toString();
        const QJsonDocument payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8());
        if (!payload.isObject()) {
            // Sent as an empty object: the server rejects it (invalid_field) and it is parked with
            // the text as stored, so the queue does not block on it.
            qCWarning(lcSync) << "outbox row" << row.mutation.seq
                              << "has a payload that is not a JSON object";
        }
        row.mutation.payload = payload.object();
        QDateTime occurred = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        if (!occurred.isValid())
            occurred = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        row.mutation.occurredAt = occurred.isValid() ? occurred.toUTC() : m_clock.now().toUTC();
        row.mutation.id = q.value(5).toString();
        row.needsId = q.value(5).isNull() || row.mutation.id.isEmpty();
        batch.append(row);
    }
    q.finish();

    QList<Mutation> mutations;
    mutations.reserve(batch.size());
    for (OutboxRow &row : batch) {
        if (row.needsId) {
            row.mutation.id = m_uuids.next();
            const Status set
                = m_db.exec(QStringLiteral("UPDATE sync_outbox SET mutation_id = ? WHERE id = ?"),
                            {row.mutation.id, row.id});
            if (!set)
                return set.error();
        }
        mutations.append(row.mutation);
    }
    const Status committed = transaction.commit();
    if (!committed)
        return committed.error();
    return mutations;
}

Status OutboxStore::recordResults(const PushResult &result)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    for (const MutationResult &one : result.results) {
        QString code = one.code;
        QString message = one.message;
        if (one.rejected() && code.isEmpty())
            code = QStringLiteral("rejected");
        if (one.rejected() && code == QLatin1String("photo_missing")) {
            // The photo did not go up because the marketplace refused it (PhotoUploader): the
            // exception says why in its words rather than only that it is missing.
            auto refused = m_db.query(
                QStringLiteral("SELECT refused_code, refused_reason FROM photo_files WHERE sha256 = ?"
                               " AND refused_code IS NOT NULL"),
                {one.field});
            if (!refused)
                return refused.error();
            if (refused.value().next()) {
                code = refused.value().value(0).toString();
                message = refused.value().value(1).toString();
            }
            refused.value().finish();
        }
        const Status set = m_db.exec(
            QStringLiteral("UPDATE sync_outbox SET result_status = ?, result_code = ?, result_message = ?, "
                           "result_field = ? WHERE seq = ? AND mutation_id = ?"),
            {statusKey(one), one.rejected() ? QVariant(code) : QVariant(),
             one.rejected() ? QVariant(text(message)) : QVariant(),
             one.rejected() ? QVariant(text(one.field)) : QVariant(), one.seq, one.id});
        if (!set)
            return set;
    }
    return transaction.commit();
}

Result<int> OutboxStore::acknowledge(qint64 lastAppliedSeq)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    auto counted = m_db.query(
        QStringLiteral("SELECT count(*) FROM sync_outbox WHERE seq <= ? AND result_status = 'rejected'"),
        {lastAppliedSeq});
    if (!counted)
        return counted.error();
    const int parked = counted.value().next() ? counted.value().value(0).toInt() : 0;
    counted.value().finish();

    if (parked > 0) {
        const Status moved = m_db.exec(
            QStringLiteral(
                "INSERT INTO sync_exceptions (mutation_id, seq, kind, entity_id, payload, code, message, "
                "field, parked_at) "
                "SELECT mutation_id, seq, kind, entity_id, payload, "
                "COALESCE(NULLIF(result_code, ''), 'rejected'), COALESCE(result_message, ''), "
                "COALESCE(result_field, ''), ? FROM sync_outbox "
                "WHERE seq <= ? AND result_status = 'rejected' ORDER BY seq"),
            {m_clock.now().toUTC().toString(Qt::ISODateWithMs), lastAppliedSeq});
        if (!moved)
            return moved.error();
    }
    const Status deleted
        = m_db.exec(QStringLiteral("DELETE FROM sync_outbox WHERE seq <= ? AND result_status IS NOT NULL"),
                    {lastAppliedSeq});
    if (!deleted)
        return deleted.error();
    const Status committed = transaction.commit();
    if (!committed)
        return committed.error();
    if (parked > 0)
        qCInfo(lcSync) << parked << "rejected mutation(s) parked as exceptions";
    return parked;
}

Result<bool> OutboxStore::resendFrom(qint64 expectedSeq)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    auto held = m_db.query(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE seq = ?"), {expectedSeq});
    if (!held)
        return held.error();
    const bool isHeld = held.value().next() && held.value().value(0).toLongLong() > 0;
    held.value().finish();
    if (!isHeld)
        return false;
    const Status cleared
        = m_db.exec(QStringLiteral("UPDATE sync_outbox SET result_status = NULL, result_code = NULL, "
                                   "result_message = NULL, result_field = NULL WHERE seq >= ?"),
                    {expectedSeq});
    if (!cleared)
        return cleared.error();
    const Status committed = transaction.commit();
    if (!committed)
        return committed.error();
    qCWarning(lcSync) << "the marketplace expects seq" << expectedSeq << "again: resending from there";
    return true;
}

Result<qint64> OutboxStore::pendingCount() const
{
    auto q = m_db.query(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Result<qint64> OutboxStore::openExceptionCount() const
{
    auto q = m_db.query(QStringLiteral("SELECT count(*) FROM sync_exceptions WHERE state = 'open'"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

} // namespace comptoir
