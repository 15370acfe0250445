// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>

namespace comptoir {

// Copies a live shop database to a new file through SQLite's online backup (sqlite3_backup_*), on
// connections of its own (call it from a worker thread: it takes seconds for years of sales).
//
// The whole copy is ONE step (sqlite3_backup_step(-1)): it holds one read transaction on the source
// from the first page to the last. In WAL mode that reader does not block the till's writes (they go
// to the -wal file, which the copy does not read past its snapshot), and no write can restart the
// copy: a backup stepped in small pieces starts again from the first page whenever another
// connection writes, and under constant selling may never finish (docs/backups.md). The copy is
// the database as it was at the instant the read began, whole and consistent.
//
// destPath must not exist; it is created for this account only (0600) and left in rollback
// (DELETE) journal mode, a single self-contained file. Errors: BackupCopyFailed (subject: destPath
// or sourcePath; detail: SQLite's message), and the destination is removed.
struct DatabaseCopy
{
    qint64 bytes = 0; // the copy's size
    qint64 pages = 0;
    qint64 elapsedMs = 0;
};
Result<DatabaseCopy> copyDatabaseOnline(const QString &sourcePath, const QString &destPath);

// Puts a closed database file back in rollback (DELETE) journal mode, so that it is one
// self-contained file (no -wal beside it). Errors: BackupCopyFailed.
Status makeSelfContained(const QString &path);

} // namespace comptoir
