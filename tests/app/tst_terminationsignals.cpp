// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Termination signals (app/terminationsignals.h): received on the event loop, and the real
// comptoir window ending its run on SIGTERM (a logout) as on a close: exit code 0 and a "stop"
// event last in the technical journal.
#include "app/terminationsignals.h"
#include "clirunner.h"
#include "models/storage/database.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace comptoir;
using namespace comptoir::clitest;

class TestTerminationSignals : public QObject, protected clitest::CliRunner
{
    Q_OBJECT

private Q_SLOTS:
    void signalsComeOnTheEventLoop_data();
    void signalsComeOnTheEventLoop();
    void oneAtATime();
    void sigtermEndsTheRunWithAStopEvent();
};

void TestTerminationSignals::signalsComeOnTheEventLoop_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestTerminationSignals::signalsComeOnTheEventLoop()
{
    QFETCH(int, signalNumber);
    TerminationSignals termination;
    QVERIFY(termination.isActive());
    QVERIFY(TerminationSignals::handledSignals().contains(signalNumber));
    QSignalSpy received(&termination, &TerminationSignals::received);
    QCOMPARE(::raise(signalNumber), 0); // the process lives on: the handler took it
    QCOMPARE(received.size(), 0); // not in the handler: on the event loop
    QVERIFY(received.wait(5000));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toInt(), signalNumber);
}

void TestTerminationSignals::oneAtATime()
{
    auto first = std::make_unique<TerminationSignals>();
    QVERIFY(first->isActive());
    {
        TerminationSignals second;
        QVERIFY(!second.isActive());
    }
    QSignalSpy received(first.get(), &TerminationSignals::received);
    QCOMPARE(::raise(SIGTERM), 0);
    QVERIFY(received.wait(5000));
    first.reset();
    TerminationSignals again; // the first one gave its place back
    QVERIFY(again.isActive());
}

void TestTerminationSignals::sigtermEndsTheRunWithAStopEvent()
{
    const QString dir = freshDir(QStringLiteral("sigterm"));
    const QString logPath = dir + QStringLiteral("/logs/comptoir.log");
    QProcess process;
    QProcessEnvironment env = environment(true);
    // No demo marketplace beside it: the window alone.
    env.insert(QStringLiteral("COMPTOIR_MARKETPLACE_BIN"), m_work.filePath(QStringLiteral("no-marketplace")));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(m_work.filePath(QStringLiteral("sigterm-stderr.txt")));
    process.start(QStringLiteral(COMPTOIR_EXE),
                  {QStringLiteral("--demo"), QStringLiteral("--data-dir"), dir});
    QVERIFY(process.waitForStarted(10000));
    const auto logHas = [&logPath](const QByteArray &text) {
        QFile log(logPath);
        return log.open(QIODevice::ReadOnly) && log.readAll().contains(text);
    };
    // The window is shown (the demo is seeded first), its event loop about to run.
    QTRY_VERIFY_WITH_TIMEOUT(logHas("window opens") || process.state() != QProcess::Running, 180000);
    QCOMPARE(process.state(), QProcess::Running);

    process.terminate(); // SIGTERM, as a logout sends it
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not killed by the signal
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(logHas("signal 15 received"));

    auto db = Database::open(dir + QStringLiteral("/comptoir.sqlite"));
    QVERIFY(db.ok());
    const auto events = rows(**db, QStringLiteral("SELECT id, kind, detail FROM events ORDER BY id DESC"));
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().at(1).toString(), QStringLiteral("stop"));
    // This run's start, then its one stop (the demo's history has runs of its own before).
    const qint64 lastStart = scalar(**db, QStringLiteral("SELECT max(id) FROM events WHERE kind = 'start'"));
    QVERIFY(lastStart > 0);
    QCOMPARE(
        scalar(**db,
               QStringLiteral("SELECT count(*) FROM events WHERE kind = 'stop' AND id > %1").arg(lastStart)),
        1);
}

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
