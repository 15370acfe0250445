// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace comptoir {

class Database;

// The one row of sync_state (resources/sql/0007, 0008) as the sync engine reads it.
struct StoredSyncState
{
    std::optional<qint64> epoch; // none: never synced
    qint64 cursor = 0;
    bool needsSnapshot = true;
    std::optional<qint64> snapshotEpoch; // a paged snapshot under way (snapshot_id holds its epoch)
    std::optional<qint64> snapshotCursor;
    QString snapshotNextPage;
    qint64 lastAppliedSeq = 0;
    QDateTime lastSuccessAt; // UTC; invalid if never
    QString lastErrorCode; // empty when the last attempt succeeded
    QDateTime lastErrorAt;
};

Result<StoredSyncState> readSyncState(const Database &db);
// An epoch change (§7.5): throw the cursor away and take a new snapshot from its first page.
Status requireSnapshot(Database &db);
// sync_state.last_error_code / last_error_at (the page applier clears them on success).
Status storeLastError(Database &db, const Error &error, const QDateTime &at);
// A stable snake_case name for an error, for sync_state.last_error_code and the logs: the server's
// code for MarketplaceRefused, else the ErrorCode's name ("marketplace_unreachable"…).
QString syncErrorKey(const Error &error);

} // namespace comptoir
