// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the doctor's checks as values (sync/doctor), without a window or a process: the
// marketplace probe against a fault matrix (FakeNetwork: accepted, revoked, certificate error,
// handshake broken, refused, server error; clock right, skewed, far off, no Date), the printer
// probe (a listening port, a closed one, a PDF folder, a missing device) and the last good
// backup's states (models/backup/backupstate.h).
#include "fakeclock.h"
#include "fakenetwork.h"
#include "models/backup/backupstate.h"
#include "sync/doctor/localchecks.h"
#include "sync/doctor/marketplaceprobe.h"
#include "sync/doctor/printerprobe.h"
#include "tempdatabase.h"

#include <QLocale>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::DoctorLevel)

namespace {

const QByteArray Token = QByteArrayLiteral("secret-device-token");

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

EnrolledDevice device()
{
    return EnrolledDevice {MarketplaceEndpoint::parse(QStringLiteral("https://vitrines.example.org")).value(),
                           QStringLiteral("shop-1"), QStringLiteral("Épicerie"), QStringLiteral("device-1")};
}

} // namespace

class TestDoctorProbes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marketplace_data();
    void marketplace();
    void requestCarriesTheTokenOnlyInItsHeader();
    void printer();
    void backup_data();
    void backup();
    void freshDatabase();
};

void TestDoctorProbes::marketplace_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("dateOffsetSeconds"); // the marketplace's clock minus ours; 9999: no Date
    QTest::addColumn<QString>("marketState");
    QTest::addColumn<DoctorLevel>("marketLevel");
    QTest::addColumn<QString>("clockState");
    QTest::addColumn<DoctorLevel>("clockLevel");
    const int answer = int(CannedReply::Mode::Answer);
    QTest::newRow("accepted, same time")
        << answer << 200 << 0 << "ok" << DoctorLevel::Ok << "ok" << DoctorLevel::Ok;
    QTest::newRow("accepted, 5 min behind")
        << answer << 200 << 300 << "ok" << DoctorLevel::Ok << "skewed" << DoctorLevel::Warn;
    QTest::newRow("accepted, 2 h ahead")
        << answer << 200 << -7200 << "ok" << DoctorLevel::Ok << "skewed" << DoctorLevel::Fail;
    QTest::newRow("accepted, no Date")
        << answer << 200 << 9999 << "ok" << DoctorLevel::Ok << "not-compared" << DoctorLevel::Warn;
    QTest::newRow("stale epoch: the token was accepted")
        << answer << 410 << 0 << "ok" << DoctorLevel::Ok << "ok" << DoctorLevel::Ok;
    QTest::newRow("revoked token") << answer << 401 << 0 << "revoked" << DoctorLevel::Fail << "ok"
                                   << DoctorLevel::Ok;
    QTest::newRow("server error") << answer << 503 << 0 << "http-error" << DoctorLevel::Fail << "ok"
                                  << DoctorLevel::Ok;
    QTest::newRow("certificate error") << int(CannedReply::Mode::CertificateError) << 0 << 9999 << "tls"
                                       << DoctorLevel::Fail << "not-compared" << DoctorLevel::Warn;
    QTest::newRow("handshake broken") << int(CannedReply::Mode::HandshakeReset) << 0 << 9999 << "tls"
                                      << DoctorLevel::Fail << "not-compared" << DoctorLevel::Warn;
    QTest::newRow("refused") << int(CannedReply::Mode::Refused) << 0 << 9999 << "unreachable"
                             << DoctorLevel::Fail << "not-compared" << DoctorLevel::Warn;
}

