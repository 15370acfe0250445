// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backup/backuprestore.h"

#include "models/backup/backuplist.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/registerkey.h"
#include "models/logging.h"
#include "models/storage/database.h"
#include "models/storage/datadirectory.h"
#include "models/storage/privatefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir {

namespace {

const QString ReadyFile = QStringLiteral("READY");

Error copyFailed(const QString &path, const QString &detail = {})
{
    return makeError(ErrorCode::BackupCopyFailed, path, detail);
}

// Whether the shop open (or in the folder) has fiscal records: only then is a backup of another
// till refused.
Result<bool> hasFiscalRecords(const Database &db)
{
    auto key = registerPublicKey(db);
    if (key)
        return true;
    if (key.error().code == ErrorCode::NotFound)
        return false;
    return key.error();
}

Status compareWithShop(RestorePlan &plan, const Database &current, const Database &staged)
{
    plan.replacesShop = true;
    auto fiscal = hasFiscalRecords(current);
    if (!fiscal)
        return fiscal.error();
    if (*fiscal && current.deviceId() != staged.deviceId())
        return makeError(ErrorCode::BackupForeign, staged.deviceId());
    auto last = lastTicketNumbers(staged);
    if (!last)
        return last.error();
    auto missing = ticketsMissingFrom(current, last.value());
    if (!missing)
        return missing.error();
    plan.missingTickets = missing.value();
    return {};
}

QJsonObject pendingDetail(const RestorePlan &plan)
{
    QJsonObject detail {{QStringLiteral("backup"), plan.backupName},
                        {QStringLiteral("tickets_in_backup"), plan.check.tickets},
                        {QStringLiteral("tickets_missing"), qint64(plan.missingTickets.size())}};
    if (plan.replacesShop)
        detail.insert(QStringLiteral("set_aside"), plan.asideName);
    if (!plan.missingTickets.isEmpty()) {
        QJsonArray numbers;
        for (const TicketMark &ticket : plan.missingTickets.mid(0, 1000))
            numbers.append(ticket.number);
        detail.insert(QStringLiteral("missing_numbers"), numbers);
    }
    return detail;
}

Status stage(RestorePlan &plan, const Database *current, const QDateTime &nowUtc)
{
    const QString source = BackupLayout::databaseIn(plan.backupPath);
    if (!looksLikeShopDatabase(source))
        return makeError(ErrorCode::NotABackup, plan.backupPath);
    const QString folder = RestoreStaging::folder(plan.dataDir);
    if (!makePrivateFolder(folder))
        return copyFailed(folder);
    if (!QFile::copy(source, plan.stagedPath))
        return copyFailed(plan.stagedPath, QStringLiteral("copy"));
    QFile::setPermissions(plan.stagedPath, PrivateFilePermissions);
    const QString receipts = QDir(BackupLayout::backupFolderOf(plan.backupPath))
                                 .filePath(QLatin1String(BackupLayout::ReceiptsFolder));
    if (QFileInfo(receipts).isDir()) {
        QDirIterator it(receipts, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target
                = QDir(folder).filePath(QLatin1String(BackupLayout::ReceiptsFolder) + QLatin1Char('/')
                                        + QDir(receipts).relativeFilePath(file));
            if (!makePrivateFolder(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
                return copyFailed(target);
        }
    }
    auto opened = Database::open(plan.stagedPath);
    if (!opened) {
        if (opened.error().code == ErrorCode::SchemaTooNew)
            return opened.error();
        return makeError(ErrorCode::NotABackup, plan.backupPath, opened.error().detail);
    }
    Database &staged = *opened.value();
    auto checked = checkOpenDatabase(staged);
    if (!checked)
        return checked.error();
    plan.check = checked.value();
    plan.asideName = QStringLiteral("comptoir-before-restore-")
        + nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral("Z.sqlite");
    if (current) {
        if (Status s = compareWithShop(plan, *current, staged); !s)
            return s;
    } else if (QFileInfo::exists(databasePath(plan.dataDir))) {
        auto shop = Database::open(databasePath(plan.dataDir));
        if (shop) {
            if (Status s = compareWithShop(plan, *shop.value(), staged); !s)
                return s;
        } else {
            // A damaged shop file is set aside all the same: nothing to compare with.
            qCWarning(lcModels) << "restore: the current database cannot be read, nothing to compare";
            plan.replacesShop = true;
        }
    }
    const QByteArray detail = QJsonDocument(pendingDetail(plan)).toJson(QJsonDocument::Compact);
    return staged.setMeta(QLatin1String(RestorePendingMeta), QString::fromUtf8(detail));
}

// Renames <from>, <from>-wal, <from>-shm to <to>… (those that exist).
bool renameWithCompanions(const QString &from, const QString &to)
{
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
            return false;
    }
    return !QFileInfo::exists(from) || QFile::rename(from, to);
}

} // namespace

QString RestoreStaging::folder(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("restore-staged"));
}

