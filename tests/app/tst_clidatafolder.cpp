// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shop's data folder seen from the real program (issue 18): a new shop's folder and every file
// in it are for the user's account only, a looser folder is repaired at start, and one Comptoir at
// a time works in it: a second window brings the first to the front and exits with code 5, a
// command waits a few seconds and exits with 5 naming the process, a crashed holder's lock is taken
// over. Commands run without a display; the windows offscreen.
#include "clirunner.h"
#include "filemodes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace comptoir;
using namespace comptoir::clitest;
using namespace comptoir::filemodes;

namespace {

constexpr int ExitShopInUse = 5;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString lsLong(const QString &folder)
{
    QProcess ls;
    ls.start(QStringLiteral("ls"), {QStringLiteral("-laR"), folder});
    ls.waitForFinished(10000);
    return QString::fromUtf8(ls.readAllStandardOutput());
}

} // namespace

class TestCliDataFolder : public QObject, protected clitest::CliRunner
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(COMPTOIR_EXE)).isExecutable(), COMPTOIR_EXE);
        QVERIFY(m_home.isValid());
        QVERIFY(m_work.isValid());
        // The usual desktop umask, for this test and the programs it starts: the program's own
        // modes must make the shop private.
        ::umask(022);
        m_shop = freshDir(QStringLiteral("shop"));
        // Three weeks of sales through the real sale path, and the log's lines.
        const Run seeded
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), m_shop});
        QVERIFY2(!seeded.crashed && seeded.exitCode == 0, qPrintable(seeded.err));
    }

    void aNewShopIsForTheOwnerOnly()
    {
        QVERIFY(QFileInfo(m_shop + QStringLiteral("/logs/comptoir.log")).size() > 0);
        {
            auto db = Database::open(databasePath(m_shop));
            QVERIFY(db.ok());
            QVERIFY(scalar(**db, QStringLiteral("SELECT count(*) FROM tickets")) > 0);
        }
        const QStringList wrong = entriesNotPrivate(m_shop);
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(wrong.join(QLatin1Char('\n')) + QLatin1Char('\n') + lsLong(m_shop)));
        QVERIFY(entryCount(m_shop) >= 4); // the folder, the database, logs/, the log
        qInfo().noquote() << lsLong(m_shop);
    }

    void aLooseFolderIsRepairedAtStart()
    {
        const QStringList loosened
            = {m_shop, m_shop + QStringLiteral("/logs"), m_shop + QStringLiteral("/comptoir.sqlite"),
               m_shop + QStringLiteral("/logs/comptoir.log")};
        for (const QString &path : loosened)
            QVERIFY(::chmod(QFile::encodeName(path).constData(), QFileInfo(path).isDir() ? 0755 : 0644) == 0);
        QVERIFY(!entriesNotPrivate(m_shop).isEmpty());
        const Run again
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), m_shop});
        QVERIFY2(!again.crashed && again.exitCode == 0, qPrintable(again.err));
        const QStringList wrong = entriesNotPrivate(m_shop);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        // Each repair is in the log, as a warning.
        const QByteArray log = readAll(m_shop + QStringLiteral("/logs/comptoir.log"));
        QCOMPARE(log.count("WARNING comptoir.models: permissions of "), loosened.size());
    }

    void oneComptoirAtATimePerFolder()
    {
        // The first window, on the seeded shop (a demo shop: its own signing key, no keychain).
        QProcess first;
        first.setProcessEnvironment(environment(true));
        first.setStandardOutputFile(QProcess::nullDevice());
        first.setStandardErrorFile(m_work.filePath(QStringLiteral("first-window.txt")));
        first.start(QStringLiteral(COMPTOIR_EXE), {QStringLiteral("--data-dir"), m_shop});
        QVERIFY(first.waitForStarted(10000));
        const QString log = m_shop + QStringLiteral("/logs/comptoir.log");
        QTRY_VERIFY_WITH_TIMEOUT(
            readAll(log).contains("a second start on this data folder brings this window")
                || first.state() != QProcess::Running,
            90000);
        QCOMPARE(first.state(), QProcess::Running);
        const QString pid = QString::number(first.processId());

        // A second window: the first comes to the front, the second says so and exits.
        QProcess second;
        second.setProcessEnvironment(environment(true));
        second.start(QStringLiteral(COMPTOIR_EXE),
                     {QStringLiteral("--data-dir"), m_shop, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(second.waitForFinished(60000));
        const QString secondErr = QString::fromUtf8(second.readAllStandardError());
        QCOMPARE(second.exitCode(), ExitShopInUse);
        QVERIFY2(secondErr.contains(QStringLiteral("already open in another Comptoir (process ") + pid
                                    + QLatin1Char(')')),
                 qPrintable(secondErr));
        QVERIFY2(secondErr.contains(QStringLiteral("brought to the front")), qPrintable(secondErr));
        QTRY_VERIFY(readAll(log).contains("this window was brought to the front"));

        // Commands that write wait a little, then name the holder; sync first.
        for (const QStringList &command : {QStringList {QStringLiteral("sync"), QStringLiteral("--once")},
                                           QStringList {QStringLiteral("demo"), QStringLiteral("seed")}}) {
            QElapsedTimer waited;
            waited.start();
            const Run r = run(command
                              + QStringList {QStringLiteral("--data-dir"), m_shop, QStringLiteral("--lang"),
                                             QStringLiteral("en")});
            QVERIFY2(!r.crashed, qPrintable(r.err));
            QCOMPARE(r.exitCode, ExitShopInUse);
            QVERIFY2(r.err.contains(QStringLiteral("(process ") + pid + QLatin1Char(')')), qPrintable(r.err));
            QVERIFY(waited.elapsed() >= 2500);
        }
        // Verifying only reads: it runs beside the till.
        const Run verify = run(
            {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--data-dir"), m_shop});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

        // The window is killed: its lock is left behind, and taken over by the next start.
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QVERIFY(QFile::exists(m_shop + QStringLiteral("/comptoir.lock")));
        const Run after
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), m_shop});
        QVERIFY2(!after.crashed && after.exitCode == 0, qPrintable(after.err));
        QVERIFY(!QFile::exists(m_shop + QStringLiteral("/comptoir.lock")));
        QCOMPARE(entriesNotPrivate(m_shop), QStringList());
    }

    void helpNamesTheExitCode()
    {
        const Run r = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("exit code 5 when another Comptoir keeps")),
                 qPrintable(r.out));
    }

private:
    QString m_shop;
};

QTEST_GUILESS_MAIN(TestCliDataFolder)
#include "tst_clidatafolder.moc"
