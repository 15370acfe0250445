// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Database;

// A ticket as a restore lists it: the one the restored shop would not have.
struct TicketMark
{
    QString registerId;
    qint64 number = 0;
    QDateTime closedAt; // UTC
};

// What the check of a backup's database found (checkBackupDatabase).
struct BackupCheck
{
    QString deviceId; // the till the backup was taken from (meta device_id)
    int schemaVersion = 0;
    bool hasJournal = false; // false: no register key yet, nothing fiscal to verify
    int links = 0; // fiscal chain links verified
    qint64 tickets = 0;
    std::optional<TicketMark> lastTicket; // the newest ticket in the backup
};

// Checks a copy of a shop's database before it counts (a fresh backup) or before it replaces the
// shop's (a restore): SQLite's `PRAGMA integrity_check`, then the fiscal journal verified whole
// (verifyJournal with the copy's own register key). The file is opened and migrated like a shop
// (Database::open), so give a copy that may be changed, never the user's only file.
// Errors: NotABackup (subject: path; no file, an empty file, not SQLite, or a SQLite database that
// is not a Comptoir shop), SchemaTooNew, BackupDamaged (detail: integrity_check's first line),
// BackupJournalBroken (subject: first broken record, detail: "problem: detail"),
// DatabaseQueryFailed.
Result<BackupCheck> checkBackupDatabase(const QString &path);
// The same on a database already open (its integrity and journal).
Result<BackupCheck> checkOpenDatabase(const Database &db);

// Whether a file is a SQLite database of a Comptoir shop (header and user_version), without
// opening it with SQLite: what a restore reads before copying anything.
bool looksLikeShopDatabase(const QString &path);

// The tickets db holds that a backup described by `backup` would not: per register, those
// numbered after the backup's last of that register (numbers are gap-free per register), in order.
// lastNumbers: register id -> the backup's last ticket number. Errors: DatabaseQueryFailed.
Result<QList<TicketMark>> ticketsMissingFrom(const Database &db, const QHash<QString, qint64> &lastNumbers);
// register id -> last ticket number, of a database.
Result<QHash<QString, qint64>> lastTicketNumbers(const Database &db);

} // namespace comptoir
