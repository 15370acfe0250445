// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `comptoir backup` and `comptoir restore`, run as a volunteer would (real processes): a backup
// into a folder, a restore on a new computer (an empty data folder) and over the shop itself (the
// previous file kept aside, the restore journalled, the journal still verifying); a corrupted or
// foreign backup refused with exit code 3 and nothing changed; the shop open elsewhere: 5.
#include "clirunner.h"
#include "models/storage/instancelock.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTest>

using namespace comptoir;
using namespace comptoir::clitest;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString onlyBackupIn(const QString &folder)
{
    const QStringList names = QDir(folder).entryList({QStringLiteral("comptoir-backup-*")}, QDir::Dirs);
    return names.size() == 1 ? QDir(folder).filePath(names.first()) : QString();
}

} // namespace

class TestCliBackup : public QObject, protected CliRunner
{
    Q_OBJECT

    QString m_shop;
    QString m_backups;
    QString m_backup;
    qint64 m_tickets = 0;

    QStringList en(QStringList arguments) const
    {
        return arguments << QStringLiteral("--lang") << QStringLiteral("en");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(COMPTOIR_EXE)).isExecutable(), COMPTOIR_EXE);
        m_shop = freshDir(QStringLiteral("shop"));
        const Run seeded
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), m_shop});
        QCOMPARE(seeded.exitCode, 0);
        auto db = Database::open(databasePath(m_shop));
        QVERIFY(db.ok());
        m_tickets = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM tickets"));
        QVERIFY(m_tickets > 0);
    }

    void backupWithoutFolderSaysSo()
    {
        const Run result = run(en({QStringLiteral("backup"), QStringLiteral("--data-dir"), m_shop}));
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("No backup folder")), qPrintable(result.err));
    }

    void backupToAFolder()
    {
        m_backups = freshDir(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(m_backups));
        const Run result = run(en({QStringLiteral("backup"), QStringLiteral("--data-dir"), m_shop,
                                   QStringLiteral("--to"), m_backups}));
        QVERIFY2(!result.crashed, qPrintable(result.err));
        QCOMPARE(result.exitCode, 0);
        m_backup = onlyBackupIn(m_backups);
        QVERIFY(!m_backup.isEmpty());
        QVERIFY2(result.out.contains(QStringLiteral("Backup written: ") + m_backup), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("fiscal journal intact")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("It holds %1 tickets").arg(m_tickets)),
                 qPrintable(result.out));
        QVERIFY(QFileInfo::exists(QDir(m_backup).filePath(QStringLiteral("manifest.json"))));
        // Secrets never: nothing of the keychain, no token, in the backup's files.
        QDirIterator files(m_backup, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString name = QFileInfo(files.next()).fileName();
            QVERIFY2(name == QLatin1String("comptoir.sqlite") || name == QLatin1String("manifest.json")
                         || name.endsWith(QLatin1String(".pdf")),
                     qPrintable(name));
        }
    }

    void restoreOnANewComputer()
    {
        QVERIFY(!m_backup.isEmpty());
        const QString fresh = freshDir(QStringLiteral("new-computer"));
        const Run result = run(en({QStringLiteral("restore"), QStringLiteral("--from"), m_backup,
                                   QStringLiteral("--data-dir"), fresh}));
        QVERIFY2(!result.crashed, qPrintable(result.err));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("restored into")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("journalled")), qPrintable(result.out));
        const Run verify
            = run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--data-dir"), fresh});
        QCOMPARE(verify.exitCode, 0);
        auto db = Database::open(databasePath(fresh));
        QVERIFY(db.ok());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM tickets")), m_tickets);
        QCOMPARE(rows(*db.value(), QStringLiteral("SELECT kind FROM events ORDER BY id DESC LIMIT 1"))
                     .value(0)
                     .value(0)
                     .toString(),
                 QStringLiteral("restore"));
    }

    void restoreOverTheShopKeepsItAside()
    {
        const Run result = run(en({QStringLiteral("restore"), QStringLiteral("--from"), m_backup,
                                   QStringLiteral("--data-dir"), m_shop, QStringLiteral("--yes")}));
        QVERIFY2(!result.crashed, qPrintable(result.err));
        QCOMPARE(result.exitCode, 0);
        const QStringList aside
            = QDir(m_shop).entryList({QStringLiteral("comptoir-before-restore-*.sqlite")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(result.out.contains(aside.first()), qPrintable(result.out));
        QCOMPARE(
            run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--data-dir"), m_shop})
                .exitCode,
            0);
    }

    void corruptedBackupIsRefused()
    {
        const QString bad = freshDir(QStringLiteral("bad-backup"));
        QVERIFY(QDir().mkpath(bad));
        QVERIFY(QFile::copy(QDir(m_backup).filePath(QStringLiteral("comptoir.sqlite")),
                            QDir(bad).filePath(QStringLiteral("comptoir.sqlite"))));
        QFile file(QDir(bad).filePath(QStringLiteral("comptoir.sqlite")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        file.write(QByteArray(16384, '\x5A'));
        file.close();
        const QByteArray before = digest(databasePath(m_shop));
        const Run result = run(en({QStringLiteral("restore"), QStringLiteral("--from"), bad,
                                   QStringLiteral("--data-dir"), m_shop, QStringLiteral("--yes")}));
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("nothing was changed"))
                     || result.err.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(result.err));
        QCOMPARE(digest(databasePath(m_shop)), before);
    }

    void foreignBackupIsRefused()
    {
        const QString other = freshDir(QStringLiteral("other-shop"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), other})
                     .exitCode,
                 0);
        const QByteArray before = digest(databasePath(other));
        const Run result = run(en({QStringLiteral("restore"), QStringLiteral("--from"), m_backup,
                                   QStringLiteral("--data-dir"), other, QStringLiteral("--yes")}));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("another till")), qPrintable(result.err));
        QCOMPARE(digest(databasePath(other)), before);
    }

    void restoreWaitsForTheOpenShop()
    {
        InstanceLock held(m_shop);
        QVERIFY(held.tryLock(0));
        const Run result = run(en({QStringLiteral("restore"), QStringLiteral("--from"), m_backup,
                                   QStringLiteral("--data-dir"), m_shop, QStringLiteral("--yes")}));
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(QStringLiteral("Close Comptoir")), qPrintable(result.err));
    }

    void usage()
    {
        QCOMPARE(run({QStringLiteral("restore")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--from"), m_backup}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
