// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The data folder's owner-only permissions: folders made 0700 whatever the umask, anything found
// open to the group or others repaired (owner bits kept, symbolic links left alone), each repair
// logged as a warning.
#include "filemodes.h"
#include "models/storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace comptoir;
using namespace comptoir::filemodes;

namespace {

bool writeFile(const QString &path, int wantedMode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("x") != 1)
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(wantedMode)) == 0;
}

const QRegularExpression RepairWarning(QStringLiteral("^permissions of .* were open to other accounts"));

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The usual desktop umask: what the program makes must be private all the same.
        ::umask(022);
    }

    void aNewFolderIsForTheOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parent/shop"));
        QVERIFY(makePrivateFolder(path));
        QCOMPARE(octal(mode(path)), QStringLiteral("0700"));
        // An existing folder is a success, and left as it is.
        QVERIFY(makePrivateFolder(path));
    }

    void aFileInTheWayIsNoFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file"));
        QVERIFY(writeFile(path, 0600));
        QVERIFY(!makePrivateFolder(path));
        QVERIFY(!makePrivateFolder(path + QStringLiteral("/below")));
    }

    void ownerBitsAreKept_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::addColumn<bool>("repaired");
        QTest::newRow("0644") << 0644 << 0600 << true;
        QTest::newRow("0666") << 0666 << 0600 << true;
        QTest::newRow("0755") << 0755 << 0700 << true;
        QTest::newRow("0604") << 0604 << 0600 << true;
        QTest::newRow("0640") << 0640 << 0600 << true;
        QTest::newRow("0600") << 0600 << 0600 << false;
        QTest::newRow("0400") << 0400 << 0400 << false;
    }

    void ownerBitsAreKept()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        QFETCH(bool, repaired);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file"));
        QVERIFY(writeFile(path, before));
        if (repaired)
            QTest::ignoreMessage(QtWarningMsg, RepairWarning);
        QCOMPARE(restrictToOwner(path), repaired);
        QCOMPARE(octal(mode(path)), octal(after));
    }

    void aLooseTreeIsRepairedThroughout()
    {
        QTemporaryDir dir;
        const QString shop = dir.filePath(QStringLiteral("shop"));
        QVERIFY(QDir().mkpath(shop + QStringLiteral("/logs")));
        QVERIFY(QDir().mkpath(shop + QStringLiteral("/receipts/2026")));
        QVERIFY(writeFile(shop + QStringLiteral("/comptoir.sqlite"), 0644));
        QVERIFY(writeFile(shop + QStringLiteral("/comptoir.sqlite-wal"), 0644));
        QVERIFY(writeFile(shop + QStringLiteral("/logs/comptoir.log"), 0666));
        QVERIFY(writeFile(shop + QStringLiteral("/receipts/2026/ticket-1.pdf"), 0644));
        QVERIFY(writeFile(shop + QStringLiteral("/.hidden"), 0644));
        QVERIFY(writeFile(shop + QStringLiteral("/already-private"), 0600));
        for (const QString &folder :
             QStringList {shop, shop + QStringLiteral("/logs"), shop + QStringLiteral("/receipts"),
                          shop + QStringLiteral("/receipts/2026")})
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        // A link to a file outside: neither it nor its target is changed.
        const QString outside = dir.filePath(QStringLiteral("outside.txt"));
        QVERIFY(writeFile(outside, 0644));
        QVERIFY(QFile::link(outside, shop + QStringLiteral("/link")));

        const int loose = entryCount(shop) - 2; // all but the private file and the link
        for (int i = 0; i < loose; ++i)
            QTest::ignoreMessage(QtWarningMsg, RepairWarning);
        QCOMPARE(restrictTreeToOwner(shop), loose);
        QCOMPARE(entriesNotPrivate(shop), QStringList());
        QCOMPARE(octal(mode(outside)), QStringLiteral("0644"));
        // Nothing left to repair.
        QCOMPARE(restrictTreeToOwner(shop), 0);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
