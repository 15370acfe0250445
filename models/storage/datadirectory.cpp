// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/datadirectory.h"

#include "models/logging.h"
#include "models/storage/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace comptoir {

namespace {

Status checkWritable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !makePrivateFolder(path))
        return makeError(ErrorCode::DataDirectoryUnusable, path, QStringLiteral("cannot create the folder"));
    if (!QFileInfo(path).isDir())
        return makeError(ErrorCode::DataDirectoryUnusable, path, QStringLiteral("not a folder"));
    // isWritable() trusts the permission bits only; creating a file is the real test
    // (read-only mounts, ACLs).
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".comptoir-write-test-XXXXXX")));
    if (!probe.open())
        return makeError(ErrorCode::DataDirectoryUnusable, path, probe.errorString());
    return {};
}

} // namespace

Result<QString> resolveDataDirectory(const QString &overridePath, bool demo)
{
    QString path;
    if (!overridePath.isEmpty()) {
        path = QDir::cleanPath(QDir::current().absoluteFilePath(overridePath));
    } else {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        if (base.isEmpty())
            return makeError(ErrorCode::DataDirectoryUnusable, QString(),
                             QStringLiteral("no application data location on this system"));
        path = QDir::cleanPath(base);
        if (demo)
            path += QStringLiteral("-demo");
    }
    if (Status s = checkWritable(path); !s) {
        qCWarning(lcModels) << "data folder unusable:" << s.error().detail;
        return s.error();
    }
    return path;
}

QString databasePath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/comptoir.sqlite");
}

QString logDirectory(const QString &dataDir)
{
    return dataDir + QStringLiteral("/logs");
}

} // namespace comptoir
