// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One process per data folder: the lock is refused to a second holder with the first one's process
// and host, taken over when its process is gone, and taken over from another host only when no
// process holds it any more (a folder copied or restored from a running till). The holder is also
// another process: this test's executable run with --hold FOLDER, which keeps the lock until its
// standard input closes.
#include "filemodes.h"
#include "models/storage/instancelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace comptoir;
using namespace comptoir::filemodes;

namespace {

// A lock file as QLockFile writes it: pid, program, host, host id, boot id.
bool writeLockFile(const QString &path, qint64 pid, const QString &host, const QByteArray &hostId,
                   const QByteArray &bootId)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray contents
        = QByteArray::number(pid) + "\ncomptoir\n" + host.toUtf8() + '\n' + hostId + '\n' + bootId + '\n';
    return file.write(contents) == contents.size();
}

qint64 lockHolder(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readLine().trimmed().toLongLong();
}

// The other process: takes the folder, says "locked", keeps it until its standard input closes.
int holdLock(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    InstanceLock lock(QString::fromLocal8Bit(argv[2]));
    if (!lock.tryLock(0))
        return 3;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) { }
    return 0;
}

} // namespace

class TestInstanceLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ::umask(022); }

    void aSecondHolderIsToldWhoHasIt()
    {
        QTemporaryDir dir;
        const QString path = InstanceLock::lockFilePath(dir.path());
        QCOMPARE(path, dir.filePath(QStringLiteral("comptoir.lock")));
        {
            InstanceLock first(dir.path());
            QVERIFY(first.tryLock(0).ok());
            QVERIFY(first.isLocked());
            QCOMPARE(octal(mode(path)), QStringLiteral("0600"));
            QCOMPARE(lockHolder(path), QCoreApplication::applicationPid());

            InstanceLock second(dir.path());
            const Status refused = second.tryLock(0);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::DataFolderInUse);
            QCOMPARE(refused.error().subject, QString::number(QCoreApplication::applicationPid()));
            QCOMPARE(refused.error().detail, QSysInfo::machineHostName());
            QVERIFY(!second.isLocked());
            QVERIFY(first.tryLock(0).ok()); // already held: fine
        }
        QVERIFY(!QFile::exists(path)); // let go with its holder
        InstanceLock later(dir.path());
        QVERIFY(later.tryLock(0).ok());
    }

    void aLockWhoseProcessIsGoneIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        const QString path = InstanceLock::lockFilePath(dir.path());
        QVERIFY(writeLockFile(path, pid, QSysInfo::machineHostName(), QSysInfo::machineUniqueId(),
                              QSysInfo::bootUniqueId()));
        InstanceLock lock(dir.path());
        QVERIFY(lock.tryLock(0).ok());
        QCOMPARE(lockHolder(path), QCoreApplication::applicationPid());
    }

    void aLockFromBeforeARebootIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = InstanceLock::lockFilePath(dir.path());
        // The process id is alive (this test's own), but the machine booted since.
        QVERIFY(writeLockFile(path, QCoreApplication::applicationPid(), QSysInfo::machineHostName(),
                              QSysInfo::machineUniqueId(), QByteArrayLiteral("an-earlier-boot")));
        InstanceLock lock(dir.path());
        QVERIFY(lock.tryLock(0).ok());
    }

    void aLockFromAnotherHostIsTakenOverWhenNobodyHoldsIt()
    {
        QTemporaryDir dir;
        const QString path = InstanceLock::lockFilePath(dir.path());
        QVERIFY(writeLockFile(path, 4242, QStringLiteral("other-till"), QByteArrayLiteral("other-host-id"),
                              QByteArrayLiteral("other-boot")));
        InstanceLock lock(dir.path());
        QVERIFY(lock.tryLock(0).ok());
        QCOMPARE(lockHolder(path), QCoreApplication::applicationPid());
    }

    void aLockHeldOnAnotherHostIsRefused()
    {
        QTemporaryDir dir;
        const QString path = InstanceLock::lockFilePath(dir.path());
        QVERIFY(writeLockFile(path, 4242, QStringLiteral("other-till"), QByteArrayLiteral("other-host-id"),
                              QByteArrayLiteral("other-boot")));
        // The other host's process holds it as QLockFile does: an flock on the file.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        InstanceLock lock(dir.path());
        const Status refused = lock.tryLock(0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DataFolderInUse);
        QCOMPARE(refused.error().subject, QStringLiteral("4242@other-till"));
        QCOMPARE(refused.error().detail, QStringLiteral("other-till"));
        QVERIFY(QFile::exists(path));
        ::close(fd); // that process is gone
        QVERIFY(lock.tryLock(0).ok());
    }

    void anotherProcessHoldingItIsNamedAndWaitedFor()
    {
        QTemporaryDir dir;
        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), dir.path()});
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY(holder.canReadLine() || holder.state() != QProcess::Running);
        QCOMPARE(holder.readLine(), QByteArray("locked\n"));

        InstanceLock lock(dir.path());
        const Status refused = lock.tryLock(0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DataFolderInUse);
        QCOMPARE(refused.error().subject, QString::number(holder.processId()));

        // The holder lets go while this one waits (as `sync --once` waits for a closing window).
        holder.closeWriteChannel();
        QVERIFY(lock.tryLock(10000).ok());
        QVERIFY(holder.waitForFinished());
        QCOMPARE(holder.exitCode(), 0);
    }

    void aKilledHoldersLockIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), dir.path()});
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY(holder.canReadLine() || holder.state() != QProcess::Running);
        QCOMPARE(holder.readLine(), QByteArray("locked\n"));
        holder.kill(); // no unlock: the file stays
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFile::exists(InstanceLock::lockFilePath(dir.path())));
        InstanceLock lock(dir.path());
        QVERIFY(lock.tryLock(0).ok());
        QCOMPARE(lockHolder(InstanceLock::lockFilePath(dir.path())), QCoreApplication::applicationPid());
    }

    void anUnwritableFolderIsUnusable()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        InstanceLock lock(dir.path());
        const Status refused = lock.tryLock(0);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DataDirectoryUnusable);
        QCOMPARE(refused.error().subject, dir.path());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0)
        return holdLock(argc, argv);
    QCoreApplication app(argc, argv);
    TestInstanceLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_instancelock.moc"
