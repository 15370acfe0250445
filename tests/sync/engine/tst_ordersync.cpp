// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16's protocol round trips over real loopback HTTP against the real comptoir-marketplace
// (docs/marketplace-api.md §3.1): an order paid at collection with its steps and who took them, a
// line refused alone (queued as OrderLineRefusals queues it) settling on both sides, the shop's
// service levels into the meta table, an oversell case's cause and its handling.
#include "queuedevents.h"
#include "syncenginefixture.h"

#include "models/outbox/outbox.h"
#include "sync/orders/onlineorders.h"
#include "sync/orders/servicelevels.h"

#include <QSignalSpy>

using namespace comptoir;
using namespace comptoir::synctest;

namespace {

QByteArray why(const SyncReport &report)
{
    return report.error ? (report.error->subject + QLatin1Char(' ') + report.error->detail).toUtf8()
                        : QByteArray();
}

QString text(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("<none>");
}

} // namespace

class TestOrderSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncStatus>();
        qRegisterMetaType<SyncReport>();
        qRegisterMetaType<SyncChanges>();
    }

    void partialOrderPaidAtCollection()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const QString a = e.market->createProduct(e.setup, QStringLiteral("Cheville"), 10).second;
        const QString b = e.market->createProduct(e.setup, QStringLiteral("Équerre"), 5).second;
        const HttpResult placed = e.market->admin(
            "POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(e.shopId),
            {{QStringLiteral("customer"),
              QJsonObject {{QStringLiteral("name"), QStringLiteral("Camille D.")}}},
             {QStringLiteral("payment"), QStringLiteral("at_collection")},
             {QStringLiteral("lines"),
              QJsonArray {
                  QJsonObject {{QStringLiteral("variant_id"), a}, {QStringLiteral("quantity"), 2}},
                  QJsonObject {{QStringLiteral("variant_id"), b}, {QStringLiteral("quantity"), 1}}}}});
        QCOMPARE(placed.status, 201);
        const QString orderId = placed.json.value(QStringLiteral("order_id")).toString();
        const qint64 unitA
            = placed.json[QStringLiteral("lines")][0][QStringLiteral("unit_price_cents")].toInteger();

        QNetworkAccessManager net;
        auto engine = e.engine(net);
        SyncReport report = runOnce(*engine);
        QVERIFY2(!report.error, why(report).constData());
        OnlineOrders orders(e.shop.db(), e.shop.clock);
        auto order = orders.find(orderId);
        QVERIFY(order.ok());
        QCOMPARE(order->payment, OrderPayment::AtCollection);
        QCOMPARE(order->lines.size(), 2);
        QVERIFY(!order->lines.at(1).refused);
        QCOMPARE(order->steps.size(), 1);
        QCOMPARE(order->steps.at(0).status, OrderStatus::Placed);
        QCOMPARE(order->steps.at(0).by, QString());

        // Accepted by Marie; line 2 refused alone (the outbox row written as OrderLineRefusals does).
        QVERIFY(orders.transition(orderId, OrderStatus::Accepted, {}, QStringLiteral("Marie")).ok());
        QCOMPARE(text(e.shop.db(),
                      QStringLiteral("SELECT json_extract(payload, '$.by') FROM sync_outbox "
                                     "WHERE kind = 'order_transition'")),
                 QStringLiteral("Marie"));
        {
            Transaction tx(e.shop.db());
            QVERIFY(e.shop.db()
                        .exec(QStringLiteral("UPDATE online_order_lines SET refused = 1, refusal_reason = ? "
                                             "WHERE order_id = ? AND line_no = 2"),
                              {QStringLiteral("Plus en rayon"), order->id})
                        .ok());
            QVERIFY(queueMutation(e.shop.db(), e.shop.clock, QStringLiteral("order_line_refusal"), orderId,
                                  {{QStringLiteral("order_id"), orderId},
                                   {QStringLiteral("line_no"), 2},
                                   {QStringLiteral("reason"), QStringLiteral("Plus en rayon")},
                                   {QStringLiteral("by"), QStringLiteral("Marie")}})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(orders.find(orderId)->lines.at(1).refused); // shown refused at once
        QCOMPARE(e.market->variantState(e.shopId, b).value(QStringLiteral("reserved")).toInteger(), 1);

        report = runOnce(*engine);
        QVERIFY2(!report.error, why(report).constData());
        QCOMPARE(report.rejected, 0);
        QCOMPARE(e.pending(), qint64(0));
        // The marketplace released the line; the till holds its state, settled.
        QCOMPARE(e.market->variantState(e.shopId, b).value(QStringLiteral("reserved")).toInteger(), 0);
        QCOMPARE(e.market->variantState(e.shopId, a).value(QStringLiteral("reserved")).toInteger(), 2);
        order = orders.find(orderId);
        QCOMPARE(order->status, OrderStatus::Accepted);
        QVERIFY(!order->pendingStatus);
        QVERIFY(!order->lines.at(0).refused);
        QVERIFY(order->lines.at(1).refused);
        QCOMPARE(order->lines.at(1).refusalReason, QStringLiteral("Plus en rayon"));
        QCOMPARE(order->totalCents, 2 * unitA);
        QCOMPARE(order->steps.size(), 2);
        QCOMPARE(order->steps.at(1).status, OrderStatus::Accepted);
        QCOMPARE(order->steps.at(1).by, QStringLiteral("Caisse 1 · Marie"));
        QVERIFY(order->steps.at(1).at >= order->steps.at(0).at);
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT count(*) FROM sync_exceptions")), qint64(0));

        // Ready and collected: only the line not refused is committed.
        QVERIFY(orders.transition(orderId, OrderStatus::Ready).ok());
        QVERIFY(!runOnce(*engine).error);
        QVERIFY(orders.transition(orderId, OrderStatus::Collected, {}, QStringLiteral("Luc")).ok());
        QVERIFY(!runOnce(*engine).error);
        QCOMPARE(e.market->onHand(e.shopId, a), qint64(8));
        QCOMPARE(e.market->onHand(e.shopId, b), qint64(5));
        order = orders.find(orderId);
        QCOMPARE(order->status, OrderStatus::Collected);
        QCOMPARE(order->steps.size(), 4);
        QCOMPARE(order->steps.last().by, QStringLiteral("Caisse 1 · Luc"));
        QCOMPARE(order->steps.at(2).by, QStringLiteral("Caisse 1"));
    }

    void serviceLevelsComeDownIntoMeta()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        QSignalSpy changes(engine.get(), &SyncEngine::changesApplied);
        QVERIFY(!runOnce(*engine).error); // the snapshot: the defaults every shop gets
        const QString key = QLatin1String(ServiceLevels::MetaKey);
        QCOMPARE(
            *e.shop.db().meta(key),
            QStringLiteral("{\"accept_within_min\":30,\"ready_within_min\":120,\"warn_before_min\":10}"));
        bool flagged = false;
        for (const QList<QVariant> &signal : changes)
            flagged = flagged || signal.at(0).value<SyncChanges>().serviceLevels;
        QVERIFY(flagged);

        changes.clear();
        QCOMPARE(e.market
                     ->admin("PUT", QStringLiteral("/admin/v1/shops/%1/service-levels").arg(e.shopId),
                             {{QStringLiteral("accept_within_min"), 15},
                              {QStringLiteral("ready_within_min"), 60},
                              {QStringLiteral("warn_before_min"), 5}})
                     .status,
                 200);
        QVERIFY(!runOnce(*engine).error);
        QCOMPARE(*e.shop.db().meta(key),
                 QStringLiteral("{\"accept_within_min\":15,\"ready_within_min\":60,\"warn_before_min\":5}"));
        flagged = false;
        for (const QList<QVariant> &signal : changes)
            flagged = flagged || signal.at(0).value<SyncChanges>().serviceLevels;
        QVERIFY(flagged);
    }

    void oversellCaseCauseAndHandling()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const QString v = e.market->createProduct(e.setup, QStringLiteral("Dernière pince"), 1).second;
        QCOMPARE(e.market
                     ->admin("POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(e.shopId),
                             {{QStringLiteral("customer"), QStringLiteral("Camille D.")},
                              {QStringLiteral("lines"),
                               QJsonArray {QJsonObject {{QStringLiteral("variant_id"), v},
                                                        {QStringLiteral("quantity"), 1}}}}})
                     .status,
                 201);
        QVERIFY(e.queueMovement(v, -1)); // the reserved last unit sold in store
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        QVERIFY(!runOnce(*engine).error);
        QVERIFY(!runOnce(*engine).error); // the case the sale opened comes down
        const QString caseId = text(e.shop.db(), QStringLiteral("SELECT uuid FROM oversell_cases"));
        QCOMPARE(text(e.shop.db(), QStringLiteral("SELECT cause FROM oversell_cases")),
                 QStringLiteral("sale"));
        QVERIFY(!text(e.shop.db(), QStringLiteral("SELECT cause_at FROM oversell_cases")).isEmpty());
        QCOMPARE(text(e.shop.db(), QStringLiteral("SELECT handling_action FROM oversell_cases")), QString());

        QVERIFY(queueMutation(e.shop.db(), e.shop.clock, QStringLiteral("oversell_handling"), caseId,
                              {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("action"), QStringLiteral("contacted")},
                               {QStringLiteral("note"), QStringLiteral("Rappel demain")},
                               {QStringLiteral("by"), QStringLiteral("Caisse 1 · Marie")}})
                    .ok());
        const SyncReport report = runOnce(*engine);
        QVERIFY2(!report.error, why(report).constData());
        QCOMPARE(report.rejected, 0);
        auto q = e.shop.db().query(QStringLiteral("SELECT handling_action, handling_note, handled_by, "
                                                  "handled_at IS NOT NULL, resolved FROM oversell_cases"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("contacted"));
        QCOMPARE(q.value().value(1).toString(), QStringLiteral("Rappel demain"));
        QCOMPARE(q.value().value(2).toString(), QStringLiteral("Caisse 1 · Marie"));
        QVERIFY(q.value().value(3).toBool());
        QCOMPARE(q.value().value(4).toInt(), 0); // handled, not resolved
    }
};

QTEST_GUILESS_MAIN(TestOrderSync)
#include "tst_ordersync.moc"
