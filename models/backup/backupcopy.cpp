// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backup/backupcopy.h"

#include "models/logging.h"
#include "models/storage/privatefiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace comptoir {

namespace {

// A connection closed when it goes out of scope.
struct Connection
{
    sqlite3 *handle = nullptr;
    ~Connection() { sqlite3_close_v2(handle); }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(handle)); }
};

Error failed(const QString &path, const QString &detail)
{
    qCWarning(lcModels).noquote() << "backup copy failed:" << detail;
    return makeError(ErrorCode::BackupCopyFailed, path, detail);
}

Status execute(Connection &db, const char *sql, const QString &path)
{
    char *message = nullptr;
    if (sqlite3_exec(db.handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        return failed(path, text);
    }
    return {};
}

Result<DatabaseCopy> copy(const QString &sourcePath, const QString &destPath)
{
    Connection source;
    const QByteArray sourceName = QFile::encodeName(sourcePath);
    if (sqlite3_open_v2(sourceName.constData(), &source.handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return failed(sourcePath, source.message());
    sqlite3_busy_timeout(source.handle, 5000);

    // Created 0600 before SQLite opens it, as the shop's own database is.
    {
        QFile file(destPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFilePermissions))
            return failed(destPath, file.errorString());
    }
    Connection dest;
    const QByteArray destName = QFile::encodeName(destPath);
    if (sqlite3_open_v2(destName.constData(), &dest.handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return failed(destPath, dest.message());

    sqlite3_backup *backup = sqlite3_backup_init(dest.handle, "main", source.handle, "main");
    if (!backup)
        return failed(destPath, dest.message());
    int rc = SQLITE_OK;
    // One step for every page: one read transaction on the source for the whole copy. BUSY or
    // LOCKED (the source's WAL index being rebuilt at that instant) is tried again.
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(50);
    }
    const qint64 pages = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return failed(destPath, QString::fromUtf8(sqlite3_errstr(rc)));
    // The copy carries the source's WAL header: make it a single self-contained file.
    if (Status s = execute(dest, "PRAGMA journal_mode=DELETE", destPath); !s)
        return s.error();
    DatabaseCopy result;
    result.pages = pages;
    return result;
}

} // namespace

Status makeSelfContained(const QString &path)
{
    Connection db;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db.handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return failed(path, db.message());
    return execute(db, "PRAGMA journal_mode=DELETE", path);
}

Result<DatabaseCopy> copyDatabaseOnline(const QString &sourcePath, const QString &destPath)
{
    QElapsedTimer timer;
    timer.start();
    if (QFileInfo::exists(destPath))
        return failed(destPath, QStringLiteral("the destination exists"));
    auto copied = copy(sourcePath, destPath);
    if (!copied) {
        QFile::remove(destPath);
        QFile::remove(destPath + QStringLiteral("-journal"));
        return copied;
    }
    copied.value().bytes = QFileInfo(destPath).size();
    copied.value().elapsedMs = timer.elapsed();
    return copied;
}

} // namespace comptoir
