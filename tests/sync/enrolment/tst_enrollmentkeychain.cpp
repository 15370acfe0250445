// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Enrollment with a real secret service and the real marketplace (issue 5, point 5): the till
// enrolls over loopback with the reference comptoir-marketplace, and its device token lands in
// gnome-keyring (QtKeychain → libsecret, in a private D-Bus session started by
// tests/support/with-keyring.sh), never in the SQLite file, its WAL or the log file.
//
// Two CTest entries run this binary:
// - enrollmentkeychain: COMPTOIR_KEYCHAIN_TEST=keyring, a real unlocked gnome-keyring;
// - enrollmentkeychain_no_service: COMPTOIR_KEYCHAIN_TEST=unavailable, a D-Bus session without
//   any secret service: enrolling must fail with KeychainUnavailable and write nothing.
// Run by hand without either, every test skips: nothing touches the user's own keychain.

#include "models/storage/database.h"
#include "models/storage/logfile.h"
#include "sync/enrolment/enrollment.h"
#include "sync/keychain/keychainsecretstore.h"
#include "tempdatabase.h"
#include "tests/marketplace/marketclient.h"
#include "tokenwait.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace comptoir;
using comptoir::market::testing::MarketClient;
using comptoir::market::testing::MarketServer;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file of a folder (recursively) that contains needle.
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (fileBytes(path).contains(needle))
            found << path;
    }
    return found;
}

} // namespace

class TestEnrollmentKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenLivesOnlyInTheKeyring();
    void noSecretServiceChangesNothing();

private:
    static QString mode() { return qEnvironmentVariable("COMPTOIR_KEYCHAIN_TEST"); }
    Result<EnrolledDevice> enroll(Database &db, SecretStore &secrets, const QString &url,
                                  const QString &code);

    QString m_service;
};

void TestEnrollmentKeychain::initTestCase()
{
    // A service name of our own: even a keychain reused by mistake is not disturbed.
    m_service = QStringLiteral("Comptoir-sync-test-%1").arg(QCoreApplication::applicationPid());
    // Everything is logged, debug included: the token must not appear at any level.
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*=true"));
}

Result<EnrolledDevice> TestEnrollmentKeychain::enroll(Database &db, SecretStore &secrets, const QString &url,
                                                      const QString &code)
{
    QNetworkAccessManager network;
    Enrollment enrollment(db, secrets, network);
    std::optional<Result<EnrolledDevice>> outcome;
    enrollment.enroll(url, code, QStringLiteral("Caisse 1"),
                      [&outcome](Result<EnrolledDevice> result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000))
        return makeError(ErrorCode::MarketplaceUnreachable, url, QStringLiteral("no answer in 30 s"));
    return *outcome;
}

