// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filemodes.h"
#include "models/storage/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <memory>

#include <sys/stat.h>

using namespace comptoir;

Q_LOGGING_CATEGORY(lcLogTest, "comptoir.test.logfile")

namespace {

const QRegularExpression LinePattern(QStringLiteral(
    R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (DEBUG|INFO|WARNING|CRITICAL|FATAL) [\w.]+: .*$)"));

// What reached the handler installed before the LogFile (stands for stderr).
QMutex s_echoedMutex;
QStringList s_echoed;

void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&s_echoedMutex);
    s_echoed.append(message);
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList logFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("comptoir.log*")}, QDir::Files, QDir::Name);
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QMutexLocker lock(&s_echoedMutex);
        s_echoed.clear();
    }

    void formatsOneLine_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("info") << int(QtInfoMsg) << QStringLiteral("opened comptoir.sqlite")
                              << QStringLiteral("2026-11-27T10:00:00.123Z INFO comptoir.models.database: "
                                                "opened comptoir.sqlite");
        QTest::newRow("warning") << int(QtWarningMsg) << QStringLiteral("busy")
                                 << QStringLiteral(
                                        "2026-11-27T10:00:00.123Z WARNING comptoir.models.database: busy");
        QTest::newRow("critical") << int(QtCriticalMsg) << QStringLiteral("x")
                                  << QStringLiteral(
                                         "2026-11-27T10:00:00.123Z CRITICAL comptoir.models.database: x");
        QTest::newRow("debug") << int(QtDebugMsg) << QStringLiteral("y")
                               << QStringLiteral(
                                      "2026-11-27T10:00:00.123Z DEBUG comptoir.models.database: y");
        QTest::newRow("line breaks stay on one line")
            << int(QtInfoMsg) << QStringLiteral("first\nsecond\r\n")
            << QStringLiteral("2026-11-27T10:00:00.123Z INFO comptoir.models.database: first\\nsecond\\n");
    }

    void formatsOneLine()
    {
        QFETCH(int, type);
        QFETCH(QString, message);
        QFETCH(QString, expected);
        // A local time is written in UTC.
        const QDateTime utc(QDate(2026, 11, 27), QTime(10, 0, 0, 123), Qt::UTC);
        const QString line = LogFile::formatLine(utc.toOffsetFromUtc(3600), QtMsgType(type),
                                                 "comptoir.models.database", message);
        QCOMPARE(line, expected);
        QVERIFY(LinePattern.match(line).hasMatch());
    }

    void writesMessagesAndRestoresTheHandler()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("logs")); // created on demand
        const QtMessageHandler before = qInstallMessageHandler(captureHandler);
        {
            LogFile log(folder);
            QVERIFY(log.isOpen());
            QCOMPARE(log.filePath(), QDir(folder).filePath(QStringLiteral("comptoir.log")));
            qCInfo(lcLogTest) << "hello" << 42;
            qCWarning(lcLogTest, "careful");
        }
        qCInfo(lcLogTest) << "after the log file is gone";
        qInstallMessageHandler(before);

        const QStringList lines = readLines(QDir(folder).filePath(QStringLiteral("comptoir.log")));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).endsWith(QStringLiteral(" INFO comptoir.test.logfile: hello 42")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral(" WARNING comptoir.test.logfile: careful")),
                 qPrintable(lines.at(1)));
        for (const QString &line : lines)
            QVERIFY2(LinePattern.match(line).hasMatch(), qPrintable(line));
        // Everything was passed on to the previous handler, and it is back in place.
        QCOMPARE(s_echoed,
                 (QStringList {QStringLiteral("hello 42"), QStringLiteral("careful"),
                               QStringLiteral("after the log file is gone")}));
    }

    void appendsToAnExistingLog()
    {
        QTemporaryDir dir;
        const QtMessageHandler before = qInstallMessageHandler(captureHandler);
        {
            LogFile log(dir.path());
            qCInfo(lcLogTest, "first run");
        }
        {
            LogFile log(dir.path());
            qCInfo(lcLogTest, "second run");
        }
        qInstallMessageHandler(before);
        const QStringList lines = readLines(dir.filePath(QStringLiteral("comptoir.log")));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith(QStringLiteral("first run")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("second run")));
    }

    void echoThresholdKeepsChatterInTheFile()
    {
        QTemporaryDir dir;
        const QtMessageHandler before = qInstallMessageHandler(captureHandler);
        {
            LogFile log(dir.path());
            log.setEchoThreshold(QtWarningMsg);
            qCInfo(lcLogTest, "chatter");
            qCWarning(lcLogTest, "problem");
            qCCritical(lcLogTest, "failure");
        }
        qInstallMessageHandler(before);
        QCOMPARE(s_echoed, (QStringList {QStringLiteral("problem"), QStringLiteral("failure")}));
        QCOMPARE(readLines(dir.filePath(QStringLiteral("comptoir.log"))).size(), 3);
    }

    void rotatesAndKeepsAtMostKeepFiles()
    {
        QTemporaryDir dir;
        constexpr qint64 MaxBytes = 4096;
        constexpr int KeepFiles = 3;
        constexpr int Messages = 400; // about 100 bytes each: ten files' worth
        const QtMessageHandler before = qInstallMessageHandler(captureHandler);
        {
            LogFile log(dir.path(), MaxBytes, KeepFiles);
            for (int i = 0; i < Messages; ++i)
                qCInfo(lcLogTest, "message %05d with some padding to make the line longer .....", i);
        }
        qInstallMessageHandler(before);

        const QStringList files = logFiles(dir.path());
        QCOMPARE(files,
                 (QStringList {QStringLiteral("comptoir.log"), QStringLiteral("comptoir.log.1"),
                               QStringLiteral("comptoir.log.2")}));
        // Newest last: comptoir.log.2, comptoir.log.1, comptoir.log hold consecutive messages
        // ending with the last one.
        QList<int> numbers;
        static const QRegularExpression number(QStringLiteral("message (\\d{5}) "));
        for (const QString &name : {QStringLiteral("comptoir.log.2"), QStringLiteral("comptoir.log.1"),
                                    QStringLiteral("comptoir.log")}) {
            const QString path = dir.filePath(name);
            QVERIFY2(QFile(path).size() <= MaxBytes, qPrintable(name));
            const QStringList lines = readLines(path);
            QVERIFY(!lines.isEmpty());
            for (const QString &line : lines) {
                QVERIFY2(LinePattern.match(line).hasMatch(), qPrintable(line));
                numbers.append(number.match(line).captured(1).toInt());
            }
        }
        QCOMPARE(numbers.last(), Messages - 1);
        for (qsizetype i = 1; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), numbers.at(i - 1) + 1);
        QVERIFY(numbers.size() < Messages); // the oldest were dropped
    }

    // The log names operators and what they did: its folder is 0700 and its files (rotated ones
    // too) 0600, whatever the umask.
    void logsAreForTheOwnerOnly()
    {
        ::umask(022);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("logs"));
        const QtMessageHandler before = qInstallMessageHandler(captureHandler);
        {
            LogFile log(folder, 1024, 3);
            for (int i = 0; i < 40; ++i)
                qCInfo(lcLogTest, "message %05d with some padding to make the line longer .....", i);
        }
        qInstallMessageHandler(before);
        QCOMPARE(logFiles(folder).size(), 3);
        QCOMPARE(filemodes::entriesNotPrivate(folder), QStringList());
    }

    void keepOneMeansOnlyTheCurrentFile()
    {
        QTemporaryDir dir;
        const QtMessageHandler before = qInstallMessageHandler(captureHandler);
        {
            LogFile log(dir.path(), 1024, 1);
            for (int i = 0; i < 100; ++i)
                qCInfo(lcLogTest, "message %d padded ..........................................", i);
        }
        qInstallMessageHandler(before);
        QCOMPARE(logFiles(dir.path()), QStringList {QStringLiteral("comptoir.log")});
        QVERIFY(readLines(dir.filePath(QStringLiteral("comptoir.log")))
                    .last()
                    .contains(QStringLiteral("message 99 ")));
    }

    void threadsWriteWholeLines()
    {
        QTemporaryDir dir;
        constexpr int Threads = 4;
        constexpr int PerThread = 250;
        const QtMessageHandler before = qInstallMessageHandler(captureHandler);
        {
            LogFile log(dir.path(), 64 * 1024 * 1024, 2);
            std::vector<std::unique_ptr<QThread>> threads;
            for (int t = 0; t < Threads; ++t) {
                threads.emplace_back(QThread::create([t] {
                    for (int i = 0; i < PerThread; ++i)
                        qCInfo(lcLogTest, "thread %d message %d", t, i);
                }));
                threads.back()->start();
            }
            for (auto &thread : threads)
                QVERIFY(thread->wait(30000));
        }
        qInstallMessageHandler(before);
        const QStringList lines = readLines(dir.filePath(QStringLiteral("comptoir.log")));
        QCOMPARE(lines.size(), Threads * PerThread);
        for (const QString &line : lines)
            QVERIFY2(LinePattern.match(line).hasMatch(), qPrintable(line));
        for (int t = 0; t < Threads; ++t) {
            const QString last = QStringLiteral("thread %1 message %2").arg(t).arg(PerThread - 1);
            QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                                [&last](const QString &l) { return l.endsWith(last); }));
        }
    }

    void nestedLogFilesBothWrite()
    {
        QTemporaryDir outer;
        QTemporaryDir inner;
        const QtMessageHandler before = qInstallMessageHandler(captureHandler);
        {
            LogFile first(outer.path());
            {
                LogFile second(inner.path());
                qCInfo(lcLogTest, "both");
            }
            qCInfo(lcLogTest, "outer only");
        }
        qInstallMessageHandler(before);
        QCOMPARE(readLines(inner.filePath(QStringLiteral("comptoir.log"))).size(), 1);
        const QStringList outerLines = readLines(outer.filePath(QStringLiteral("comptoir.log")));
        QCOMPARE(outerLines.size(), 2);
        QVERIFY(outerLines.at(0).endsWith(QStringLiteral("both")));
        QVERIFY(outerLines.at(1).endsWith(QStringLiteral("outer only")));
        QCOMPARE(s_echoed, (QStringList {QStringLiteral("both"), QStringLiteral("outer only")}));
    }

    void unwritableFolderStillForwards()
    {
        QTemporaryDir dir;
        // A file where the folder should be: the log cannot be created.
        const QString blocked = dir.filePath(QStringLiteral("blocked"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QtMessageHandler before = qInstallMessageHandler(captureHandler);
        {
            LogFile log(blocked);
            QVERIFY(!log.isOpen());
            qCInfo(lcLogTest, "still echoed");
        }
        qInstallMessageHandler(before);
        QCOMPARE(s_echoed, QStringList {QStringLiteral("still echoed")});
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
