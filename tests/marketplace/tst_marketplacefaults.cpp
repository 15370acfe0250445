// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reference marketplace's fault injection over real loopback HTTP: a dropped request applies
// nothing, a dropped response has committed, a 503 applies nothing, and with every request
// handled twice every push is still applied once.
#include "marketclient.h"

#include <QTest>

using namespace comptoir::market::testing;

class TestMarketplaceFaults : public QObject
{
    Q_OBJECT

private:
    MarketServer m_server;
    MarketClient m_client {QUrl()};
    QString m_shop;
    Device m_till;
    QString m_variant;

    void setFaults(const QJsonObject &rates)
    {
        QCOMPARE(m_client.admin("POST", QStringLiteral("/admin/v1/faults"), rates).status, 200);
    }

    QJsonObject sale(const QString &movementId) const
    {
        return MarketClient::mutation(
            QStringLiteral("stock_movement"),
            MarketClient::movement(m_variant, -1, QStringLiteral("sale"), movementId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start({QStringLiteral("--seed"), QStringLiteral("3")}));
        m_client.setBase(m_server.url());
        m_shop = m_client.createShop(QStringLiteral("Caviste"));
        m_till = m_client.enrol(m_shop);
        m_variant = m_client.createProduct(m_till, QStringLiteral("Vouvray"), 10).second;
        QCOMPARE(m_client.onHand(m_shop, m_variant), 10);
    }

    void droppedRequestAppliesNothing()
    {
        setFaults({{QStringLiteral("drop_request"), 1.0}});
        const QJsonArray mutations {MarketClient::numbered(m_till, sale(MarketClient::uuid()))};
        const HttpResult lost = m_client.pushRaw(m_till, mutations);
        setFaults({{QStringLiteral("drop_request"), 0.0}});
        QCOMPARE(lost.status, 0);
        QVERIFY(lost.error != QNetworkReply::NoError);
        QCOMPARE(m_client.onHand(m_shop, m_variant), 10);
        const HttpResult retried = m_client.pushRaw(m_till, mutations);
        QCOMPARE(retried.json[QStringLiteral("results")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));
        QCOMPARE(m_client.onHand(m_shop, m_variant), 9);
    }

    void droppedResponseHasCommitted()
    {
        setFaults({{QStringLiteral("drop_response"), 1.0}});
        const QJsonArray mutations {MarketClient::numbered(m_till, sale(MarketClient::uuid()))};
        const HttpResult lost = m_client.pushRaw(m_till, mutations);
        setFaults({{QStringLiteral("drop_response"), 0.0}});
        QCOMPARE(lost.status, 0);
        QCOMPARE(m_client.onHand(m_shop, m_variant), 8);
        const HttpResult retried = m_client.pushRaw(m_till, mutations);
        QCOMPARE(retried.json[QStringLiteral("results")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(retried.json[QStringLiteral("results")][0][QStringLiteral("original_status")].toString(),
                 QStringLiteral("applied"));
        QCOMPARE(m_client.onHand(m_shop, m_variant), 8);
    }

    void error5xxAppliesNothing()
    {
        setFaults({{QStringLiteral("error_5xx"), 1.0}});
        const QJsonArray mutations {MarketClient::numbered(m_till, sale(MarketClient::uuid()))};
        const HttpResult refused = m_client.pushRaw(m_till, mutations);
        setFaults({{QStringLiteral("error_5xx"), 0.0}});
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.errorCode(), QStringLiteral("unavailable"));
        QCOMPARE(m_client.onHand(m_shop, m_variant), 8);
        QCOMPARE(m_client.pushRaw(m_till, mutations).status, 200);
        QCOMPARE(m_client.onHand(m_shop, m_variant), 7);
    }

    void delayedAnswersStillArrive()
    {
        setFaults({{QStringLiteral("delay_ms"), 300}});
        const HttpResult pulled = m_client.changes(m_till, 0);
        setFaults({{QStringLiteral("delay_ms"), 0}});
        QCOMPARE(pulled.status, 200);
        QVERIFY(pulled.elapsedMs < 3000);
        QCOMPARE(m_client.admin("GET", QStringLiteral("/admin/v1/faults"))
                     .json.value(QStringLiteral("delay_ms"))
                     .toInt(),
                 0);
        QCOMPARE(
            m_client.admin("POST", QStringLiteral("/admin/v1/faults"), {{QStringLiteral("duplicate"), 2.0}})
                .status,
            400);
    }

    void everyRequestHandledTwiceIsAppliedOnce()
    {
        MarketServer doubled;
        QVERIFY(doubled.start({QStringLiteral("--duplicate"), QStringLiteral("1.0"), QStringLiteral("--seed"),
                               QStringLiteral("1")}));
        MarketClient client(doubled.url());
        const QString shop = client.createShop(QStringLiteral("Double"));
        Device till = client.enrol(shop); // handled twice: the second, a retry, gives the token sent
        QVERIFY(!till.token.isEmpty());
        const auto [productId, variantId] = client.createProduct(till, QStringLiteral("Pain"), 6);
        QJsonArray sales;
        for (int i = 0; i < 4; ++i)
            sales.append(
                MarketClient::mutation(QStringLiteral("stock_movement"),
                                       MarketClient::movement(variantId, -1, QStringLiteral("sale"))));
        const HttpResult pushed = client.push(till, sales);
        QCOMPARE(pushed.status, 200);
        for (const QJsonValue &r : pushed.json.value(QStringLiteral("results")).toArray()) {
            QCOMPARE(r[QStringLiteral("status")].toString(),
                     QStringLiteral("duplicate")); // the second handling's answer
            QCOMPARE(r[QStringLiteral("original_status")].toString(), QStringLiteral("applied"));
        }
        const QJsonObject stock = client.variantState(shop, variantId);
        QCOMPARE(stock.value(QStringLiteral("on_hand")).toInteger(), 2);
        QCOMPARE(stock.value(QStringLiteral("movements")).toInteger(), 5);
        const QJsonObject state = client.state(shop);
        QCOMPARE(state.value(QStringLiteral("movements")).toInteger(), 5);
        QCOMPARE(state[QStringLiteral("devices")][0][QStringLiteral("last_applied_seq")].toInteger(),
                 till.seq);
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceFaults)
#include "tst_marketplacefaults.moc"
