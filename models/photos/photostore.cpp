// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/photos/photostore.h"

#include "models/logging.h"
#include "models/storage/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace comptoir {

namespace {

bool isPhotoName(const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(sha256).hasMatch();
}

} // namespace

PhotoStore::PhotoStore(const QString &dataDir)
    : m_folder(QDir(dataDir).filePath(QStringLiteral("photos"))) { }

QString PhotoStore::pathOf(const QString &sha256) const
{
    return m_folder + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256 + QStringLiteral(".jpg");
}

bool PhotoStore::contains(const QString &sha256) const
{
    return isPhotoName(sha256) && QFileInfo::exists(pathOf(sha256));
}

Status PhotoStore::put(const QString &sha256, const QByteArray &jpeg)
{
    if (!isPhotoName(sha256))
        return makeError(ErrorCode::PhotoUnknown, sha256);
    if (QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex()) != sha256)
        return makeError(ErrorCode::PhotoDamaged, sha256);
    const QString path = pathOf(sha256);
    if (QFileInfo::exists(path))
        return {}; // stored once
    const QString folder = QFileInfo(path).path();
    if (!makePrivateFolder(m_folder) || !makePrivateFolder(folder))
        return makeError(ErrorCode::PhotoStoreFailed, folder, QStringLiteral("cannot create the folder"));
    // A temporary file renamed into place: a full or read-only disk leaves nothing half-written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::PhotoStoreFailed, path, file.errorString());
    file.setPermissions(PrivateFilePermissions);
    if (file.write(jpeg) != jpeg.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::PhotoStoreFailed, path, why);
    }
    if (!file.commit())
        return makeError(ErrorCode::PhotoStoreFailed, path, file.errorString());
    return {};
}

Result<QByteArray> PhotoStore::read(const QString &sha256) const
{
    if (!isPhotoName(sha256))
        return makeError(ErrorCode::PhotoUnknown, sha256);
    QFile file(pathOf(sha256));
    if (!file.exists())
        return makeError(ErrorCode::PhotoUnknown, sha256);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::PhotoStoreFailed, file.fileName(), file.errorString());
    return file.readAll();
}

Status PhotoStore::remove(const QString &sha256)
{
    if (!isPhotoName(sha256))
        return {};
    QFile file(pathOf(sha256));
    if (!file.exists())
        return {};
    if (!file.remove())
        return makeError(ErrorCode::PhotoStoreFailed, file.fileName(), file.errorString());
    return {};
}

QSet<QString> PhotoStore::all() const
{
    QSet<QString> found;
    QDirIterator it(m_folder, {QStringLiteral("*.jpg")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString sha = it.fileInfo().completeBaseName();
        if (isPhotoName(sha) && it.fileInfo().dir().dirName() == sha.left(2))
            found.insert(sha);
    }
    return found;
}

} // namespace comptoir
