// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir {

// The backups in a backup folder, and which of them rotation keeps (docs/backups.md).
//
// A backup is a folder "comptoir-backup-YYYYMMDD-HHMMSSZ" (the time it was taken, UTC) holding
// comptoir.sqlite (the whole shop: sales and the fiscal journal, catalogue and the photos'
// references, stock, staff, settings), manifest.json (what it holds, its SHA-256) and, when the
// shop has any, receipts/ (the PDF receipts and Z reports). It is written under a hidden name
// (".comptoir-backup-….partial") and renamed only once checked, so a folder with the final name is
// a backup that passed its check.
struct BackupEntry
{
    QString path; // the backup's folder
    QString name; // its folder name
    QDateTime takenAt; // UTC, from the name
};

namespace BackupLayout {
inline constexpr char DatabaseFile[] = "comptoir.sqlite";
inline constexpr char ManifestFile[] = "manifest.json";
inline constexpr char ReceiptsFolder[] = "receipts";
// Rotation: the newest backup of each of the last DailyKept days that have one, and the newest of
// each of the last MonthlyKept months; the newest backup of all is always kept.
inline constexpr int DailyKept = 14;
inline constexpr int MonthlyKept = 12;

QString folderName(const QDateTime &takenAtUtc); // "comptoir-backup-20261207-120412Z"
QDateTime takenAt(const QString &folderName); // invalid when not a backup's name
// The database file of a backup given as its folder, its comptoir.sqlite or its manifest.json.
QString databaseIn(const QString &backupPath);
// The backup's folder for any of those.
QString backupFolderOf(const QString &backupPath);
} // namespace BackupLayout

// The backups in folder, newest first (folders with a backup's name and a database in them).
QList<BackupEntry> listBackups(const QString &folder);
// Of newestFirst, those rotation removes (oldest first).
QList<BackupEntry> backupsToRemove(const QList<BackupEntry> &newestFirst);
// Removes them from folder, and hidden ".partial" folders an interrupted backup left over an hour
// ago. Returns the names removed.
QStringList rotateBackups(const QString &folder, const QDateTime &nowUtc);

} // namespace comptoir
