// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's marketplace (app/demomarketplace.cpp, issue 5 point 2): the real comptoir-marketplace
// started beside a demo database, the till enrolled with it (token in the demo's in-memory
// store), the same shop, device and address again after a restart, and a demo that goes on
// without it when the server is missing.

#include "app/demomarketplace.h"
#include "models/demo/demosecretstore.h"
#include "models/demo/demoshop.h"
#include "models/storage/database.h"
#include "sync/enrolment/enrollment.h"
#include "tempdatabase.h"
#include "tests/marketplace/marketclient.h"
#include "tokenwait.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace comptoir;
using comptoir::market::testing::MarketClient;

class TestDemoMarketplace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsEnrollsAndRestartsWithTheSameShop();
    void missingServerLeavesTheDemoRunning();

private:
    std::unique_ptr<TempDatabase> m_temp;
};

void TestDemoMarketplace::init()
{
    qputenv("COMPTOIR_MARKETPLACE_BIN", QByteArrayLiteral(COMPTOIR_MARKETPLACE));
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    QVERIFY(m_temp->db().setMeta(DemoShop::shopNameKey(), QStringLiteral("Épicerie fine du Martroi")).ok());
}

void TestDemoMarketplace::cleanup()
{
    m_temp.reset();
    qunsetenv("COMPTOIR_MARKETPLACE_BIN");
}

void TestDemoMarketplace::startsEnrollsAndRestartsWithTheSameShop()
{
    Database &db = m_temp->db();
    QString shopId;
    QUrl firstUrl;
    QByteArray firstToken;
    {
        DemoSecretStore secrets;
        DemoMarketplace market;
        QVERIFY2(market.start(m_temp->dir(), db, secrets), qPrintable(market.statusText()));
        QVERIFY(market.isRunning());
        QVERIFY(market.statusText().contains(market.url().toString()));
        QCOMPARE(market.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(QFileInfo::exists(DemoMarketplace::databaseFile(m_temp->dir())));

        const auto enrolled = Enrollment::current(db);
        QVERIFY(enrolled.ok() && enrolled->has_value());
        QCOMPARE((*enrolled)->deviceId, db.deviceId());
        QCOMPARE((*enrolled)->shopName, QStringLiteral("Épicerie fine du Martroi"));
        QCOMPARE((*enrolled)->endpoint.baseUrl().port(), market.url().port());
        shopId = (*enrolled)->shopId;
        firstUrl = market.url();
        const Result<QByteArray> token = tokenOf(secrets, db.deviceId());
        QVERIFY(token.ok());
        firstToken = token.value();

        // The marketplace answers the till's token.
        MarketClient client(market.url());
        const auto snapshot = client.request("GET", QStringLiteral("/v1/snapshot?limit=1"), {}, firstToken);
        QCOMPARE(snapshot.status, 200);
        QCOMPARE(snapshot.json.value(QStringLiteral("shop_id")).toString(), shopId);
    } // the server is stopped with its owner

    MarketClient gone(firstUrl);
    QVERIFY(gone.request("GET", QStringLiteral("/v1/changes?since=0"), {}, firstToken, {}, 2000).status == 0);

    // A restart: a new process's in-memory store holds no token; the same shop, device and address
    // are enrolled again with a new code.
    DemoSecretStore secrets;
    DemoMarketplace market;
    QVERIFY2(market.start(m_temp->dir(), db, secrets), qPrintable(market.statusText()));
    const auto enrolled = Enrollment::current(db);
    QVERIFY(enrolled.ok() && enrolled->has_value());
    QCOMPARE((*enrolled)->shopId, shopId);
    QCOMPARE((*enrolled)->deviceId, db.deviceId());
    QCOMPARE(market.url(), firstUrl);
    const Result<QByteArray> token = tokenOf(secrets, db.deviceId());
    QVERIFY(token.ok());
    QVERIFY(token.value() != firstToken);
    MarketClient client(market.url());
    QCOMPARE(client.request("GET", QStringLiteral("/v1/snapshot?limit=1"), {}, token.value()).status, 200);
    // The first run's token was replaced (one token per device).
    QCOMPARE(client.request("GET", QStringLiteral("/v1/snapshot?limit=1"), {}, firstToken).status, 401);
    // One shop in the marketplace's file, the same as before.
    int exitCode = -1;
    QProcess state;
    state.start(QStringLiteral(COMPTOIR_MARKETPLACE),
                {QStringLiteral("state"), QStringLiteral("--db"),
                 DemoMarketplace::databaseFile(m_temp->dir()), QStringLiteral("--shop"), shopId});
    QVERIFY(state.waitForFinished(20000));
    exitCode = state.exitCode();
    QCOMPARE(exitCode, 0);
    QVERIFY(state.readAllStandardOutput().contains(db.deviceId().toUtf8()));

    market.stop();
    QVERIFY(!market.isRunning());
}

void TestDemoMarketplace::missingServerLeavesTheDemoRunning()
{
    qputenv("COMPTOIR_MARKETPLACE_BIN", QByteArrayLiteral("/nonexistent/comptoir-marketplace"));
    DemoSecretStore secrets;
    DemoMarketplace market;
    QVERIFY(!market.start(m_temp->dir(), m_temp->db(), secrets));
    QVERIFY(!market.isRunning());
    QVERIFY(market.statusText().contains(QLatin1String("without its marketplace")));
    const auto enrolled = Enrollment::current(m_temp->db());
    QVERIFY(enrolled.ok());
    QVERIFY(!enrolled->has_value());
}

QTEST_GUILESS_MAIN(TestDemoMarketplace)
#include "tst_demomarketplace.moc"
