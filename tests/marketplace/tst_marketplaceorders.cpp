// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16's protocol additions on the reference marketplace over real loopback HTTP (docs §6.4,
// §9, §10.4, §13, §17): payment, steps with who took them, refusing one line of an order, the
// oversell case's cause and handling, and the shop's service levels (kind shop_settings, sent
// only to a client naming the feature).
#include "marketclient.h"

#include <QTest>

using namespace comptoir::market::testing;

namespace {

QJsonObject result(const HttpResult &push, int index)
{
    return push.json.value(QStringLiteral("results")).toArray().at(index).toObject();
}

QJsonObject refusal(const QString &orderId, int lineNo, const QString &reason, const QString &by = {})
{
    QJsonObject payload {{QStringLiteral("order_id"), orderId},
                         {QStringLiteral("line_no"), lineNo},
                         {QStringLiteral("reason"), reason}};
    if (!by.isEmpty())
        payload.insert(QStringLiteral("by"), by);
    return MarketClient::mutation(QStringLiteral("order_line_refusal"), payload);
}

QJsonObject transition(const QString &orderId, const QString &to, const QString &by = {})
{
    QJsonObject payload {{QStringLiteral("order_id"), orderId}, {QStringLiteral("to"), to}};
    if (!by.isEmpty())
        payload.insert(QStringLiteral("by"), by);
    return MarketClient::mutation(QStringLiteral("order_transition"), payload);
}

QJsonObject stockMovement(const QString &variantId, qint64 delta, const QString &reason)
{
    return MarketClient::mutation(QStringLiteral("stock_movement"),
                                  MarketClient::movement(variantId, delta, reason));
}

// The entity of one kind in a page of changes or snapshot items (empty object: absent).
QJsonObject entity(const QJsonArray &changes, const QString &kind, const QString &id)
{
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        if (change.value(QStringLiteral("kind")).toString() == kind
            && change.value(QStringLiteral("id")).toString() == id)
            return change.value(QStringLiteral("data")).toObject();
    }
    return {};
}

} // namespace

class TestMarketplaceOrders : public QObject
{
    Q_OBJECT

private:
    MarketServer m_server;
    MarketClient m_client {QUrl()};
    QString m_shop;
    Device m_till;

