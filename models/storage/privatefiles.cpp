// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/privatefiles.h"

#include "models/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace comptoir {

namespace {

constexpr QFileDevice::Permissions GroupAndOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// Qt's permission flags as the octal mode `ls -l` and chmod speak of (0644).
QString octalMode(QFileDevice::Permissions permissions)
{
    const int flags = int(permissions);
    const int mode = ((flags >> 12) & 7) << 6 | ((flags >> 4) & 7) << 3 | (flags & 7);
    return QStringLiteral("0") + QString::number(mode, 8);
}

} // namespace

bool makePrivateFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QString parent = info.absolutePath();
        if (!QFileInfo(parent).isDir() && !QDir().mkpath(parent))
            return false;
        // mkdir(2) with 0700: never readable by others, not even for an instant.
        QDir().mkdir(path, PrivateFolderPermissions);
    }
    return QFileInfo(path).isDir();
}

bool restrictToOwner(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.exists())
        return false;
    const QFileDevice::Permissions current = info.permissions();
    if (!(current & GroupAndOthers))
        return false;
    const QFileDevice::Permissions wanted = current & ~GroupAndOthers;
    if (!QFile::setPermissions(path, wanted)) {
        qCWarning(lcModels) << "could not take others' permissions away from" << path;
        return false;
    }
    qCWarning(lcModels).noquote() << QStringLiteral(
                                         "permissions of %1 were open to other accounts (%2): repaired to %3")
                                         .arg(path, octalMode(current), octalMode(wanted));
    return true;
}

int restrictTreeToOwner(const QString &folder)
{
    int repaired = restrictToOwner(folder) ? 1 : 0;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (restrictToOwner(path))
            ++repaired;
    }
    return repaired;
}

} // namespace comptoir
