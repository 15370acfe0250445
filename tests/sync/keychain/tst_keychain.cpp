// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretwait.h"
#include "sync/keychain/keychainsecretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

using namespace comptoir;

// Two ways to run (set by the CTest entries in CMakeLists.txt):
// - COMPTOIR_KEYCHAIN_TEST=keyring: under tests/support/with-keyring.sh, a real gnome-keyring in
//   a private D-Bus session; the round-trip tests run.
// - COMPTOIR_KEYCHAIN_TEST=unavailable: no secret service (the keychain_no_bus entry points
//   DBUS_SESSION_BUS_ADDRESS nowhere; keychain_no_service runs with-keyring.sh
//   --no-secret-service, a bus where org.freedesktop.secrets cannot be activated); only
//   noSecretServiceIsUnavailableQuickly runs.
// Run by hand without either, every test skips: nothing touches the user's own keychain.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteRemove();
    void absentEntryIsNothing();
    void secretsAreKeptPerService();
    void noSecretServiceIsUnavailableQuickly();

private:
    static QString mode() { return qEnvironmentVariable("COMPTOIR_KEYCHAIN_TEST"); }
    QString m_service;
};

void TestKeychain::initTestCase()
{
    // A service name of our own, so that even a keychain reused by mistake is not disturbed.
    m_service = QStringLiteral("Comptoir-test-%1").arg(QCoreApplication::applicationPid());
}

void TestKeychain::writeReadOverwriteRemove()
{
    if (mode() != QLatin1String("keyring"))
        QSKIP("needs a real keychain: run through tests/support/with-keyring.sh");
    KeychainSecretStore store(m_service);
    const QString key = QStringLiteral("register-signing-key/test-device");
    const QByteArray secret("\0\x01\xff seed\0with zero bytes\x80\0", 27);
    QCOMPARE(secret.size(), 27);

    const Status written = writeSecret(store, key, secret);
    QVERIFY2(written.ok(), qPrintable(written.error().detail));
    const Result<std::optional<QByteArray>> readBack = readSecret(store, key);
    QVERIFY2(readBack.ok(), qPrintable(readBack.ok() ? QString() : readBack.error().detail));
    QVERIFY(readBack->has_value());
    QCOMPARE(readBack->value().toHex(), secret.toHex());

    const QByteArray replacement(32, '\0');
    QVERIFY(writeSecret(store, key, replacement).ok());
    QCOMPARE(readSecret(store, key)->value(), replacement);

    // Another store object on the same service sees the same secret (it is in the keychain,
    // not in memory).
    KeychainSecretStore other(m_service);
    QCOMPARE(readSecret(other, key)->value(), replacement);

    QVERIFY(removeSecret(store, key).ok());
    const Result<std::optional<QByteArray>> gone = readSecret(store, key);
    QVERIFY(gone.ok());
    QVERIFY(!gone->has_value());
    QVERIFY(removeSecret(store, key).ok()); // removing what is absent is not an error
}

void TestKeychain::absentEntryIsNothing()
{
    if (mode() != QLatin1String("keyring"))
        QSKIP("needs a real keychain: run through tests/support/with-keyring.sh");
    KeychainSecretStore store(m_service);
    const Result<std::optional<QByteArray>> absent = readSecret(store, QStringLiteral("never-written"));
    QVERIFY2(absent.ok(), qPrintable(absent.ok() ? QString() : absent.error().detail));
    QVERIFY(!absent->has_value());
}

void TestKeychain::secretsAreKeptPerService()
{
    if (mode() != QLatin1String("keyring"))
        QSKIP("needs a real keychain: run through tests/support/with-keyring.sh");
    KeychainSecretStore first(m_service + QStringLiteral("-a"));
    KeychainSecretStore second(m_service + QStringLiteral("-b"));
    const QString key = QStringLiteral("marketplace-token/shop");
    QVERIFY(writeSecret(first, key, QByteArray("token a")).ok());
    QVERIFY(!readSecret(second, key)->has_value());
    QVERIFY(writeSecret(second, key, QByteArray("token b")).ok());
    QCOMPARE(readSecret(first, key)->value(), QByteArray("token a"));
    QCOMPARE(readSecret(second, key)->value(), QByteArray("token b"));
    QVERIFY(removeSecret(first, key).ok());
    QVERIFY(removeSecret(second, key).ok());
}

void TestKeychain::noSecretServiceIsUnavailableQuickly()
{
    if (mode() != QLatin1String("unavailable"))
        QSKIP("runs as the keychain_no_bus and keychain_no_service CTest entries");
    KeychainSecretStore store(m_service, 10000);
    QElapsedTimer timer;
    timer.start();
    const Result<std::optional<QByteArray>> result = readSecret(store, QStringLiteral("anything"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(result.error().subject, QStringLiteral("gnome-keyring (or KWallet)"));
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

    const Status written = writeSecret(store, QStringLiteral("anything"), QByteArray("secret value"));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::KeychainUnavailable);
    QVERIFY(!written.error().detail.contains(QLatin1String("secret value")));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