    QJsonObject placeOrder(const QJsonArray &lines, const QString &payment = {})
    {
        QJsonObject request {{QStringLiteral("customer"),
                              QJsonObject {{QStringLiteral("name"), QStringLiteral("Camille D.")},
                                           {QStringLiteral("phone"), QStringLiteral("0601020304")}}},
                             {QStringLiteral("lines"), lines}};
        if (!payment.isEmpty())
            request.insert(QStringLiteral("payment"), payment);
        const HttpResult placed
            = m_client.admin("POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(m_shop), request);
        return placed.status == 201 ? placed.json : QJsonObject {};
    }

    static QJsonObject line(const QString &variantId, qint64 quantity)
    {
        return {{QStringLiteral("variant_id"), variantId}, {QStringLiteral("quantity"), quantity}};
    }

    QJsonObject order(const QString &orderId)
    {
        const QJsonArray orders = m_client.state(m_shop).value(QStringLiteral("orders")).toArray();
        for (const QJsonValue &value : orders)
            if (value[QStringLiteral("order_id")].toString() == orderId)
                return value.toObject();
        return {};
    }

    HttpResult changesWith(const QString &features, qint64 since = 0)
    {
        const qint64 epoch = m_client.state(m_shop).value(QStringLiteral("epoch")).toInteger();
        QString path = QStringLiteral("/v1/changes?since=%1&epoch=%2&limit=1000").arg(since).arg(epoch);
        if (!features.isEmpty())
            path += QStringLiteral("&features=") + features;
        return m_client.request("GET", path, {}, m_till.token, {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_client.setBase(m_server.url());
        m_shop = m_client.createShop(QStringLiteral("Quincaillerie Bannier"));
        QVERIFY(!m_shop.isEmpty());
        m_till = m_client.enrol(m_shop, QStringLiteral("Caisse 1"));
        QVERIFY(!m_till.token.isEmpty());
    }

    void paymentAndStepsWithWhoTookThem()
    {
        const auto [productId, variantId] = m_client.createProduct(m_till, QStringLiteral("Vis inox"), 10);
        QVERIFY(!variantId.isEmpty());
        const QJsonObject online = placeOrder({line(variantId, 1)});
        QCOMPARE(online.value(QStringLiteral("payment")).toString(), QStringLiteral("online")); // default
        const QJsonObject atTill = placeOrder({line(variantId, 2)}, QStringLiteral("at_collection"));
        QCOMPARE(atTill.value(QStringLiteral("payment")).toString(), QStringLiteral("at_collection"));
        const QJsonObject bad = m_client
                                    .admin("POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(m_shop),
                                           {{QStringLiteral("customer"), QStringLiteral("X")},
                                            {QStringLiteral("lines"), QJsonArray {line(variantId, 1)}},
                                            {QStringLiteral("payment"), QStringLiteral("cheque")}})
                                    .json;
        QCOMPARE(bad.value(QStringLiteral("error"))[QStringLiteral("field")].toString(),
                 QStringLiteral("payment"));

        const QString orderId = atTill.value(QStringLiteral("order_id")).toString();
        HttpResult pushed
            = m_client.push(m_till,
                            {transition(orderId, QStringLiteral("accepted"), QStringLiteral("Marie")),
                             transition(orderId, QStringLiteral("ready"))});
        QCOMPARE(result(pushed, 0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(result(pushed, 1).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QJsonArray steps = order(orderId).value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0)[QStringLiteral("status")].toString(), QStringLiteral("placed"));
        QCOMPARE(steps.at(0)[QStringLiteral("by")].toString(), QString()); // the marketplace's own
        QCOMPARE(steps.at(1)[QStringLiteral("status")].toString(), QStringLiteral("accepted"));
        QCOMPARE(steps.at(1)[QStringLiteral("by")].toString(), QStringLiteral("Caisse 1 · Marie"));
        QCOMPARE(steps.at(2)[QStringLiteral("by")].toString(), QStringLiteral("Caisse 1")); // no by sent
        QVERIFY(steps.at(2)[QStringLiteral("at")].toString() >= steps.at(1)[QStringLiteral("at")].toString());
        // A by over 100 characters is refused.
        pushed
            = m_client.push(m_till, {transition(orderId, QStringLiteral("collected"), QString(101, u'x'))});
        QCOMPARE(result(pushed, 0).value(QStringLiteral("field")).toString(), QStringLiteral("payload.by"));
        // The marketplace's cancellation is a step by "".
        const QString other = online.value(QStringLiteral("order_id")).toString();
        QCOMPARE(
            m_client.admin("POST", QStringLiteral("/admin/v1/shops/%1/orders/%2/cancel").arg(m_shop, other))
                .status,
            200);
        const QJsonArray cancelled = order(other).value(QStringLiteral("steps")).toArray();
        QCOMPARE(cancelled.last()[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(cancelled.last()[QStringLiteral("by")].toString(), QString());
    }

    void refusingLinesReleasesThemAndTheLastRejects()
    {
        const QString a = m_client.createProduct(m_till, QStringLiteral("Cheville"), 5).second;
        const QString b = m_client.createProduct(m_till, QStringLiteral("Équerre"), 5).second;
        const QJsonObject placed = placeOrder({line(a, 2), line(b, 3)});
        const QString orderId = placed.value(QStringLiteral("order_id")).toString();
        const qint64 unitA
            = placed[QStringLiteral("lines")][0][QStringLiteral("unit_price_cents")].toInteger();
        QCOMPARE(m_client.variantState(m_shop, a).value(QStringLiteral("reserved")).toInteger(), 2);
        QCOMPARE(m_client.push(m_till, {transition(orderId, QStringLiteral("accepted"))}).status, 200);

        // Line 2 refused: its reservation is released, the order goes on without it.
        HttpResult pushed = m_client.push(
            m_till, {refusal(orderId, 2, QStringLiteral("Plus en rayon"), QStringLiteral("Luc"))});
        QCOMPARE(result(pushed, 0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(m_client.variantState(m_shop, b).value(QStringLiteral("reserved")).toInteger(), 0);
        QCOMPARE(m_client.variantState(m_shop, a).value(QStringLiteral("reserved")).toInteger(), 2);
        QJsonObject now = order(orderId);
        QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        const QJsonObject refused = now[QStringLiteral("lines")][1].toObject();
        QVERIFY(refused.value(QStringLiteral("refused")).toBool());
        QCOMPARE(refused.value(QStringLiteral("refusal_reason")).toString(), QStringLiteral("Plus en rayon"));
        QVERIFY(!now[QStringLiteral("lines")][0].toObject().contains(
            QStringLiteral("refused"))); // absent = false
        QCOMPARE(now.value(QStringLiteral("total_cents")).toInteger(), 2 * unitA);

        // Again (another till, same line): applied with no effect, no second release.
        Device second = m_client.enrol(m_shop, QStringLiteral("Caisse 2"));
        pushed = m_client.push(second, {refusal(orderId, 2, QStringLiteral("Rupture"))});
        QCOMPARE(result(pushed, 0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(order(orderId)[QStringLiteral("lines")][1][QStringLiteral("refusal_reason")].toString(),
                 QStringLiteral("Plus en rayon"));
        QCOMPARE(m_client.variantState(m_shop, b).value(QStringLiteral("reserved")).toInteger(), 0);

        // Unknown line, unknown order, a reason over 500 characters.
        pushed = m_client.push(m_till,
                               {refusal(orderId, 9, QString()), refusal(MarketClient::uuid(), 1, QString()),
                                refusal(orderId, 1, QString(501, u'r'))});
        QCOMPARE(result(pushed, 0).value(QStringLiteral("code")).toString(), QStringLiteral("invalid_field"));
        QCOMPARE(result(pushed, 0).value(QStringLiteral("field")).toString(),
                 QStringLiteral("payload.line_no"));
        QCOMPARE(result(pushed, 1).value(QStringLiteral("code")).toString(), QStringLiteral("order_unknown"));
        QCOMPARE(result(pushed, 2).value(QStringLiteral("field")).toString(),
                 QStringLiteral("payload.reason"));

        // The last line refused: the order is rejected with that reason, a step by the till.
        pushed = m_client.push(m_till, {refusal(orderId, 1, QStringLiteral("Abîmé"), QStringLiteral("Luc"))});
        QCOMPARE(result(pushed, 0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        now = order(orderId);
        QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(now.value(QStringLiteral("reason")).toString(), QStringLiteral("Abîmé"));
        QCOMPARE(now.value(QStringLiteral("total_cents")).toInteger(), 0);
        QCOMPARE(now.value(QStringLiteral("steps")).toArray().last()[QStringLiteral("by")].toString(),
                 QStringLiteral("Caisse 1 · Luc"));
        QCOMPARE(m_client.variantState(m_shop, a).value(QStringLiteral("reserved")).toInteger(), 0);
        // A final order's lines cannot be refused.
        const QString c = m_client.createProduct(m_till, QStringLiteral("Clou"), 5).second;
        const QString collected
            = placeOrder({line(c, 1), line(c, 1)}).value(QStringLiteral("order_id")).toString();
        m_client.push(m_till,
                      {transition(collected, QStringLiteral("accepted")),
                       transition(collected, QStringLiteral("ready")),
                       transition(collected, QStringLiteral("collected"))});
        pushed = m_client.push(m_till, {refusal(collected, 1, QString())});
        QCOMPARE(result(pushed, 0).value(QStringLiteral("code")).toString(),
                 QStringLiteral("illegal_transition"));
        QCOMPARE(m_client.onHand(m_shop, c), 3); // both lines committed
    }

    void oversellCaseHasItsCauseAndHandling()
    {
        const QString v = m_client.createProduct(m_till, QStringLiteral("Dernière pince"), 1).second;
        QVERIFY(!placeOrder({line(v, 1)}).isEmpty()); // reserves the last unit
        // The unit is sold in store: available −1, a case opens, caused by the sale.
        QCOMPARE(m_client.push(m_till, {stockMovement(v, -1, QStringLiteral("sale"))}).status, 200);
        QJsonObject theCase;
        for (const QJsonValue &value :
             m_client.state(m_shop).value(QStringLiteral("oversell_cases")).toArray())
            if (value[QStringLiteral("variant_id")].toString() == v)
                theCase = value.toObject();
        QVERIFY(!theCase.isEmpty());
        QCOMPARE(theCase[QStringLiteral("cause")][QStringLiteral("reason")].toString(),
                 QStringLiteral("sale"));
        QVERIFY(!theCase[QStringLiteral("cause")][QStringLiteral("at")].toString().isEmpty());
        QVERIFY(theCase.value(QStringLiteral("handling")).isNull());
        const QString caseId = theCase.value(QStringLiteral("case_id")).toString();

        const auto handling = [](const QString &id, const QString &action, const QString &note) {
            return MarketClient::mutation(QStringLiteral("oversell_handling"),
                                          {{QStringLiteral("case_id"), id},
                                           {QStringLiteral("action"), action},
                                           {QStringLiteral("note"), note},
                                           {QStringLiteral("by"), QStringLiteral("Caisse 1 · Marie")}});
        };
        const qint64 head = m_client.state(m_shop).value(QStringLiteral("head")).toInteger();
        HttpResult pushed
            = m_client.push(m_till,
                            {handling(caseId, QStringLiteral("contacted"), QStringLiteral("Rappel demain")),
                             handling(MarketClient::uuid(), QStringLiteral("contacted"), {}),
                             handling(caseId, QStringLiteral("ignored"), {})});
        QCOMPARE(result(pushed, 0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(result(pushed, 1).value(QStringLiteral("field")).toString(),
                 QStringLiteral("payload.case_id"));
        QCOMPARE(result(pushed, 2).value(QStringLiteral("field")).toString(),
                 QStringLiteral("payload.action"));
        // A feed change; the case stays open (only available ≥ 0 resolves it).
        const QJsonObject changed
            = entity(m_client.changes(m_till, head).json.value(QStringLiteral("changes")).toArray(),
                     QStringLiteral("oversell_case"), caseId);
        QCOMPARE(changed[QStringLiteral("handling")][QStringLiteral("action")].toString(),
                 QStringLiteral("contacted"));
        QCOMPARE(changed[QStringLiteral("handling")][QStringLiteral("note")].toString(),
                 QStringLiteral("Rappel demain"));
        QCOMPARE(changed[QStringLiteral("handling")][QStringLiteral("by")].toString(),
                 QStringLiteral("Caisse 1 · Marie"));
        QCOMPARE(changed.value(QStringLiteral("resolved")).toBool(), false);
        // Restocked: the case resolves, its handling and cause kept.
        m_client.push(m_till,
                      {handling(caseId, QStringLiteral("restock"), {}),
                       stockMovement(v, 1, QStringLiteral("receipt"))});
        const QJsonObject resolved
            = entity(m_client.changes(m_till, head).json.value(QStringLiteral("changes")).toArray(),
                     QStringLiteral("oversell_case"), caseId);
        QCOMPARE(resolved.value(QStringLiteral("resolved")).toBool(), true);
        QCOMPARE(resolved[QStringLiteral("handling")][QStringLiteral("action")].toString(),
                 QStringLiteral("restock"));
        QCOMPARE(resolved[QStringLiteral("cause")][QStringLiteral("reason")].toString(),
                 QStringLiteral("sale"));
    }

    void shopSettingsOnlyForClientsNamingTheFeature()
    {
        // An older client (no features): never the new kind.
        const HttpResult plain = changesWith({});
        QCOMPARE(plain.status, 200);
        QVERIFY(entity(plain.json.value(QStringLiteral("changes")).toArray(), QStringLiteral("shop_settings"),
                       QStringLiteral("shop_settings"))
                    .isEmpty());
        // A client naming it: the defaults every shop gets.
        const HttpResult withSettings = changesWith(QStringLiteral("shop_settings"));
        const QJsonObject settings = entity(withSettings.json.value(QStringLiteral("changes")).toArray(),
                                            QStringLiteral("shop_settings"), QStringLiteral("shop_settings"));
        QCOMPARE(settings.value(QStringLiteral("version")).toInteger(), 1);
        const QJsonObject levels = settings.value(QStringLiteral("service_levels")).toObject();
        QCOMPARE(levels.value(QStringLiteral("accept_within_min")).toInteger(), 30);
        QCOMPARE(levels.value(QStringLiteral("ready_within_min")).toInteger(), 120);
        QCOMPARE(levels.value(QStringLiteral("warn_before_min")).toInteger(), 10);

        // The admin changes them: a new feed change with the new version.
        const qint64 head = m_client.state(m_shop).value(QStringLiteral("head")).toInteger();
        const QString path = QStringLiteral("/admin/v1/shops/%1/service-levels").arg(m_shop);
        HttpResult put = m_client.admin("PUT", path,
                                        {{QStringLiteral("accept_within_min"), 15},
                                         {QStringLiteral("ready_within_min"), 60},
                                         {QStringLiteral("warn_before_min"), 5}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.value(QStringLiteral("version")).toInteger(), 2);
        const QJsonObject moved = entity(changesWith(QStringLiteral("shop_settings"), head)
                                             .json.value(QStringLiteral("changes"))
                                             .toArray(),
                                         QStringLiteral("shop_settings"), QStringLiteral("shop_settings"));
        QCOMPARE(moved[QStringLiteral("service_levels")][QStringLiteral("accept_within_min")].toInteger(),
                 15);
        QVERIFY(changesWith({}, head).json.value(QStringLiteral("changes")).toArray().isEmpty());
        // Out of range, or missing: 400 naming the field; nothing changes.
        put = m_client.admin("PUT", path,
                             {{QStringLiteral("accept_within_min"), 0},
                              {QStringLiteral("ready_within_min"), 60},
                              {QStringLiteral("warn_before_min"), 5}});
        QCOMPARE(put.status, 400);
        QCOMPARE(put.json[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("accept_within_min"));
        put = m_client.admin(
            "PUT", path,
            {{QStringLiteral("accept_within_min"), 30}, {QStringLiteral("ready_within_min"), 60}});
        QCOMPARE(put.json[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("warn_before_min"));
        QCOMPARE(m_client
                     .admin("PUT",
                            QStringLiteral("/admin/v1/shops/%1/service-levels").arg(MarketClient::uuid()),
                            {{QStringLiteral("accept_within_min"), 30},
                             {QStringLiteral("ready_within_min"), 60},
                             {QStringLiteral("warn_before_min"), 5}})
                     .status,
                 404);

        // In the snapshot too, for a client naming it only.
        const qint64 epoch = m_client.state(m_shop).value(QStringLiteral("epoch")).toInteger();
        const auto snapshot = [&](const QString &features) {
            return m_client
                .request("GET",
                         QStringLiteral("/v1/snapshot?limit=1000&epoch=%1%2")
                             .arg(epoch)
                             .arg(features.isEmpty() ? QString() : QStringLiteral("&features=") + features),
                         {}, m_till.token, {})
                .json.value(QStringLiteral("items"))
                .toArray();
        };
        QCOMPARE(entity(snapshot(QStringLiteral("shop_settings")), QStringLiteral("shop_settings"),
                        QStringLiteral("shop_settings"))
                     .value(QStringLiteral("version"))
                     .toInteger(),
                 2);
        QVERIFY(
            entity(snapshot({}), QStringLiteral("shop_settings"), QStringLiteral("shop_settings")).isEmpty());
    }

    void serviceLevelsFromTheCommandLine()
    {
        int exitCode = -1;
        m_server.cli({QStringLiteral("service-levels"), QStringLiteral("--shop"), m_shop,
                      QStringLiteral("--accept"), QStringLiteral("45"), QStringLiteral("--ready"),
                      QStringLiteral("240"), QStringLiteral("--warn"), QStringLiteral("0")},
                     &exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonObject settings = entity(
            changesWith(QStringLiteral("shop_settings")).json.value(QStringLiteral("changes")).toArray(),
            QStringLiteral("shop_settings"), QStringLiteral("shop_settings"));
        QCOMPARE(settings[QStringLiteral("service_levels")][QStringLiteral("ready_within_min")].toInteger(),
                 240);
        QCOMPARE(settings[QStringLiteral("service_levels")][QStringLiteral("warn_before_min")].toInteger(),
                 0);
    }

    void cleanupTestCase() { m_server.kill(); }
};

QTEST_GUILESS_MAIN(TestMarketplaceOrders)
#include "tst_marketplaceorders.moc"