void TestEnrollmentKeychain::tokenLivesOnlyInTheKeyring()
{
    if (mode() != QLatin1String("keyring"))
        QSKIP("needs a real keychain: run through tests/support/with-keyring.sh (CTest entry "
              "enrollmentkeychain)");

    MarketServer server;
    QVERIFY(server.start());
    MarketClient admin(server.url());
    const QString shopId = admin.createShop(QStringLiteral("Librairie du Martroi"));
    QVERIFY(!shopId.isEmpty());
    const QString code = admin.createCode(shopId);
    QVERIFY(!code.isEmpty());

    TempDatabase temp;
    QVERIFY(temp.isValid());
    const QString logFolder = QDir(temp.dir()).filePath(QStringLiteral("logs"));
    QString deviceId;
    QByteArray token;
    {
        LogFile log(logFolder);
        QVERIFY(log.isOpen());
        KeychainSecretStore keychain(m_service);
        const Result<EnrolledDevice> enrolled = enroll(temp.db(), keychain, server.url().toString(), code);
        QVERIFY2(enrolled.ok(), qPrintable(enrolled.ok() ? QString() : enrolled.error().detail));
        QCOMPARE(enrolled->shopId, shopId);
        QCOMPARE(enrolled->deviceId, temp.db().deviceId());
        deviceId = enrolled->deviceId;

        // The token is in the keyring: another store object on the same service (a new D-Bus
        // conversation with gnome-keyring, no memory shared) reads it.
        KeychainSecretStore fresh(m_service);
        const Result<QByteArray> stored = tokenOf(fresh, deviceId);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().detail));
        token = stored.value();
        QVERIFY(token.size() >= 20);
        const auto raw = readSecret(fresh, Enrollment::tokenKey(deviceId));
        QVERIFY(raw.ok() && raw->has_value());
        QCOMPARE(raw->value(), token);

        // It is the marketplace's real token: the shop API answers it.
        market::testing::Device device {deviceId, token, shopId, 0};
        const auto changes = admin.changes(device, 0);
        QCOMPARE(changes.status, 200);

        // Nothing of it in the database, its WAL (checked while the connection is open, before any
        // checkpoint) or the log.
        QVERIFY(QFile::exists(temp.filePath() + QStringLiteral("-wal")));
        QVERIFY2(!fileBytes(temp.filePath()).contains(token), "token in the SQLite file");
        QVERIFY2(!fileBytes(temp.filePath() + QStringLiteral("-wal")).contains(token), "token in the WAL");
        QVERIFY2(!fileBytes(temp.filePath() + QStringLiteral("-shm")).contains(token), "token in the SHM");
        // The log did record the enrollment (so it was really written), without the token.
        QVERIFY(fileBytes(log.filePath()).contains("enrolled with shop"));
        QCOMPARE(filesContaining(logFolder, token), QStringList());
    }
    // The meta rows name the marketplace, the shop and the device, never the token.
    auto meta = temp.db().query(QStringLiteral("SELECT key, value FROM meta"));
    QVERIFY(meta.ok());
    while (meta.value().next())
        QVERIFY2(!meta.value().value(1).toByteArray().contains(token),
                 qPrintable(meta.value().value(0).toString()));

    // After a restart (the database closed and opened again, a new keychain object), the till is
    // still enrolled and reads its token back from the keyring.
    QVERIFY(temp.reopen());
    const auto current = Enrollment::current(temp.db());
    QVERIFY(current.ok() && current->has_value());
    QCOMPARE((*current)->deviceId, deviceId);
    QCOMPARE((*current)->shopId, shopId);
    QCOMPARE(filesContaining(temp.dir(), token), QStringList());
    KeychainSecretStore afterRestart(m_service);
    const Result<QByteArray> readBack = tokenOf(afterRestart, deviceId);
    QVERIFY(readBack.ok());
    QCOMPARE(readBack.value(), token);

    // The marketplace keeps only the token's hash.
    QCOMPARE(filesContaining(QFileInfo(server.dbPath()).absolutePath(), token), QStringList());

    QVERIFY(forgetTokenOf(afterRestart, deviceId).ok());
    const Result<QByteArray> forgotten = tokenOf(afterRestart, deviceId);
    QVERIFY(!forgotten.ok());
    QCOMPARE(forgotten.error().code, ErrorCode::NotEnrolled);
}

void TestEnrollmentKeychain::noSecretServiceChangesNothing()
{
    if (mode() != QLatin1String("unavailable"))
        QSKIP("runs as the enrollmentkeychain_no_service CTest entry");

    MarketServer server;
    QVERIFY(server.start());
    MarketClient admin(server.url());
    const QString shopId = admin.createShop(QStringLiteral("Librairie du Martroi"));
    const QString code = admin.createCode(shopId);
    QVERIFY(!code.isEmpty());

    TempDatabase temp;
    QVERIFY(temp.isValid());
    KeychainSecretStore keychain(m_service, 10000);
    const Result<EnrolledDevice> enrolled = enroll(temp.db(), keychain, server.url().toString(), code);
    QVERIFY(!enrolled.ok());
    QCOMPARE(enrolled.error().code, ErrorCode::KeychainUnavailable);
    // Not enrolled: no meta row was written, so the till asks again once a keychain is there.
    const auto current = Enrollment::current(temp.db());
    QVERIFY(current.ok());
    QVERIFY(!current->has_value());
}

QTEST_GUILESS_MAIN(TestEnrollmentKeychain)
#include "tst_enrollmentkeychain.moc"
