// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/backup/backupcheck.h"
#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Database;
class EventJournal;

// Restoring a backup, in two halves so that nothing has the shop's file open when it is replaced
// (docs/architecture.md, "Backups and restore"):
//
// 1. prepareRestore() copies the backup's database into the data folder's staging area
//    ("restore-staged/", beside comptoir.sqlite), checks that copy (integrity_check, journal
//    verify), refuses a backup of another till, and lists the tickets the shop has that the backup
//    lacks. It may run while the shop is open (the window): the shop's file is only read. A refusal
//    removes the staging area: nothing changed. commitRestore() then marks the staged copy ready
//    (after the user agreed to the missing tickets), discardRestore() drops it.
// 2. applyStagedRestore() swaps the files while NOTHING has the database open (at the next start,
//    before the database opens; or at once from `comptoir restore`, which holds the folder's lock):
//    the current comptoir.sqlite (and its -wal, -shm) is renamed aside with a timestamp, the staged
//    copy takes its place. The restored database carries a pending Restore event (meta
//    restore_pending) that recordPendingRestore() journals, signed, once the register key is there.
struct RestorePlan
{
    QString backupPath; // as given
    QString backupName; // the backup's folder name
    QString dataDir;
    QString stagedPath; // the checked copy, in the staging area
    QString asideName; // what the current file will be renamed to: comptoir-before-restore-<stamp>.sqlite
    BackupCheck check;
    bool replacesShop = false; // the data folder holds a shop now (its file is set aside)
    QList<TicketMark> missingTickets; // the shop's tickets the backup does not hold, in order
};

namespace RestoreStaging {
QString folder(const QString &dataDir); // "<dataDir>/restore-staged"
bool isReady(const QString &dataDir); // a committed restore waits for the next start
} // namespace RestoreStaging

// current: the shop's database when it is open (the window); null to open the data folder's file
// if there is one (a command holding the lock). Errors: NotABackup, SchemaTooNew, BackupDamaged,
// BackupJournalBroken, BackupForeign (the shop has fiscal records and the backup is another
// till's), BackupCopyFailed, DatabaseQueryFailed. On any error the staging area is removed.
Result<RestorePlan> prepareRestore(const QString &backupPath, const QString &dataDir, const Database *current,
                                   const QDateTime &nowUtc);
// Marks the prepared restore as agreed: the swap is done by the next applyStagedRestore().
Status commitRestore(const RestorePlan &plan);
void discardRestore(const QString &dataDir);

// What applyStagedRestore() did.
struct AppliedRestore
{
    QString asideName; // the previous file's new name (empty: there was none)
};
// Swaps a committed restore in; nothing when none is ready. Only while the folder is locked by
// this process and the database is not open. On failure the previous file is put back.
// Errors: BackupCopyFailed (subject: the file that could not be moved).
Result<std::optional<AppliedRestore>> applyStagedRestore(const QString &dataDir);

// Journals the Restore event a restored database carries (meta restore_pending) and clears it, in
// one transaction; false when none is pending. Errors: the journal's (SigningKeyPending,
// SigningKeyMissing… nothing changes then, it is tried again at the next start).
Result<bool> recordPendingRestore(Database &db, EventJournal &events);
inline constexpr char RestorePendingMeta[] = "restore_pending";

} // namespace comptoir
