// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backup/backupwriter.h"

#include "models/backup/backuplist.h"
#include "models/logging.h"
#include "models/storage/datadirectory.h"
#include "models/storage/privatefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir {

namespace {

// Copies the files of `from` into `to` (subfolders included), each 0600.
Status copyTree(const QString &from, const QString &to)
{
    if (!QFileInfo(from).isDir())
        return {};
    if (!makePrivateFolder(to))
        return makeError(ErrorCode::BackupCopyFailed, to);
    QDirIterator it(from, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (!makePrivateFolder(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return makeError(ErrorCode::BackupCopyFailed, target);
        QFile::setPermissions(target, PrivateFilePermissions);
    }
    return {};
}

Result<QByteArray> sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BackupCopyFailed, path, file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

Status writeManifest(const QString &folder, const BackupOutcome &outcome, const QByteArray &digest)
{
    QJsonObject manifest {
        {QStringLiteral("format"), QStringLiteral("comptoir-backup")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("taken_at"), outcome.takenAtUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("program_version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("device_id"), outcome.check.deviceId},
        {QStringLiteral("schema_version"), outcome.check.schemaVersion},
        {QStringLiteral("tickets"), outcome.check.tickets},
        {QStringLiteral("chain_links"), outcome.check.links},
        {QStringLiteral("database_sha256"), QString::fromLatin1(digest)},
        {QStringLiteral("checked"), QStringLiteral("integrity_check ok, journal verified")},
    };
    if (outcome.check.lastTicket) {
        manifest.insert(QStringLiteral("last_ticket"),
                        QJsonObject {{QStringLiteral("number"), outcome.check.lastTicket->number},
                                     {QStringLiteral("closed_at"),
                                      outcome.check.lastTicket->closedAt.toString(Qt::ISODateWithMs)}});
    }
    const QString path = QDir(folder).filePath(QLatin1String(BackupLayout::ManifestFile));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFilePermissions)
        || file.write(QJsonDocument(manifest).toJson()) < 0 || !file.flush())
        return makeError(ErrorCode::BackupCopyFailed, path, file.errorString());
    return {};
}

Result<BackupOutcome> write(const BackupRequest &request, const QString &partial)
{
    BackupOutcome outcome;
    outcome.takenAtUtc = request.nowUtc.toUTC();
    outcome.name = BackupLayout::folderName(outcome.takenAtUtc);
    const QString database = QDir(partial).filePath(QLatin1String(BackupLayout::DatabaseFile));
    auto copied = copyDatabaseOnline(databasePath(request.dataDir), database);
    if (!copied)
        return copied.error();
    outcome.copy = copied.value();
    if (Status s = copyTree(QDir(request.dataDir).filePath(QLatin1String(BackupLayout::ReceiptsFolder)),
                            QDir(partial).filePath(QLatin1String(BackupLayout::ReceiptsFolder)));
        !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    auto checked = checkBackupDatabase(database);
    if (!checked)
        return checked.error();
    outcome.check = checked.value();
    outcome.checkMs = timer.elapsed();
    // Opening for the check left the file in WAL mode: back to one self-contained file.
    if (Status s = makeSelfContained(database); !s)
        return s.error();
    auto digest = sha256(database);
    if (!digest)
        return digest.error();
    if (Status s = writeManifest(partial, outcome, digest.value()); !s)
        return s.error();
    outcome.path = QDir(request.folder).filePath(outcome.name);
    if (!QDir().rename(partial, outcome.path))
        return makeError(ErrorCode::BackupCopyFailed, outcome.path, QStringLiteral("rename"));
    return outcome;
}

} // namespace

Result<BackupOutcome> writeBackup(const BackupRequest &request)
{
    if (request.folder.isEmpty())
        return makeError(ErrorCode::BackupFolderMissing);
    if (!QFileInfo(request.folder).isDir())
        return makeError(ErrorCode::BackupFolderMissing, request.folder);
    const QString partial = QDir(request.folder)
                                .filePath(QLatin1Char('.') + BackupLayout::folderName(request.nowUtc)
                                          + QStringLiteral(".partial"));
    QDir(partial).removeRecursively();
    if (!makePrivateFolder(partial))
        return makeError(ErrorCode::BackupCopyFailed, partial, QStringLiteral("cannot create the folder"));
    auto outcome = write(request, partial);
    if (!outcome) {
        QDir(partial).removeRecursively();
        return outcome;
    }
    outcome.value().removed = rotateBackups(request.folder, request.nowUtc);
    qCInfo(lcModels).noquote() << "backup" << outcome->name << "written and checked:" << outcome->copy.bytes
                               << "bytes, copy" << outcome->copy.elapsedMs << "ms, check" << outcome->checkMs
                               << "ms";
    return outcome;
}

} // namespace comptoir
