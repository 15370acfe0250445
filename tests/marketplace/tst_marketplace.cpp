// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reference marketplace over real loopback HTTP: enrolment, push (idempotence, seq rules),
// stock (counts, orders, oversell), isolation between shops, size limits.
#include "marketclient.h"

#include <QTcpSocket>
#include <QTest>

using namespace comptoir::market::testing;

namespace {

QJsonObject result(const HttpResult &push, int index)
{
    return push.json.value(QStringLiteral("results")).toArray().at(index).toObject();
}

QString status(const HttpResult &push, int index)
{
    return result(push, index).value(QStringLiteral("status")).toString();
}

QJsonObject patch(const QString &productId, qint64 baseVersion, const QJsonObject &fields)
{
    return MarketClient::mutation(QStringLiteral("product_upsert"),
                                  {{QStringLiteral("product_id"), productId},
                                   {QStringLiteral("base_version"), baseVersion},
                                   {QStringLiteral("fields"), fields}});
}

QJsonObject transition(const QString &orderId, const QString &to)
{
    return MarketClient::mutation(QStringLiteral("order_transition"),
                                  {{QStringLiteral("order_id"), orderId}, {QStringLiteral("to"), to}});
}

} // namespace

class TestMarketplace : public QObject
{
    Q_OBJECT

private:
    MarketServer m_server;
    MarketClient m_client {QUrl()};
    QString m_shop;
    Device m_till;

