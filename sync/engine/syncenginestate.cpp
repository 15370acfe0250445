#include "sync/engine/syncengineprivate.h"
#include "sync/engine/syncstatestore.h"
#include "sync/logging.h"

#include <QSqlQuery>

namespace comptoir {

// ---- state ----------------------------------------------------------------------------------

void SyncEngine::Private::setState(SyncState state)
{
    status.state = state;
    refreshStatus();
    emitStatus();
}

void SyncEngine::Private::refreshStatus()
{
    if (auto pending = outbox.pendingCount())
        status.pending = *pending;
    if (auto open = outbox.openExceptionCount())
        status.openExceptions = *open;
    if (auto stored = readSyncState(db))
        status.lastSuccess = stored->lastSuccessAt;
}

void SyncEngine::Private::recordError(const Error &error)
{
    if (Status s = storeLastError(db, error, clock.now()); !s)
        qCWarning(lcSync) << "could not store the sync error:" << s.error().detail;
}

Result<qint64> SyncEngine::Private::readDataVersion() const
{
    auto q = db.query(QStringLiteral("PRAGMA data_version"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, QStringLiteral("data_version"));
    return q.value().value(0).toLongLong();
}

void SyncEngine::Private::pollDataVersion()
{
    auto version = readDataVersion();
    if (!version || *version == dataVersion)
        return;
    dataVersion = *version;
    // Another connection committed: push at once if it queued something.
    auto unsent = db.query(QStringLiteral("SELECT 1 FROM sync_outbox WHERE result_status IS NULL LIMIT 1"));
    const bool hasUnsent = unsent && unsent.value().next();
    if (unsent)
        unsent.value().finish();
    if (auto pending = outbox.pendingCount(); pending && *pending != status.pending) {
        status.pending = *pending;
        emitStatus();
    }
    if (!hasUnsent)
        return;
    if (passRunning) {
        passRequested = true;
        return;
    }
    if (status.state == SyncState::Offline || status.state == SyncState::Stopped
        || status.state == SyncState::NeedsEnrollment)
        return; // the backoff (or a person) decides
    startPass();
}

} // namespace comptoir
