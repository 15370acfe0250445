// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/backup/backupcheck.h"
#include "models/backup/backupcopy.h"
#include "models/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace comptoir {

// One backup of a shop into its backup folder (backuplist.h describes the folder): the database
// copied online (copyDatabaseOnline, the till keeps selling), the receipts folder copied, the copy
// checked (checkBackupDatabase: integrity_check and the fiscal journal verified), the manifest
// written, then the folder renamed to its final name and the old backups rotated. A backup that
// fails its check is removed and never appears under a backup's name. Synchronous: run it on a
// worker thread (BackupWorker) or from a command. Never copies a secret: the register's private
// key and the device token live in the keychain, not in the data folder.
struct BackupRequest
{
    QString dataDir; // the shop's data folder
    QString folder; // where backups go
    QDateTime nowUtc; // names the backup
};

struct BackupOutcome
{
    QString path; // the backup's folder
    QString name; // its folder name (what BackupStateStore::recordGood keeps)
    QDateTime takenAtUtc;
    DatabaseCopy copy;
    qint64 checkMs = 0;
    BackupCheck check;
    QStringList removed; // rotated away
};

// Errors: BackupFolderMissing (subject: the folder; empty when none given), BackupCopyFailed,
// and checkBackupDatabase()'s (BackupDamaged, BackupJournalBroken…): nothing is left behind then.
Result<BackupOutcome> writeBackup(const BackupRequest &request);

} // namespace comptoir
