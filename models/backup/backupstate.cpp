// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backup/backupstate.h"

#include "models/storage/database.h"

namespace comptoir {

bool BackupState::isStale(const QDateTime &nowUtc) const
{
    return !lastGoodAt || lastGoodAt->secsTo(nowUtc) > StaleAfterSeconds;
}

Result<BackupState> BackupStateStore::read(const Database &db)
{
    BackupState state;
    auto folder = db.meta(QLatin1String(MetaFolder));
    if (!folder)
        return folder.error();
    state.folder = *folder;
    auto at = db.meta(QLatin1String(MetaLastGoodAt));
    if (!at)
        return at.error();
    if (!at->isEmpty()) {
        QDateTime when = QDateTime::fromString(*at, Qt::ISODateWithMs);
        if (when.isValid())
            state.lastGoodAt = when.toUTC();
    }
    auto file = db.meta(QLatin1String(MetaLastGoodFile));
    if (!file)
        return file.error();
    state.lastGoodFile = *file;
    return state;
}

Status BackupStateStore::setFolder(Database &db, const QString &folder)
{
    return db.setMeta(QLatin1String(MetaFolder), folder);
}

Status BackupStateStore::recordGood(Database &db, const QDateTime &atUtc, const QString &fileName)
{
    if (auto begun = db.begin(); !begun)
        return begun;
    Status status = db.setMeta(QLatin1String(MetaLastGoodAt), atUtc.toUTC().toString(Qt::ISODateWithMs));
    if (status)
        status = db.setMeta(QLatin1String(MetaLastGoodFile), fileName);
    if (!status) {
        db.rollback();
        return status;
    }
    return db.commit();
}

} // namespace comptoir
