// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The backup folder's names and the rotation rule: the newest of each of the last 14 days, the
// newest of each of the last 12 months, and always the newest of all.
#include "models/backup/backuplist.h"
#include "models/backup/backupstate.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace comptoir;

namespace {

QList<BackupEntry> entries(const QList<QDateTime> &times)
{
    QList<BackupEntry> list;
    for (const QDateTime &when : times)
        list << BackupEntry {QString(), BackupLayout::folderName(when), when};
    std::sort(list.begin(), list.end(),
              [](const BackupEntry &a, const BackupEntry &b) { return a.takenAt > b.takenAt; });
    return list;
}

} // namespace

class TestBackupList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        const QDateTime when(QDate(2026, 12, 7), QTime(12, 4, 12), Qt::UTC);
        const QString name = BackupLayout::folderName(when);
        QCOMPARE(name, QStringLiteral("comptoir-backup-20261207-120412Z"));
        QCOMPARE(BackupLayout::takenAt(name), when);
        QVERIFY(!BackupLayout::takenAt(QStringLiteral("comptoir-backup-garbage")).isValid());
        QVERIFY(!BackupLayout::takenAt(QStringLiteral("photos")).isValid());
    }

    // Two backups a day (after the Z and on quit) for 400 days.
    void keepsFourteenDailyAndTwelveMonthly()
    {
        QList<QDateTime> times;
        const QDateTime start(QDate(2025, 11, 1), QTime(19, 0), Qt::UTC);
        for (int day = 0; day < 400; ++day) {
            times << start.addDays(day) << start.addDays(day).addSecs(1800);
        }
        const QList<BackupEntry> all = entries(times);
        const QList<BackupEntry> removed = backupsToRemove(all);
        QSet<QString> gone;
        for (const BackupEntry &entry : removed)
            gone.insert(entry.name);
        QList<BackupEntry> kept;
        for (const BackupEntry &entry : all)
            if (!gone.contains(entry.name))
                kept << entry;
        QVERIFY(!gone.contains(all.first().name)); // the newest
        QSet<QDate> days;
        QSet<int> months;
        for (const BackupEntry &entry : kept) {
            QVERIFY2(!days.contains(entry.takenAt.date()), "one per day at most");
            days.insert(entry.takenAt.date());
            months.insert(entry.takenAt.date().year() * 100 + entry.takenAt.date().month());
        }
        // 14 days, plus the newest of each earlier month up to 12 months in all.
        QCOMPARE(months.size(), 12);
        QVERIFY(kept.size() >= 14 && kept.size() <= 14 + 12);
        for (int i = 0; i < 14; ++i)
            QVERIFY(days.contains(all.first().takenAt.date().addDays(-i)));
    }

    void fewBackupsAreAllKept()
    {
        const QDateTime start(QDate(2026, 12, 1), QTime(19, 0), Qt::UTC);
        QVERIFY(backupsToRemove(entries({start, start.addDays(1), start.addDays(2)})).isEmpty());
    }

    void listsOnlyBackupsAndRotatesThem()
    {
        QTemporaryDir dir;
        const QDateTime start(QDate(2026, 12, 1), QTime(19, 0), Qt::UTC);
        for (int i = 0; i < 3; ++i) {
            const QString folder = QDir(dir.path()).filePath(BackupLayout::folderName(start.addSecs(i * 60)));
            QVERIFY(QDir().mkpath(folder));
            QFile db(QDir(folder).filePath(QStringLiteral("comptoir.sqlite")));
            QVERIFY(db.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir().mkpath(QDir(dir.path()).filePath(QStringLiteral("holidays"))));
        QVERIFY(QDir().mkpath(
            QDir(dir.path()).filePath(QStringLiteral("comptoir-backup-20261201-000000Z")))); // empty
        const QList<BackupEntry> list = listBackups(dir.path());
        QCOMPARE(list.size(), 3);
        QVERIFY(list.first().takenAt > list.last().takenAt);
        // Three the same day: only the newest stays.
        const QStringList removed = rotateBackups(dir.path(), start.addDays(1));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(listBackups(dir.path()).size(), 1);
        QVERIFY(QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("holidays"))));
    }

    void staleAfterFortyEightHours()
    {
        BackupState state;
        const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        QVERIFY(state.isStale(now));
        state.lastGoodAt = now.addSecs(-47 * 3600);
        QVERIFY(!state.isStale(now));
        state.lastGoodAt = now.addSecs(-49 * 3600);
        QVERIFY(state.isStale(now));
    }
};

QTEST_GUILESS_MAIN(TestBackupList)
#include "tst_backuplist.moc"
