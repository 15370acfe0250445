// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"

#include <QList>

namespace comptoir {

class Clock;
class Database;
class UuidV7Generator;

// The transactional outbox as the sync engine uses it (resources/sql/0007, 0008;
// docs/marketplace-api.md §6, §7.4 step 4, §15.2, §18). Rows are queued by the models in the same
// transaction as their change (kind = mutation kind, payload = the API payload); the database
// numbers them (seq). This class only reads them, records push results and acknowledges them.
class OutboxStore
{
public:
    OutboxStore(Database &db, const Clock &clock, UuidV7Generator &uuids);

    // The next rows to push: those with no recorded result, in seq order, contiguous from the
    // lowest, at most `limit` (≤ MaxPushMutations). A row without a mutation id gets one here
    // (committed before returning, so a retried push carries the same id).
    Result<QList<Mutation>> nextBatch(int limit);
    // Records each result on its row (status, code, message, field). Deletes nothing.
    Status recordResults(const PushResult &result);
    // §7.4 step 4, called INSIDE the transaction that applies a page: every row with
    // seq <= lastAppliedSeq that has a result is deleted (applied, duplicate of applied) or moved to
    // sync_exceptions (rejected, or duplicate of rejected); rows without a result stay (their answer
    // was lost: they are pushed again and come back as duplicates). Returns how many were parked.
    Result<int> acknowledge(qint64 lastAppliedSeq);
    // §6.2 seq_gap with expected_seq: when the outbox still holds the row with that seq, forgets
    // the results recorded from it on (the server lost them: a restore) so that nextBatch() sends
    // them again with their ids, and returns true; false when it is not held (the gap cannot be
    // filled: stop and report, §7.5 restore regression).
    Result<bool> resendFrom(qint64 expectedSeq);

    Result<qint64> pendingCount() const;
    Result<qint64> openExceptionCount() const;

private:
    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
};

} // namespace comptoir
