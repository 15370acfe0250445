// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/staff/operators.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class EventJournal;

// One mutation the marketplace refused, parked with its reason (table sync_exceptions,
// docs/marketplace-api.md §14.2, §15.2).
struct SyncException
{
    qint64 id = 0;
    QString mutationId;
    qint64 seq = 0;
    QString kind; // the mutation kind: stock_movement, product_upsert, order_transition…
    QString entityId; // the movement's, product's or order's UUID
    QString payload; // JSON, as it was pushed
    QString code; // the server's snake_case reason (illegal_transition…)
    QString message; // the server's English sentence (logs, details)
    QString field; // the payload member at fault, when the server named one
    QDateTime parkedAt; // UTC
    // What it was about, when known here: the product (and variant) it touched, or the order.
    QString productName;
    QString variantLabel;
    qint64 orderNumber = 0;
};

// The exceptions a person deals with from the Synchronisation page: list the open ones, retry one
// (after the cause was fixed: it is queued again as a new mutation) or discard one (a manager's
// decision, journalled). Rows are never deleted; their state says what became of them.
class SyncExceptions
{
public:
    SyncExceptions(Database &db, const Clock &clock, EventJournal &events, const Operators &operators);

    // The open exceptions, oldest first.
    Result<QList<SyncException>> openExceptions() const;
    Result<qint64> openCount() const;

    // In one transaction: marks the exception 'retried' (by whom, when) and queues a new outbox row
    // with the same kind, entity and payload (the database numbers it; the engine gives it a new
    // mutation id). A payload carrying a base_version gets the product's current server version
    // (§14.2: the retry is a new edit of what the till now holds). Returns the new row's seq.
    // Errors: NotFound (no open exception with this id), DatabaseQueryFailed.
    Result<qint64> retry(qint64 id, const std::optional<OperatorInfo> &by);

    // In one transaction: marks the exception 'discarded' and records a SyncError event (operator:
    // the manager; detail {action: "discard", mutation_id, kind, code}, no customer data). Nothing
    // is sent. Errors: NotAManager (manager is not an active manager in the operators table),
    // NotFound, DatabaseQueryFailed, CryptoFailed.
    Status discard(qint64 id, const OperatorInfo &manager);

private:
    Result<SyncException> openException(qint64 id) const;
    Result<QString> currentPayload(const SyncException &exception) const;

    Database &m_db;
    const Clock &m_clock;
    EventJournal &m_events;
    const Operators &m_operators;
};

} // namespace comptoir
