// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace comptoir {

class Database;

// Where the shop's backups go and the last one that passed its check (models/backup), as the
// meta table keeps them: what the status bar and `comptoir doctor` read. The folder is the shop's
// choice (a USB key, a network share); it may be missing at any moment.
struct BackupState
{
    QString folder; // empty: no folder chosen yet
    std::optional<QDateTime> lastGoodAt; // UTC; none: no backup has passed its check yet
    QString lastGoodFile; // the file name of that backup, inside folder

    // No good backup for longer than this is a warning (the status bar, doctor).
    static constexpr qint64 StaleAfterSeconds = 48 * 3600;
    bool isStale(const QDateTime &nowUtc) const;
};

class BackupStateStore
{
public:
    static constexpr const char *MetaFolder = "backup_folder";
    static constexpr const char *MetaLastGoodAt = "backup_last_good_at";
    static constexpr const char *MetaLastGoodFile = "backup_last_good_file";

    // Errors: DatabaseQueryFailed.
    static Result<BackupState> read(const Database &db);
    static Status setFolder(Database &db, const QString &folder);
    // A backup that passed its check (integrity and journal verify of the copy).
    static Status recordGood(Database &db, const QDateTime &atUtc, const QString &fileName);
};

} // namespace comptoir
