// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `comptoir enroll` (app/enrollcommand.cpp, issue 5 point 5) driven through the built executable,
// against the real comptoir-marketplace over loopback. The successful enrolment needs a real secret
// service (the token goes only into the keychain): CTest runs this test a second time inside
// tests/support/with-keyring.sh (COMPTOIR_KEYCHAIN_TEST=keyring).
#include "clirunner.h"
#include "models/storage/datadirectory.h"
#include "sync/enrolment/enrollment.h"
#include "sync/keychain/keychainsecretstore.h"
#include "tests/marketplace/marketclient.h"
#include "tokenwait.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::clitest;
using market::testing::MarketClient;
using market::testing::MarketServer;

class TestCliEnroll : public QObject, public CliRunner
{
    Q_OBJECT

private:
    static bool notEnrolled(const QString &dir)
    {
        auto db = Database::open(databasePath(dir));
        if (!db)
            return false;
        const auto current = Enrollment::current(**db);
        return current.ok() && !current->has_value();
    }

private Q_SLOTS:
    void usageIsChecked()
    {
        const Run nothing = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("enroll")});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.err.contains(QStringLiteral("--provisioning-file")), qPrintable(nothing.err));
        const Run both
            = run({QStringLiteral("enroll"), QStringLiteral("--url"), QStringLiteral("https://a.example"),
                   QStringLiteral("--code"), QStringLiteral("C"), QStringLiteral("--provisioning-file"),
                   QStringLiteral("f.json")});
        QCOMPARE(both.exitCode, 2);
        const Run wrong = run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--code"),
                               QStringLiteral("C")});
        QCOMPARE(wrong.exitCode, 2);
    }

    void noShopIsSaid()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("enroll"),
                           QStringLiteral("--url"), QStringLiteral("https://market.example.org"),
                           QStringLiteral("--code"), QStringLiteral("CODE"), QStringLiteral("--data-dir"),
                           freshDir(QStringLiteral("nothing"))});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("There is no shop")), qPrintable(r.err));
    }

    void plainHttpIsRefused()
    {
        const QString dir = newShop(QStringLiteral("shop-http"));
        QVERIFY(!dir.isEmpty());
        const Run r
            = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("enroll"),
                   QStringLiteral("--url"), QStringLiteral("http://market.example.org"),
                   QStringLiteral("--code"), QStringLiteral("CODE"), QStringLiteral("--data-dir"), dir});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("https://")), qPrintable(r.err));
        QVERIFY(notEnrolled(dir));
    }

    void unknownCodeIsSaidInWords()
    {
        MarketServer server;
        QVERIFY(server.start());
        const QString dir = newShop(QStringLiteral("shop-unknown-code"));
        QVERIFY(!dir.isEmpty());
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("enroll"),
                           QStringLiteral("--url"), server.url().toString(), QStringLiteral("--code"),
                           QStringLiteral("NOPE-NOPE-NOPE"), QStringLiteral("--data-dir"), dir});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("does not know this enrolment code")), qPrintable(r.err));
        QVERIFY(notEnrolled(dir));
    }

    void enrolsAndSaysWithWhichShop()
    {
        if (qEnvironmentVariable("COMPTOIR_KEYCHAIN_TEST") != QStringLiteral("keyring"))
            QSKIP("needs a secret service: run inside tests/support/with-keyring.sh");
        MarketServer server;
        QVERIFY(server.start());
        MarketClient market(server.url());
        const QString shopId = market.createShop(QStringLiteral("Papeterie Jeanne d'Arc"));
        const QString dir = newShop(QStringLiteral("shop-enrol"));
        QVERIFY(!dir.isEmpty());
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("enroll"),
                           QStringLiteral("--url"), server.url().toString(), QStringLiteral("--code"),
                           market.createCode(shopId), QStringLiteral("--device-name"),
                           QStringLiteral("Caisse 2"), QStringLiteral("--data-dir"), dir});
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Papeterie Jeanne d'Arc")), qPrintable(r.out));
        auto db = Database::open(databasePath(dir));
        QVERIFY(db.ok());
        const QString deviceId = (*db)->deviceId();
        QVERIFY2(r.out.contains(deviceId), qPrintable(r.out));
        const auto current = Enrollment::current(**db);
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE((*current)->shopId, shopId);
        KeychainSecretStore keychain;
        const auto token = tokenOf(keychain, deviceId);
        QVERIFY(token.ok());
        QVERIFY(!r.out.contains(QString::fromLatin1(*token)));
        QVERIFY(forgetTokenOf(keychain, deviceId).ok());
    }
};

QTEST_GUILESS_MAIN(TestCliEnroll)
#include "tst_clienroll.moc"
