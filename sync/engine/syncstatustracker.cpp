// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/syncstatustracker.h"

#include "models/clock.h"
#include "sync/engine/outboxstore.h"
#include "sync/engine/syncstatestore.h"
#include "sync/logging.h"

namespace comptoir {

SyncStatusTracker::SyncStatusTracker(Database &db, const Clock &clock, OutboxStore &outbox)
    : m_db(db), m_clock(clock), m_outbox(outbox)
{ }

void SyncStatusTracker::recordError(const Error &error)
{
    if (Status s = storeLastError(m_db, error, m_clock.now()); !s)
        qCWarning(lcSync) << "could not store the sync error:" << s.error().detail;
    m_status.lastError = error;
}

void SyncStatusTracker::refresh()
{
    if (auto pending = m_outbox.pendingCount())
        m_status.pending = *pending;
    if (auto open = m_outbox.openExceptionCount())
        m_status.openExceptions = *open;
    if (auto stored = readSyncState(m_db))
        m_status.lastSuccess = stored->lastSuccessAt;
}

bool SyncStatusTracker::refreshPending()
{
    auto pending = m_outbox.pendingCount();
    if (!pending || *pending == m_status.pending)
        return false;
    m_status.pending = *pending;
    return true;
}

} // namespace comptoir
