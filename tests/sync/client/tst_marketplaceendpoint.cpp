// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/marketplaceendpoint.h"

#include <QTest>

using namespace comptoir;

class TestMarketplaceEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void pathsAreAppended();
    void passwordIsNeverQuoted();
};

void TestMarketplaceEndpoint::rule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("code"); // ErrorCode
    QTest::addColumn<QString>("base"); // normalised, when accepted

    const int ok = int(ErrorCode::None);
    const int invalid = int(ErrorCode::MarketplaceUrlInvalid);
    const int insecure = int(ErrorCode::MarketplaceInsecure);
    QTest::newRow("https host") << "https://vitrines-orleans.fr" << ok << "https://vitrines-orleans.fr";
    QTest::newRow("https trailing slash")
        << "https://vitrines-orleans.fr/" << ok << "https://vitrines-orleans.fr";
    QTest::newRow("https with port and prefix")
        << "https://market.example.org:8443/vitrines/" << ok << "https://market.example.org:8443/vitrines";
    QTest::newRow("https upper-case scheme")
        << "HTTPS://vitrines-orleans.fr" << ok << "https://vitrines-orleans.fr";
    QTest::newRow("spaces around") << "  https://vitrines-orleans.fr  " << ok
                                   << "https://vitrines-orleans.fr";
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << ok << "http://127.0.0.1:8080";
    QTest::newRow("http loopback 127/8") << "http://127.12.0.9:8080" << ok << "http://127.12.0.9:8080";
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << ok << "http://[::1]:8080";
    QTest::newRow("http localhost") << "http://localhost:8080" << ok << "http://localhost:8080";
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:8080/" << ok << "http://localhost:8080";
    QTest::newRow("https loopback") << "https://127.0.0.1:8443" << ok << "https://127.0.0.1:8443";
    QTest::newRow("http public host") << "http://vitrines-orleans.fr" << insecure << "";
    QTest::newRow("http LAN address") << "http://192.168.1.20:8080" << insecure << "";
    QTest::newRow("http 0.0.0.0") << "http://0.0.0.0:8080" << insecure << "";
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << insecure << "";
    QTest::newRow("http localhost look-alike") << "http://localhost.evil.example" << insecure << "";
    QTest::newRow("http 127 as a name prefix") << "http://127.0.0.1.evil.example" << insecure << "";
    QTest::newRow("http shorthand 127.1")
        << "http://127.1:8080" << ok << "http://127.0.0.1:8080"; // QUrl expands it
    QTest::newRow("http v6 public") << "http://[2001:db8::1]:8080" << insecure << "";
    QTest::newRow("empty") << "" << invalid << "";
    QTest::newRow("no scheme") << "vitrines-orleans.fr" << invalid << "";
    QTest::newRow("ftp") << "ftp://vitrines-orleans.fr" << invalid << "";
    QTest::newRow("file") << "file:///etc/passwd" << invalid << "";
    QTest::newRow("no host") << "https://" << invalid << "";
    QTest::newRow("user info") << "https://user:pw@vitrines-orleans.fr" << invalid << "";
    QTest::newRow("query") << "https://vitrines-orleans.fr/?x=1" << invalid << "";
    QTest::newRow("fragment") << "https://vitrines-orleans.fr/#top" << invalid << "";
    QTest::newRow("bad port") << "https://vitrines-orleans.fr:99999" << invalid << "";
    QTest::newRow("space in host") << "https://vitrines orleans.fr" << invalid << "";
}

void TestMarketplaceEndpoint::rule()
{
    QFETCH(QString, url);
    QFETCH(int, code);
    QFETCH(QString, base);
    const auto endpoint = MarketplaceEndpoint::parse(url);
    if (code == int(ErrorCode::None)) {
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().detail));
        QCOMPARE(endpoint->toString(), base);
    } else {
        QVERIFY(!endpoint.ok());
        QCOMPARE(int(endpoint.error().code), code);
        QVERIFY(!endpoint.error().detail.isEmpty());
    }
}

void TestMarketplaceEndpoint::pathsAreAppended()
{
    const auto endpoint = MarketplaceEndpoint::parse(QStringLiteral("https://market.example.org/vitrines/"));
    QVERIFY(endpoint.ok());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QStringLiteral("12"));
    QCOMPARE(endpoint->url(QStringLiteral("/v1/changes"), query).toString(),
             QStringLiteral("https://market.example.org/vitrines/v1/changes?since=12"));
    QCOMPARE(endpoint->url(QStringLiteral("/v1/push")).toString(),
             QStringLiteral("https://market.example.org/vitrines/v1/push"));
    QVERIFY(!endpoint->isLoopback());
}

void TestMarketplaceEndpoint::passwordIsNeverQuoted()
{
    const auto refused
        = MarketplaceEndpoint::parse(QStringLiteral("https://shop:s3cr3t@vitrines-orleans.fr"));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().subject.contains(QStringLiteral("s3cr3t")));
    QVERIFY(!refused.error().detail.contains(QStringLiteral("s3cr3t")));
    const auto garbled
        = MarketplaceEndpoint::parse(QStringLiteral("https://shop:s3cr3t@vitrines orleans.fr"));
    QVERIFY(!garbled.ok());
    QVERIFY(!garbled.error().subject.contains(QStringLiteral("s3cr3t")));
}

QTEST_GUILESS_MAIN(TestMarketplaceEndpoint)
#include "tst_marketplaceendpoint.moc"
