// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filemodes.h"
#include "models/storage/datadirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace comptoir;

class TestDataDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Vitrines-Orleans"));
        QCoreApplication::setApplicationName(QStringLiteral("Comptoir"));
        // Keeps the default locations under ~/.qttest, away from a real shop's data.
        QStandardPaths::setTestModeEnabled(true);
    }

    void overrideIsCreatedAndReturned()
    {
        QTemporaryDir dir;
        const QString wanted = dir.filePath(QStringLiteral("shop/nested"));
        auto resolved = resolveDataDirectory(wanted, false);
        QVERIFY(resolved.ok());
        QCOMPARE(*resolved, wanted);
        QVERIFY(QFileInfo(wanted).isDir());
        // No probe file is left behind.
        QVERIFY(QDir(wanted).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    // Customers' names and PIN hashes live there: the folder is 0700 whatever the umask (its
    // parents are ordinary folders).
    void aNewFolderIsForTheOwnerOnly()
    {
        ::umask(022);
        QTemporaryDir dir;
        const QString wanted = dir.filePath(QStringLiteral("parent/shop"));
        auto resolved = resolveDataDirectory(wanted, false);
        QVERIFY(resolved.ok());
        QCOMPARE(filemodes::octal(filemodes::mode(wanted)), QStringLiteral("0700"));
        QCOMPARE(filemodes::octal(filemodes::mode(dir.filePath(QStringLiteral("parent")))),
                 QStringLiteral("0755"));
    }

    void overrideWinsForTheDemoToo()
    {
        QTemporaryDir dir;
        auto resolved = resolveDataDirectory(dir.path(), true);
        QVERIFY(resolved.ok());
        QCOMPARE(*resolved, QDir::cleanPath(dir.path()));
    }

    void relativeOverrideBecomesAbsolute()
    {
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        auto resolved = resolveDataDirectory(QStringLiteral("relative/shop"), false);
        QDir::setCurrent(previous);
        QVERIFY(resolved.ok());
        QVERIFY(QFileInfo(*resolved).isAbsolute());
        QCOMPARE(*resolved, QDir(dir.path()).filePath(QStringLiteral("relative/shop")));
    }

    void demoAndRealShopNeverShareAFolder()
    {
        auto real = resolveDataDirectory(QString(), false);
        auto demo = resolveDataDirectory(QString(), true);
        QVERIFY(real.ok());
        QVERIFY(demo.ok());
        QCOMPARE(*real,
                 QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QCOMPARE(*demo, *real + QStringLiteral("-demo"));
        QVERIFY(QFileInfo(*real).isDir());
        QVERIFY(QFileInfo(*demo).isDir());
        QVERIFY(real->contains(QStringLiteral("Comptoir")));
    }

    void aFileInTheWayIsUnusable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        for (const QString &wanted : QStringList {path, path + QStringLiteral("/below")}) {
            auto resolved = resolveDataDirectory(wanted, false);
            QVERIFY(!resolved.ok());
            QCOMPARE(resolved.error().code, ErrorCode::DataDirectoryUnusable);
            QCOMPARE(resolved.error().subject, wanted);
        }
    }

    void aReadOnlyFolderIsUnusable()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner));
        auto resolved = resolveDataDirectory(path, false);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code, ErrorCode::DataDirectoryUnusable);
        QCOMPARE(resolved.error().subject, path);
    }

    void filesInsideTheFolder()
    {
        QCOMPARE(databasePath(QStringLiteral("/data/shop")), QStringLiteral("/data/shop/comptoir.sqlite"));
        QCOMPARE(logDirectory(QStringLiteral("/data/shop")), QStringLiteral("/data/shop/logs"));
    }
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "tst_datadirectory.moc"
