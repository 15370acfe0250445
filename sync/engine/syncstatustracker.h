// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "sync/syncstatus.h"

#include <QDateTime>

namespace comptoir {

class Clock;
class Database;
class OutboxStore;

// The SyncStatus a SyncEngine shows, and the persisted state it is read from: the outbox's
// pending rows and open exceptions, sync_state's last success and last error. Emits nothing: the
// engine says when its status changed (SyncEngine::statusChanged).
class SyncStatusTracker
{
public:
    SyncStatusTracker(Database &db, const Clock &clock, OutboxStore &outbox);

    const SyncStatus &status() const { return m_status; }
    SyncState state() const { return m_status.state; }

    void setState(SyncState state) { m_status.state = state; }
    // UTC; an invalid time: no retry planned.
    void setNextAttempt(const QDateTime &at) { m_status.nextAttempt = at; }
    // Stores the error in sync_state (last_error_code, last_error_at; a failure to store it is
    // logged) and keeps it as the status's last error.
    void recordError(const Error &error);
    void clearError() { m_status.lastError.reset(); }

    // Pending rows, open exceptions and the last success, from the database (each kept as it was
    // when it cannot be read).
    void refresh();
    // The pending rows only; true when their number changed.
    bool refreshPending();

private:
    Database &m_db;
    const Clock &m_clock;
    OutboxStore &m_outbox;
    SyncStatus m_status;
};

} // namespace comptoir
