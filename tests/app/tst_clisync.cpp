// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `comptoir sync --once` (app/synccommand.cpp) driven as a volunteer would run it: the built
// executable, a shop folder, the real comptoir-marketplace over loopback. The enrolled case needs a
// real secret service (the token lives only in the keychain): CTest runs this test a second time
// inside tests/support/with-keyring.sh (COMPTOIR_KEYCHAIN_TEST=keyring).
#include "clirunner.h"
#include "models/storage/datadirectory.h"
#include "sync/enrolment/enrollment.h"
#include "sync/keychain/keychainsecretstore.h"
#include "tests/marketplace/marketclient.h"
#include "tokenwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace comptoir;
using namespace comptoir::clitest;
using market::testing::MarketClient;
using market::testing::MarketServer;

class TestCliSync : public QObject, public CliRunner
{
    Q_OBJECT

private:
private Q_SLOTS:
    void noShopIsSaid()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sync"),
                           QStringLiteral("--once"), QStringLiteral("--data-dir"),
                           freshDir(QStringLiteral("nothing"))});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("There is no shop")), qPrintable(r.err));
    }

    void syncNeedsOnce()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sync")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--once")), qPrintable(r.err));
        const Run wrong
            = run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--once")});
        QCOMPARE(wrong.exitCode, 2);
    }

    void notEnrolledIsSaidClearly()
    {
        const QString dir = newShop(QStringLiteral("shop-not-enrolled"));
        QVERIFY(!dir.isEmpty());
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sync"),
                           QStringLiteral("--once"), QStringLiteral("--data-dir"), dir});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("not enrolled")), qPrintable(r.err));
    }

    void enrolledShopSyncsAndSaysWhatHappened()
    {
        if (qEnvironmentVariable("COMPTOIR_KEYCHAIN_TEST") != QStringLiteral("keyring"))
            QSKIP("needs a secret service: run inside tests/support/with-keyring.sh");
        MarketServer server;
        QVERIFY(server.start());
        MarketClient market(server.url());
        const QString shopId = market.createShop(QStringLiteral("Papeterie Jeanne d'Arc"));
        auto setup = market.enrol(shopId, QStringLiteral("setup"));
        const auto [productId, variantId] = market.createProduct(setup, QStringLiteral("Carnet"), 10);

        const QString dir = newShop(QStringLiteral("shop-enrolled"));
        QVERIFY(!dir.isEmpty());
        QString deviceId;
        {
            auto db = Database::open(databasePath(dir));
            QVERIFY(db.ok());
            KeychainSecretStore keychain; // the service the program uses
            QNetworkAccessManager network;
            Enrollment enrollment(**db, keychain, network);
            std::optional<Result<EnrolledDevice>> outcome;
            enrollment.enroll(server.url().toString(), market.createCode(shopId), QStringLiteral("Caisse 1"),
                              [&outcome](Result<EnrolledDevice> result) { outcome = std::move(result); });
            QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000));
            QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().detail));
            deviceId = outcome->value().deviceId;
            const QJsonObject payload {
                {QStringLiteral("movement_id"), MarketClient::uuid()},
                {QStringLiteral("variant_id"), variantId},
                {QStringLiteral("delta"), -2},
                {QStringLiteral("reason"), QStringLiteral("sale")},
                {QStringLiteral("occurred_at"), QStringLiteral("2026-11-27T10:00:00.000Z")}};
            QVERIFY(
                (*db)
                    ->exec(QStringLiteral("INSERT INTO sync_outbox (kind, entity_id, payload, created_at) "
                                          "VALUES ('stock_movement', ?, ?, '2026-11-27T10:00:00.000Z')"),
                           {payload.value(QStringLiteral("movement_id")).toString(),
                            QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))})
                    .ok());
        }

        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sync"),
                           QStringLiteral("--once"), QStringLiteral("--data-dir"), dir});
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Changes sent to the marketplace: 1 (applied: 1,")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("A full copy of the shop")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("Changes still waiting to be confirmed by the marketplace: 0.")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Sync finished.")), qPrintable(r.out));
        QCOMPARE(market.onHand(shopId, variantId), qint64(8));
        {
            auto db = Database::open(databasePath(dir));
            QVERIFY(db.ok());
            QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));
        }

        // The device is revoked: the command says the till must be enrolled again.
        market.admin("POST", QStringLiteral("/admin/v1/shops/%1/devices/%2/revoke").arg(shopId, deviceId));
        const Run revoked = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sync"),
                                 QStringLiteral("--once"), QStringLiteral("--data-dir"), dir});
        QCOMPARE(revoked.exitCode, 4);
        QVERIFY2(revoked.err.contains(QStringLiteral("enrolled again")), qPrintable(revoked.err));
        KeychainSecretStore keychain;
        QVERIFY(!revoked.out.contains(QString::fromLatin1(
            readSecret(keychain, Enrollment::tokenKey(deviceId)).value().value_or(QByteArray("no token")))));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
