// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File modes as `ls -l` shows them, for the tests of the data folder's permissions.
#include <QDirIterator>
#include <QString>
#include <QStringList>

#include <sys/stat.h>

namespace comptoir::filemodes {

// The permission bits of path (0600, 0755…), without following a symbolic link; -1 if absent.
inline int mode(const QString &path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

inline QString octal(int mode)
{
    return QStringLiteral("0") + QString::number(mode, 8);
}

// Every entry of folder (itself included, symbolic links excepted) whose mode is not the one
// wanted: "path 0644". Empty when folders are folderMode and files fileMode throughout.
inline QStringList entriesNotPrivate(const QString &folder, int folderMode = 0700, int fileMode = 0600)
{
    QStringList wrong;
    auto check = [&](const QString &path) {
        const QFileInfo info(path);
        if (info.isSymLink())
            return;
        const int wanted = info.isDir() ? folderMode : fileMode;
        if (mode(path) != wanted)
            wrong << path + QLatin1Char(' ') + octal(mode(path));
    };
    check(folder);
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        check(it.next());
    return wrong;
}

// How many entries below folder (itself included).
inline int entryCount(const QString &folder)
{
    int count = 1;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace comptoir::filemodes
