// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backup/backuplist.h"

#include "models/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace comptoir {

namespace {

const QString Prefix = QStringLiteral("comptoir-backup-");
const QString NameFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

QString BackupLayout::folderName(const QDateTime &takenAtUtc)
{
    return Prefix + takenAtUtc.toUTC().toString(NameFormat) + QLatin1Char('Z');
}

QDateTime BackupLayout::takenAt(const QString &folderName)
{
    if (!folderName.startsWith(Prefix) || !folderName.endsWith(QLatin1Char('Z')))
        return {};
    const QString stamp = folderName.mid(Prefix.size(), folderName.size() - Prefix.size() - 1);
    const QDateTime when = QDateTime::fromString(stamp, NameFormat);
    if (!when.isValid())
        return {};
    return QDateTime(when.date(), when.time(), Qt::UTC);
}

QString BackupLayout::backupFolderOf(const QString &backupPath)
{
    const QFileInfo info(backupPath);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

QString BackupLayout::databaseIn(const QString &backupPath)
{
    const QFileInfo info(backupPath);
    if (info.isDir())
        return QDir(info.absoluteFilePath()).filePath(QLatin1String(DatabaseFile));
    if (info.fileName() == QLatin1String(ManifestFile))
        return QDir(info.absolutePath()).filePath(QLatin1String(DatabaseFile));
    return info.absoluteFilePath();
}

QList<BackupEntry> listBackups(const QString &folder)
{
    QList<BackupEntry> entries;
    const QDir dir(folder);
    const QStringList names = dir.entryList({Prefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QDateTime when = BackupLayout::takenAt(name);
        if (!when.isValid()
            || !QFileInfo::exists(
                dir.filePath(name + QLatin1Char('/') + QLatin1String(BackupLayout::DatabaseFile))))
            continue;
        entries.append(BackupEntry {dir.filePath(name), name, when});
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry &a, const BackupEntry &b) { return a.takenAt > b.takenAt; });
    return entries;
}

QList<BackupEntry> backupsToRemove(const QList<BackupEntry> &newestFirst)
{
    QSet<QDate> days;
    QSet<int> months; // year * 100 + month
    QList<BackupEntry> removed;
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        const QDate date = newestFirst.at(i).takenAt.date();
        const int month = date.year() * 100 + date.month();
        bool keep = i == 0;
        if (!days.contains(date) && days.size() < BackupLayout::DailyKept) {
            days.insert(date);
            keep = true;
        }
        if (!months.contains(month) && months.size() < BackupLayout::MonthlyKept) {
            months.insert(month);
            keep = true;
        }
        if (!keep)
            removed.prepend(newestFirst.at(i));
    }
    return removed;
}

QStringList rotateBackups(const QString &folder, const QDateTime &nowUtc)
{
    QStringList removed;
    for (const BackupEntry &entry : backupsToRemove(listBackups(folder))) {
        if (QDir(entry.path).removeRecursively())
            removed << entry.name;
        else
            qCWarning(lcModels).noquote() << "rotation could not remove the backup" << entry.name;
    }
    const QDir dir(folder);
    const QFileInfoList partial = dir.entryInfoList({QLatin1Char('.') + Prefix + QStringLiteral("*.partial")},
                                                    QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : partial) {
        if (info.lastModified().secsTo(nowUtc) > 3600 && QDir(info.absoluteFilePath()).removeRecursively())
            removed << info.fileName();
    }
    return removed;
}

} // namespace comptoir
