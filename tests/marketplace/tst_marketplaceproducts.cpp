// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reference marketplace's products over real loopback HTTP: the conflict rule both ways,
// tombstones, content-addressed photos.
#include "marketclient.h"

#include <QCryptographicHash>
#include <QDateTime>
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

QJsonObject product(const QJsonObject &state, const QString &productId)
{
    for (const QJsonValue &p : state.value(QStringLiteral("products")).toArray()) {
        if (p.toObject().value(QStringLiteral("product_id")).toString() == productId)
            return p.toObject();
    }
    return {};
}

QJsonObject patch(const QString &productId, qint64 baseVersion, const QJsonObject &fields)
{
    return MarketClient::mutation(QStringLiteral("product_upsert"),
                                  {{QStringLiteral("product_id"), productId},
                                   {QStringLiteral("base_version"), baseVersion},
                                   {QStringLiteral("fields"), fields}});
}

} // namespace

class TestMarketplaceProducts : public QObject
{
    Q_OBJECT

private:
    MarketServer m_server;
    MarketClient m_client {QUrl()};
    QString m_shop;
    Device m_till;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_client.setBase(m_server.url());
        m_shop = m_client.createShop(QStringLiteral("Épicerie du Martroi"));
        m_till = m_client.enrol(m_shop);
        QVERIFY(!m_till.token.isEmpty());
    }

    void shopOwnedFieldLastWriteWinsAndIsLogged()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Moutarde"), 0);
        const HttpResult online
            = m_client.admin("PATCH", QStringLiteral("/admin/v1/shops/%1/products/%2").arg(m_shop, productId),
                             {{QStringLiteral("fields"),
                               QJsonObject {{QStringLiteral("online_title"), QStringLiteral("Web")}}}});
        QCOMPARE(online.json.value(QStringLiteral("version")).toInteger(), 2);
        const HttpResult pushed = m_client.push(
            m_till,
            {patch(productId, 1, {{QStringLiteral("online_title"), QStringLiteral("Caisse")}}),
             patch(productId, 1, {{QStringLiteral("brand"), QStringLiteral("Maille")}})});
        QCOMPARE(status(pushed, 0), QStringLiteral("applied"));
        const QJsonArray conflicts = result(pushed, 0).value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0)[QStringLiteral("rule")].toString(),
                 QStringLiteral("shop_owned_last_write_wins"));
        QCOMPARE(conflicts.at(0)[QStringLiteral("kept")].toString(), QStringLiteral("Caisse"));
        QCOMPARE(conflicts.at(0)[QStringLiteral("lost")].toString(), QStringLiteral("Web"));
        QCOMPARE(conflicts.at(0)[QStringLiteral("lost_origin")].toString(), QStringLiteral("marketplace"));
        // The device's own earlier edit (same base) is not a conflict with its later one.
        QVERIFY(result(pushed, 1).value(QStringLiteral("conflicts")).toArray().isEmpty());
        const QJsonObject state = m_client.state(m_shop);
        QCOMPARE(product(state, productId).value(QStringLiteral("online_title")).toString(),
                 QStringLiteral("Caisse"));
        QCOMPARE(product(state, productId).value(QStringLiteral("version")).toInteger(), 4);
        bool logged = false;
        for (const QJsonValue &c : state.value(QStringLiteral("conflict_log")).toArray())
            logged = logged
                || (c[QStringLiteral("product_id")].toString() == productId
                    && c[QStringLiteral("lost")].toString() == QLatin1String("Web"));
        QVERIFY(logged);
    }

    void marketplaceOwnedFieldServerWins()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Vinaigre"), 0);
        m_client.admin(
            "PATCH", QStringLiteral("/admin/v1/shops/%1/products/%2").arg(m_shop, productId),
            {{QStringLiteral("fields"),
              QJsonObject {{QStringLiteral("marketplace_category"), QStringLiteral("epicerie")}}}});
        const HttpResult pushed = m_client.push(
            m_till,
            {patch(productId, 1, {{QStringLiteral("marketplace_category"), QStringLiteral("autre")}}),
             patch(productId, 1, {{QStringLiteral("moderation_status"), QStringLiteral("approved")}})});
        QCOMPARE(status(pushed, 0), QStringLiteral("applied"));
        const QJsonArray conflicts = result(pushed, 0).value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0)[QStringLiteral("rule")].toString(),
                 QStringLiteral("marketplace_owned_server_wins"));
        QCOMPARE(conflicts.at(0)[QStringLiteral("lost")].toString(), QStringLiteral("autre"));
        QCOMPARE(result(pushed, 1).value(QStringLiteral("code")).toString(),
                 QStringLiteral("field_not_writable"));
        const QJsonObject kept = product(m_client.state(m_shop), productId);
        QCOMPARE(kept.value(QStringLiteral("marketplace_category")).toString(), QStringLiteral("epicerie"));
        QCOMPARE(kept.value(QStringLiteral("moderation_status")).toString(), QStringLiteral("pending"));
    }

    void archiveIsATombstone()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Bougie"), 4);
        const HttpResult archived = m_client.push(
            m_till,
            {MarketClient::mutation(
                 QStringLiteral("product_archive"),
                 {{QStringLiteral("product_id"), productId}, {QStringLiteral("base_version"), 1}}),
             patch(productId, 2, {{QStringLiteral("name"), QStringLiteral("Bougie parfumée")}}),
             MarketClient::mutation(QStringLiteral("stock_movement"),
                                    MarketClient::movement(variantId, -1, QStringLiteral("sale")))});
        QCOMPARE(status(archived, 0), QStringLiteral("applied"));
        QCOMPARE(result(archived, 1).value(QStringLiteral("code")).toString(),
                 QStringLiteral("product_archived"));
        QCOMPARE(status(archived, 2), QStringLiteral("applied")); // the goods left all the same
        const QJsonObject tombstone = product(m_client.state(m_shop), productId);
        QCOMPARE(tombstone.value(QStringLiteral("archived")).toBool(), true);
        QCOMPARE(tombstone.value(QStringLiteral("name")).toString(), QStringLiteral("Bougie"));
        QCOMPARE(m_client.onHand(m_shop, variantId), 3);
    }

    void photosAreContentAddressed()
    {
        const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0 fake jpeg ")
            + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
        const QString path = QStringLiteral("/v1/photos/") + sha;
        QCOMPARE(m_client.request("HEAD", path, {}, m_till.token).status, 404);
        QCOMPARE(m_client.request("PUT", path, jpeg, m_till.token, "image/jpeg").status, 201);
        QCOMPARE(m_client.request("PUT", path, jpeg, m_till.token, "image/jpeg").status, 200);
        const HttpResult mismatch = m_client.request("PUT", path, jpeg + "x", m_till.token, "image/jpeg");
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(mismatch.errorCode(), QStringLiteral("photo_hash_mismatch"));
        QCOMPARE(m_client.request("GET", path, {}, m_till.token).body, jpeg);
        QCOMPARE(m_client.request("GET", QStringLiteral("/v1/photos/xyz"), {}, m_till.token).status, 400);
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Panier"), 0);
        const QString missing = QString(64, QLatin1Char('a'));
        const HttpResult linked
            = m_client.push(m_till,
                            {MarketClient::mutation(QStringLiteral("photo_link"),
                                                    {{QStringLiteral("product_id"), productId},
                                                     {QStringLiteral("base_version"), 1},
                                                     {QStringLiteral("photos"), QJsonArray {missing}}}),
                             MarketClient::mutation(QStringLiteral("photo_link"),
                                                    {{QStringLiteral("product_id"), productId},
                                                     {QStringLiteral("base_version"), 1},
                                                     {QStringLiteral("photos"), QJsonArray {sha}}})});
        QCOMPARE(result(linked, 0).value(QStringLiteral("code")).toString(), QStringLiteral("photo_missing"));
        QCOMPARE(status(linked, 1), QStringLiteral("applied"));
        QCOMPARE(product(m_client.state(m_shop), productId).value(QStringLiteral("photos")).toArray(),
                 QJsonArray {sha});
        // Another shop never sees it.
        const QString otherShop = m_client.createShop(QStringLiteral("Librairie"));
        const Device stranger = m_client.enrol(otherShop);
        QCOMPARE(m_client.request("GET", path, {}, stranger.token).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceProducts)
#include "tst_marketplaceproducts.moc"