void TestDoctorProbes::marketplace()
{
    QFETCH(int, mode);
    QFETCH(int, status);
    QFETCH(int, dateOffsetSeconds);
    QFETCH(QString, marketState);
    QFETCH(DoctorLevel, marketLevel);
    QFETCH(QString, clockState);
    QFETCH(DoctorLevel, clockLevel);

    FakeClock clock;
    clock.set(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
    FakeNetwork network;
    CannedReply canned = CannedReply::json(status, QByteArrayLiteral("{}"));
    canned.mode = CannedReply::Mode(mode);
    if (dateOffsetSeconds != 9999)
        canned.headers.append({QByteArrayLiteral("Date"), httpDate(clock.now().addSecs(dateOffsetSeconds))});
    network.enqueue(canned);
    MarketplaceProbe probe(network, clock);
    std::optional<QList<DoctorItem>> items;
    probe.run(device(), Token, 12, 34, [&items](QList<DoctorItem> found) { items = found; });
    QVERIFY(!items); // never from inside the call
    QTRY_VERIFY(items.has_value());
    QCOMPARE(items->size(), 2);
    const DoctorItem &market = items->at(0);
    QCOMPARE(market.id, QStringLiteral("marketplace"));
    QCOMPARE(market.state(), marketState);
    QCOMPARE(market.level, marketLevel);
    QCOMPARE(market.facts.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://vitrines.example.org"));
    if (marketState == QLatin1String("tls"))
        QVERIFY(!market.facts.value(QStringLiteral("tls_errors")).toStringList().isEmpty());
    const DoctorItem &clockItem = items->at(1);
    QCOMPARE(clockItem.id, QStringLiteral("clock"));
    QCOMPARE(clockItem.state(), clockState);
    QCOMPARE(clockItem.level, clockLevel);
    if (clockState != QLatin1String("not-compared"))
        QCOMPARE(clockItem.facts.value(QStringLiteral("offset_seconds")).toLongLong(),
                 qint64(-dateOffsetSeconds));
    // Certificate errors are named, never ignored.
    QCOMPARE(network.replies().first()->ignoreSslErrorsCalls, 0);
    for (const DoctorItem &item : *items) {
        for (const QVariant &value : item.facts)
            QVERIFY(!value.toString().contains(QString::fromLatin1(Token)));
    }
}

void TestDoctorProbes::requestCarriesTheTokenOnlyInItsHeader()
{
    FakeClock clock;
    FakeNetwork network;
    network.enqueue(CannedReply::json(200, QByteArrayLiteral("{}")));
    MarketplaceProbe probe(network, clock);
    bool done = false;
    probe.run(device(), Token, 12, 34, [&done](QList<DoctorItem>) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(network.requests().size(), 1);
    const QNetworkRequest &request = network.requests().first().request;
    QCOMPARE(network.requests().first().operation, QNetworkAccessManager::GetOperation);
    QCOMPARE(request.url().path(), QStringLiteral("/v1/changes"));
    QCOMPARE(request.url().query(), QStringLiteral("since=12&limit=1&epoch=34"));
    QVERIFY(!request.url().toString().contains(QString::fromLatin1(Token)));
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer ") + Token);
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QVERIFY(request.transferTimeout() > 0);
}

void TestDoctorProbes::printer()
{
    PrinterProbe probe;
    auto check = [&probe](const PrinterSettings &settings) {
        std::optional<DoctorItem> found;
        probe.run(settings, [&found](DoctorItem item) { found = item; });
        if (!QTest::qWaitFor([&found] { return found.has_value(); }, 10000))
            return DoctorItem {};
        return *found;
    };
    PrinterSettings none;
    QCOMPARE(check(none).state(), QStringLiteral("none"));
    QCOMPARE(check(none).level, DoctorLevel::Warn);

    QTcpServer listening;
    QVERIFY(listening.listen(QHostAddress::LocalHost));
    PrinterSettings network;
    network.kind = PrinterSettings::Kind::EscPosNetwork;
    network.host = QStringLiteral("127.0.0.1");
    network.port = listening.serverPort();
    const DoctorItem reachable = check(network);
    QCOMPARE(reachable.state(), QStringLiteral("ok"));
    QCOMPARE(reachable.facts.value(QStringLiteral("target")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(listening.serverPort()));
    listening.close();
    const DoctorItem closed = check(network); // nobody listens there any more
    QCOMPARE(closed.state(), QStringLiteral("unreachable"));
    QCOMPARE(closed.level, DoctorLevel::Fail);

    QTemporaryDir folder;
    PrinterSettings pdf;
    pdf.kind = PrinterSettings::Kind::PdfFolder;
    pdf.pdfFolder = folder.path();
    QCOMPARE(check(pdf).state(), QStringLiteral("ok"));
    QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // its probe file is gone
    pdf.pdfFolder = folder.filePath(QStringLiteral("receipts/2026")); // made at the first receipt
    QCOMPARE(check(pdf).state(), QStringLiteral("not-yet"));
    QCOMPARE(check(pdf).level, DoctorLevel::Ok);
    QFile plain(folder.filePath(QStringLiteral("plain-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    pdf.pdfFolder = folder.filePath(QStringLiteral("plain-file/receipts")); // cannot be made
    QCOMPARE(check(pdf).state(), QStringLiteral("unreachable"));
    QCOMPARE(check(pdf).level, DoctorLevel::Fail);
    QFile::remove(plain.fileName());

    PrinterSettings device;
    device.kind = PrinterSettings::Kind::EscPosDevice;
    device.device = folder.filePath(QStringLiteral("lp9"));
    QCOMPARE(check(device).state(), QStringLiteral("unreachable"));
    QFile file(device.device);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(check(device).state(), QStringLiteral("ok"));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner));
    if (!QFileInfo(device.device).isWritable()) // not as root, who may write anything
        QCOMPARE(check(device).state(), QStringLiteral("not-writable"));

    PrinterSettings system;
    system.kind = PrinterSettings::Kind::System;
    QCOMPARE(check(system).state(), QStringLiteral("not-checked"));
    QCOMPARE(check(system).level, DoctorLevel::Ok);
}

void TestDoctorProbes::backup_data()
{
    QTest::addColumn<bool>("folderChosen");
    QTest::addColumn<bool>("folderThere");
    QTest::addColumn<int>("hoursAgo"); // -1: never a good backup
    QTest::addColumn<QString>("state");
    QTest::addColumn<DoctorLevel>("level");
    QTest::newRow("no folder chosen") << false << false << -1 << "no-folder" << DoctorLevel::Warn;
    QTest::newRow("never backed up") << true << true << -1 << "never" << DoctorLevel::Warn;
    QTest::newRow("fresh") << true << true << 3 << "ok" << DoctorLevel::Ok;
    QTest::newRow("47 hours") << true << true << 47 << "ok" << DoctorLevel::Ok;
    QTest::newRow("stale, 49 hours") << true << true << 49 << "stale" << DoctorLevel::Warn;
    QTest::newRow("folder missing") << true << false << 3 << "folder-missing" << DoctorLevel::Fail;
    QTest::newRow("folder missing, never") << true << false << -1 << "folder-missing" << DoctorLevel::Fail;
}

void TestDoctorProbes::backup()
{
    QFETCH(bool, folderChosen);
    QFETCH(bool, folderThere);
    QFETCH(int, hoursAgo);
    QFETCH(QString, state);
    QFETCH(DoctorLevel, level);
    TempDatabase temp;
    QVERIFY(temp.isValid());
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("usb"));
    if (folderThere)
        QVERIFY(QDir().mkpath(folder));
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    if (folderChosen)
        QVERIFY(BackupStateStore::setFolder(temp.db(), folder).ok());
    if (hoursAgo >= 0)
        QVERIFY(
            BackupStateStore::recordGood(temp.db(), now.addSecs(-3600 * hoursAgo), QStringLiteral("b.sqlite"))
                .ok());
    const DoctorItem item = LocalChecks::lastBackup(temp.db(), now);
    QCOMPARE(item.id, QStringLiteral("backup"));
    QCOMPARE(item.state(), state);
    QCOMPARE(item.level, level);
    if (hoursAgo >= 0 && folderChosen)
        QCOMPARE(item.facts.value(QStringLiteral("age_hours")).toInt(), hoursAgo);
}

void TestDoctorProbes::freshDatabase()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    const DoctorItem integrity = LocalChecks::databaseIntegrity(temp.db());
    QCOMPARE(integrity.state(), QStringLiteral("intact"));
    const DoctorItem journal = LocalChecks::journalChain(temp.db());
    QCOMPARE(journal.state(), QStringLiteral("empty"));
    QCOMPARE(journal.level, DoctorLevel::Ok);
    const DoctorItem disk = LocalChecks::freeDisk(temp.dir());
    QVERIFY(disk.facts.value(QStringLiteral("free_bytes")).toLongLong() > 0);
    const DoctorItem versions = LocalChecks::versions(temp.db());
    QVERIFY(versions.facts.value(QStringLiteral("sqlite")).toString().startsWith(QStringLiteral("3.")));
    QCOMPARE(versions.facts.value(QStringLiteral("schema")).toInt(), temp.db().schemaVersion());
    QVERIFY(versions.facts.value(QStringLiteral("qt")).toString().startsWith(QStringLiteral("6.")));
}

QTEST_GUILESS_MAIN(TestDoctorProbes)
#include "tst_doctorprobes.moc"
