// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/provisioningsearch.h"

#include "sync/enrolment/provisioningfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace comptoir {

namespace {

void collect(const QDir &dir, int depth, QFileInfoList &found)
{
    const QString pattern = QStringLiteral("*.") + QString::fromLatin1(ProvisioningFile::Suffix);
    found += dir.entryInfoList({pattern}, QDir::Files | QDir::Readable | QDir::Hidden);
    if (depth >= ProvisioningSearch::MaxDepth)
        return;
    const QFileInfoList folders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable);
    for (const QFileInfo &folder : folders)
        collect(QDir(folder.filePath()), depth + 1, found);
}

} // namespace

QStringList ProvisioningSearch::defaultRoots()
{
    QStringList roots;
    const QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty()) {
        roots << QStringLiteral("/media/") + user << QStringLiteral("/run/media/") + user;
    }
    roots << QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
          << QDir::home().filePath(QStringLiteral("Téléchargements"));
    roots.removeAll(QString());
    roots.removeDuplicates();
    return roots;
}

QStringList ProvisioningSearch::find(const QStringList &roots)
{
    QFileInfoList found;
    for (const QString &root : roots) {
        if (QFileInfo(root).isDir())
            collect(QDir(root), 0, found);
    }
    std::stable_sort(found.begin(), found.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() > b.lastModified();
    });
    QStringList paths;
    for (const QFileInfo &file : std::as_const(found)) {
        const QString path = file.canonicalFilePath();
        if (!path.isEmpty() && !paths.contains(path))
            paths << path;
    }
    return paths;
}

} // namespace comptoir
