// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/doctor/doctoritem.h"

#include <QDateTime>
#include <QString>

namespace comptoir {

class Database;

// The checks that need only the shop's database and its folder (sync/doctor/doctor.h runs them
// on a worker thread, with a connection of its own: the journal's check takes seconds on a big
// shop). Each returns its item; a database that cannot be read is that item's failure.
namespace LocalChecks {

// Disk thresholds for the data folder's free space.
constexpr qint64 FailBelowBytes = 100LL * 1024 * 1024;
constexpr qint64 WarnBelowBytes = 1024LL * 1024 * 1024;

// "database": PRAGMA integrity_check. ok: "intact"; fail: "damaged" (problem: its first line),
// "unreadable" (error).
DoctorItem databaseIntegrity(const Database &db);
// "journal": the whole fiscal chain (verifyJournal with the shop's register key). ok: "intact"
// (links), "empty" (no fiscal record yet); warn: "unconfirmed"; fail: "broken" (first_broken,
// problem, links), "unreadable".
DoctorItem journalChain(const Database &db);
// "disk": free space where the data folder is. fail below FailBelowBytes ("low"), warn below
// WarnBelowBytes ("low"), else ok ("ok"); facts free_bytes, folder.
DoctorItem freeDisk(const QString &dataFolder);
// "backup": the last good backup (models/backup/backupstate.h). ok: "ok"; warn: "no-folder" (none
// chosen), "never" (no backup passed its check yet), "stale" (older than 48 h); fail:
// "folder-missing" (the chosen folder is not there: a USB key unplugged, a share not mounted).
// Facts folder, last_good_at (ISO, UTC), age_hours.
DoctorItem lastBackup(const Database &db, const QDateTime &nowUtc);
// "versions": comptoir, qt, sqlite, openssl, schema (always ok).
DoctorItem versions(const Database &db);

} // namespace LocalChecks

} // namespace comptoir