    QString placeOrder(const QString &variantId, qint64 quantity, int *statusCode = nullptr)
    {
        const HttpResult placed
            = m_client.admin("POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(m_shop),
                             {{QStringLiteral("customer"),
                               QJsonObject {{QStringLiteral("name"), QStringLiteral("Camille D.")}}},
                              {QStringLiteral("lines"),
                               QJsonArray {QJsonObject {{QStringLiteral("variant_id"), variantId},
                                                        {QStringLiteral("quantity"), quantity}}}}});
        if (statusCode)
            *statusCode = placed.status;
        return placed.json.value(QStringLiteral("order_id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_client.setBase(m_server.url());
        m_shop = m_client.createShop(QStringLiteral("Épicerie du Martroi"));
        QVERIFY(!m_shop.isEmpty());
        m_till = m_client.enrol(m_shop);
        QVERIFY(!m_till.token.isEmpty());
    }

    void enrolmentCodeIsOneTime()
    {
        const QString code = m_client.createCode(m_shop);
        const QString deviceId = MarketClient::uuid();
        const auto enrol = [&](const QString &id) {
            return m_client.json("POST", QStringLiteral("/v1/enroll"),
                                 {{QStringLiteral("code"), code},
                                  {QStringLiteral("device_id"), id},
                                  {QStringLiteral("device_name"), QStringLiteral("Caisse 2")}},
                                 {});
        };
        const HttpResult first = enrol(deviceId);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(QStringLiteral("shop_id")).toString(), m_shop);
        const HttpResult other = enrol(MarketClient::uuid());
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), QStringLiteral("enrollment_code_used"));
        // The same device retrying (its answer was lost) gets a new token; the old one is dead.
        const HttpResult retry = enrol(deviceId);
        QCOMPARE(retry.status, 201);
        Device old {deviceId, first.json.value(QStringLiteral("token")).toString().toLatin1(), m_shop};
        QCOMPARE(m_client.changes(old, 0).status, 401);
        Device fresh {deviceId, retry.json.value(QStringLiteral("token")).toString().toLatin1(), m_shop};
        QCOMPARE(m_client.changes(fresh, 0).status, 200);
        const HttpResult unknown
            = m_client.json("POST", QStringLiteral("/v1/enroll"),
                            {{QStringLiteral("code"), QStringLiteral("AAAA-BBBB-CCCC")},
                             {QStringLiteral("device_id"), MarketClient::uuid()},
                             {QStringLiteral("device_name"), QStringLiteral("Caisse 3")}},
                            {});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("enrollment_code_unknown"));
    }

    void badTokenIs401()
    {
        Device forged = m_till;
        forged.token = "not-a-token";
        const HttpResult pulled = m_client.changes(forged, 0);
        QCOMPARE(pulled.status, 401);
        QCOMPARE(pulled.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(m_client.request("POST", QStringLiteral("/v1/push"), "{}").status, 401);
    }

    void revokedDeviceReEnrolsKeepingItsSeq()
    {
        Device till = m_client.enrol(m_shop, QStringLiteral("Caisse révoquée"));
        const auto created = m_client.createProduct(till, QStringLiteral("Sel"), 2);
        QVERIFY(!created.first.isEmpty());
        const qint64 seq = till.seq;
        QCOMPARE(
            m_client
                .admin("POST", QStringLiteral("/admin/v1/shops/%1/devices/%2/revoke").arg(m_shop, till.id))
                .status,
            200);
        QCOMPARE(m_client.changes(till, 0).status, 401);
        const HttpResult again = m_client.json("POST", QStringLiteral("/v1/enroll"),
                                               {{QStringLiteral("code"), m_client.createCode(m_shop)},
                                                {QStringLiteral("device_id"), till.id},
                                                {QStringLiteral("device_name"), QStringLiteral("Caisse 1")}},
                                               {});
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json.value(QStringLiteral("last_applied_seq")).toInteger(), seq);
        till.token = again.json.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(m_client.changes(till, 0).status, 200);
        // Enrolled elsewhere, the same device id is refused.
        const QString otherShop = m_client.createShop(QStringLiteral("Autre"));
        const HttpResult elsewhere
            = m_client.json("POST", QStringLiteral("/v1/enroll"),
                            {{QStringLiteral("code"), m_client.createCode(otherShop)},
                             {QStringLiteral("device_id"), till.id},
                             {QStringLiteral("device_name"), QStringLiteral("Caisse 1")}},
                            {});
        QCOMPARE(elsewhere.status, 409);
        QCOMPARE(elsewhere.errorCode(), QStringLiteral("device_conflict"));
    }

    void duplicatePushIsAppliedOnce()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Miel"), 0);
        QJsonArray mutations {
            MarketClient::numbered(
                m_till,
                MarketClient::mutation(QStringLiteral("stock_movement"),
                                       MarketClient::movement(variantId, 5, QStringLiteral("receipt")))),
            MarketClient::numbered(
                m_till,
                MarketClient::mutation(QStringLiteral("stock_movement"),
                                       MarketClient::movement(variantId, -1, QStringLiteral("sale"))))};
        const HttpResult first = m_client.pushRaw(m_till, mutations);
        QCOMPARE(first.status, 200);
        QCOMPARE(status(first, 0), QStringLiteral("applied"));
        const HttpResult again = m_client.pushRaw(m_till, mutations);
        QCOMPARE(again.status, 200);
        QCOMPARE(status(again, 0), QStringLiteral("duplicate"));
        QCOMPARE(result(again, 1).value(QStringLiteral("original_status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(again.json.value(QStringLiteral("last_applied_seq")).toInteger(), m_till.seq);
        const QJsonObject stock = m_client.variantState(m_shop, variantId);
        QCOMPARE(stock.value(QStringLiteral("on_hand")).toInteger(), 4);
        QCOMPARE(stock.value(QStringLiteral("movements")).toInteger(), 2);
        // The same movement under a new mutation is still applied once; other content conflicts.
        const QJsonObject sale = mutations.at(1).toObject().value(QStringLiteral("payload")).toObject();
        QJsonObject changed = sale;
        changed.insert(QStringLiteral("delta"), -3);
        const HttpResult reused
            = m_client.push(m_till,
                            {MarketClient::mutation(QStringLiteral("stock_movement"), sale),
                             MarketClient::mutation(QStringLiteral("stock_movement"), changed)});
        QCOMPARE(status(reused, 0), QStringLiteral("duplicate"));
        QCOMPARE(status(reused, 1), QStringLiteral("rejected"));
        QCOMPARE(result(reused, 1).value(QStringLiteral("code")).toString(),
                 QStringLiteral("movement_conflict"));
        QCOMPARE(m_client.onHand(m_shop, variantId), 4);
    }

    void seqGapRejectsEverything()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Confiture"), 3);
        const qint64 before = m_till.seq;
        Device skipping = m_till;
        skipping.seq += 1; // seq before+1 never sent
        const HttpResult gap = m_client.pushRaw(
            m_till,
            {MarketClient::numbered(
                skipping,
                MarketClient::mutation(QStringLiteral("stock_movement"),
                                       MarketClient::movement(variantId, 7, QStringLiteral("receipt"))))});
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.errorCode(), QStringLiteral("seq_gap"));
        QCOMPARE(gap.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("expected_seq")]
                     .toInteger(),
                 before + 1);
        QCOMPARE(m_client.onHand(m_shop, variantId), 3);
        for (const QJsonValue &d : m_client.state(m_shop).value(QStringLiteral("devices")).toArray()) {
            if (d[QStringLiteral("device_id")].toString() == m_till.id)
                QCOMPARE(d[QStringLiteral("last_applied_seq")].toInteger(), before);
        }
    }

    void rejectedMutationConsumesItsSeq()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Biscuits"), 2);
        QJsonArray mutations {
            MarketClient::numbered(m_till,
                                   MarketClient::mutation(QStringLiteral("stock_movement"),
                                                          MarketClient::movement(MarketClient::uuid(), -1,
                                                                                 QStringLiteral("sale")))),
            MarketClient::numbered(
                m_till,
                MarketClient::mutation(QStringLiteral("stock_movement"),
                                       MarketClient::movement(variantId, -1, QStringLiteral("sale"))))};
        const HttpResult pushed = m_client.pushRaw(m_till, mutations);
        QCOMPARE(status(pushed, 0), QStringLiteral("rejected"));
        QCOMPARE(result(pushed, 0).value(QStringLiteral("code")).toString(),
                 QStringLiteral("variant_unknown"));
        QCOMPARE(status(pushed, 1), QStringLiteral("applied"));
        QCOMPARE(pushed.json.value(QStringLiteral("last_applied_seq")).toInteger(), m_till.seq);
        QCOMPARE(m_client.onHand(m_shop, variantId), 1);
        const HttpResult again = m_client.pushRaw(m_till, mutations);
        QCOMPARE(result(again, 0).value(QStringLiteral("original_status")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(result(again, 0).value(QStringLiteral("code")).toString(),
                 QStringLiteral("variant_unknown"));
    }

    void countAppliesAtItsCausalPoint()
    {
        Device other = m_client.enrol(m_shop, QStringLiteral("Caisse 2"));
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Thé"), 10);
        const qint64 seen
            = m_client.changes(m_till, 0, 1000).json.value(QStringLiteral("next_cursor")).toInteger();
        m_client.push(
            other,
            {MarketClient::mutation(QStringLiteral("stock_movement"),
                                    MarketClient::movement(variantId, -2, QStringLiteral("sale")))});
        QJsonObject count = MarketClient::movement(variantId, -3, QStringLiteral("count"));
        count.insert(QStringLiteral("counted_quantity"), 7);
        count.insert(QStringLiteral("base_cursor"), seen);
        const HttpResult counted
            = m_client.push(m_till, {MarketClient::mutation(QStringLiteral("stock_movement"), count)});
        QCOMPARE(status(counted, 0), QStringLiteral("applied"));
        QCOMPARE(m_client.onHand(m_shop, variantId), 5); // 7 counted, then the sale the till had not seen
        count.insert(QStringLiteral("movement_id"), MarketClient::uuid());
        count.insert(QStringLiteral("counted_quantity"), 9);
        count.insert(QStringLiteral("base_cursor"),
                     m_client.state(m_shop).value(QStringLiteral("head")).toInteger());
        m_client.push(m_till, {MarketClient::mutation(QStringLiteral("stock_movement"), count)});
        QCOMPARE(m_client.onHand(m_shop, variantId), 9);
        count.remove(QStringLiteral("base_cursor"));
        count.insert(QStringLiteral("movement_id"), MarketClient::uuid());
        QCOMPARE(
            result(m_client.push(m_till, {MarketClient::mutation(QStringLiteral("stock_movement"), count)}),
                   0)
                .value(QStringLiteral("code"))
                .toString(),
            QStringLiteral("invalid_field"));
    }

    void ordersReserveCommitAndRelease()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Savon"), 3);
        const QString first = placeOrder(variantId, 2);
        QVERIFY(!first.isEmpty());
        QCOMPARE(m_client.variantState(m_shop, variantId).value(QStringLiteral("reserved")).toInteger(), 2);
        int refused = 0;
        placeOrder(variantId, 2, &refused);
        QCOMPARE(refused, 409); // insufficient_stock: one available
        const HttpResult moved = m_client.push(
            m_till,
            {transition(first, QStringLiteral("accepted")), transition(first, QStringLiteral("ready")),
             transition(first, QStringLiteral("collected")), transition(first, QStringLiteral("ready"))});
        QCOMPARE(status(moved, 2), QStringLiteral("applied"));
        QCOMPARE(status(moved, 3), QStringLiteral("rejected"));
        QCOMPARE(result(moved, 3).value(QStringLiteral("code")).toString(),
                 QStringLiteral("illegal_transition"));
        QJsonObject stock = m_client.variantState(m_shop, variantId);
        QCOMPARE(stock.value(QStringLiteral("on_hand")).toInteger(), 1);
        QCOMPARE(stock.value(QStringLiteral("reserved")).toInteger(), 0);
        const QString second = placeOrder(variantId, 1);
        QCOMPARE(m_client.variantState(m_shop, variantId).value(QStringLiteral("reserved")).toInteger(), 1);
        QCOMPARE(status(m_client.push(m_till, {transition(second, QStringLiteral("rejected"))}), 0),
                 QStringLiteral("applied"));
        stock = m_client.variantState(m_shop, variantId);
        QCOMPARE(stock.value(QStringLiteral("on_hand")).toInteger(), 1);
        QCOMPARE(stock.value(QStringLiteral("reserved")).toInteger(), 0);
        const QString third = placeOrder(variantId, 1);
        const HttpResult cancelled = m_client.admin(
            "POST", QStringLiteral("/admin/v1/shops/%1/orders/%2/cancel").arg(m_shop, third));
        QCOMPARE(cancelled.json.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(m_client.variantState(m_shop, variantId).value(QStringLiteral("reserved")).toInteger(), 0);
        QCOMPARE(result(m_client.push(m_till, {transition(third, QStringLiteral("accepted"))}), 0)
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("illegal_transition"));
    }

    void inStoreOversellOpensACase()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Café"), 2);
        placeOrder(variantId, 2);
        const HttpResult sold = m_client.push(
            m_till,
            {MarketClient::mutation(QStringLiteral("stock_movement"),
                                    MarketClient::movement(variantId, -1, QStringLiteral("sale")))});
        QCOMPARE(status(sold, 0), QStringLiteral("applied")); // an in-store sale always applies
        const auto openCases = [&] {
            int count = 0;
            for (const QJsonValue &c :
                 m_client.state(m_shop).value(QStringLiteral("oversell_cases")).toArray())
                count += c[QStringLiteral("variant_id")].toString() == variantId ? 1 : 0;
            return count;
        };
        QCOMPARE(openCases(), 1);
        QCOMPARE(m_client.variantState(m_shop, variantId).value(QStringLiteral("available")).toInteger(), -1);
        m_client.push(
            m_till,
            {MarketClient::mutation(QStringLiteral("stock_movement"),
                                    MarketClient::movement(variantId, 1, QStringLiteral("receipt")))});
        QCOMPARE(openCases(), 0);
    }

    void anotherShopsDataIsNeverShown()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Secret"), 5);
        const QString otherShop = m_client.createShop(QStringLiteral("Fleuriste"));
        Device stranger = m_client.enrol(otherShop);
        const HttpResult pushed = m_client.push(
            stranger,
            {MarketClient::mutation(QStringLiteral("stock_movement"),
                                    MarketClient::movement(variantId, -5, QStringLiteral("sale"))),
             patch(productId, 1, {{QStringLiteral("name"), QStringLiteral("Mine")}})});
        QCOMPARE(result(pushed, 0).value(QStringLiteral("code")).toString(),
                 QStringLiteral("variant_unknown"));
        QCOMPARE(result(pushed, 1).value(QStringLiteral("code")).toString(),
                 QStringLiteral("product_unknown"));
        QCOMPARE(m_client.onHand(m_shop, variantId), 5);
        const HttpResult feed = m_client.changes(stranger, 0, 1000);
        QCOMPARE(feed.status, 200);
        QCOMPARE(feed.json.value(QStringLiteral("shop_id")).toString(), otherShop);
        QVERIFY(!feed.body.contains(productId.toLatin1()));
        QVERIFY(!feed.body.contains(m_shop.toLatin1()));
        const HttpResult snapshot
            = m_client.request("GET", QStringLiteral("/v1/snapshot?limit=1000"), {}, stranger.token);
        QVERIFY(!snapshot.body.contains(productId.toLatin1()));
        Device impostor = stranger;
        impostor.shopId = m_shop;
        QCOMPARE(
            m_client
                .push(impostor,
                      {MarketClient::mutation(QStringLiteral("stock_movement"),
                                              MarketClient::movement(variantId, -1, QStringLiteral("sale")))})
                .status,
            403);
    }

    void oversizedBodyIsRefusedFromItsHeaders()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     "Content-Length: 5000000\r\n\r\n{");
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    }
};

QTEST_GUILESS_MAIN(TestMarketplace)
#include "tst_marketplace.moc"