bool RestoreStaging::isReady(const QString &dataDir)
{
    return QFileInfo::exists(QDir(folder(dataDir)).filePath(ReadyFile));
}

Result<RestorePlan> prepareRestore(const QString &backupPath, const QString &dataDir, const Database *current,
                                   const QDateTime &nowUtc)
{
    RestorePlan plan;
    plan.backupPath = backupPath;
    plan.backupName = QFileInfo(BackupLayout::backupFolderOf(backupPath)).fileName();
    plan.dataDir = dataDir;
    plan.stagedPath
        = QDir(RestoreStaging::folder(dataDir)).filePath(QLatin1String(BackupLayout::DatabaseFile));
    discardRestore(dataDir);
    if (Status s = stage(plan, current, nowUtc); !s) {
        qCWarning(lcModels) << "restore refused: error" << int(s.error().code) << s.error().detail;
        discardRestore(dataDir);
        return s.error();
    }
    return plan;
}

Status commitRestore(const RestorePlan &plan)
{
    QFile ready(QDir(RestoreStaging::folder(plan.dataDir)).filePath(ReadyFile));
    if (!ready.open(QIODevice::WriteOnly, PrivateFilePermissions)
        || ready.write(QJsonDocument(QJsonObject {{QStringLiteral("aside"), plan.asideName}}).toJson()) < 0
        || !ready.flush())
        return copyFailed(ready.fileName(), ready.errorString());
    return {};
}

void discardRestore(const QString &dataDir)
{
    QDir(RestoreStaging::folder(dataDir)).removeRecursively();
}

Result<std::optional<AppliedRestore>> applyStagedRestore(const QString &dataDir)
{
    if (!RestoreStaging::isReady(dataDir))
        return std::optional<AppliedRestore>();
    const QDir staging(RestoreStaging::folder(dataDir));
    QFile ready(staging.filePath(ReadyFile));
    if (!ready.open(QIODevice::ReadOnly))
        return copyFailed(ready.fileName(), ready.errorString());
    const QString asideName
        = QJsonDocument::fromJson(ready.readAll()).object().value(QLatin1String("aside")).toString();
    ready.close();
    const QString shop = databasePath(dataDir);
    const QString staged = staging.filePath(QLatin1String(BackupLayout::DatabaseFile));
    if (asideName.isEmpty() || !QFileInfo::exists(staged))
        return copyFailed(staged, QStringLiteral("the staged restore is incomplete"));
    AppliedRestore applied;
    const QString aside = QDir(dataDir).filePath(asideName);
    if (QFileInfo::exists(shop)) {
        if (!renameWithCompanions(shop, aside))
            return copyFailed(shop, QStringLiteral("cannot set the current file aside"));
        applied.asideName = asideName;
    }
    if (!renameWithCompanions(staged, shop)) {
        renameWithCompanions(aside, shop);
        return copyFailed(shop, QStringLiteral("cannot move the restored file in place"));
    }
    // The receipts of the backup join the folder's (files already there are kept).
    const QString receipts = staging.filePath(QLatin1String(BackupLayout::ReceiptsFolder));
    QDirIterator it(receipts, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target
            = QDir(dataDir).filePath(QLatin1String(BackupLayout::ReceiptsFolder) + QLatin1Char('/')
                                     + QDir(receipts).relativeFilePath(file));
        if (!QFileInfo::exists(target) && makePrivateFolder(QFileInfo(target).absolutePath()))
            QFile::rename(file, target);
    }
    discardRestore(dataDir);
    qCInfo(lcModels).noquote() << "restore applied; previous file set aside as"
                               << (applied.asideName.isEmpty() ? QStringLiteral("(none)")
                                                               : applied.asideName);
    return std::optional<AppliedRestore>(applied);
}

Result<bool> recordPendingRestore(Database &db, EventJournal &events)
{
    auto pending = db.meta(QLatin1String(RestorePendingMeta));
    if (!pending)
        return pending.error();
    if (pending->isEmpty())
        return false;
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    const QJsonObject detail = QJsonDocument::fromJson(pending->toUtf8()).object();
    if (auto recorded = events.record(EventKind::Restore, std::nullopt, detail); !recorded)
        return recorded.error();
    if (Status s
        = db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QLatin1String(RestorePendingMeta)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcModels) << "restore journalled";
    return true;
}

} // namespace comptoir
