// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A TestShop enrolled with the real comptoir-marketplace over loopback HTTP, with a second device
// (the "setup" device) that creates the shop's products, and helpers to drive a SyncEngine.
#include "fixtures.h"
#include "memorysecretstore.h"
#include "models/storage/database.h"
#include "sync/client/marketplaceresponses.h"
#include "sync/engine/syncengine.h"
#include "sync/enrolment/enrollment.h"
#include "tests/marketplace/marketclient.h"
#include "tokenwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

namespace comptoir::synctest {

using market::testing::Device;
using market::testing::HttpResult;
using market::testing::MarketClient;
using market::testing::MarketServer;

inline qint64 scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

// Waits for one runOnce; an invalid report (error NotEnrolled, subject "timeout") after timeoutMs.
inline SyncReport runOnce(SyncEngine &engine, int timeoutMs = 60000)
{
    auto result = std::make_shared<std::optional<SyncReport>>();
    engine.runOnce([result](SyncReport report) { *result = std::move(report); });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, timeoutMs)) {
        engine.stop();
        SyncReport timedOut;
        timedOut.error = makeError(ErrorCode::NotEnrolled, QStringLiteral("timeout"));
        return timedOut;
    }
    return **result;
}

struct EnrolledShop
{
    MarketServer server;
    std::unique_ptr<MarketClient> market;
    TestShop shop;
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    QString shopId;
    Device setup; // another device of the same shop, for products and their stock
    std::optional<EnrolledDevice> device;
    QByteArray token;

    // Starts the server, creates the shop, enrols this till. False (and a warning) on failure.
    bool begin(const QStringList &serverArgs = {})
    {
        if (!server.start(serverArgs))
            return false;
        market = std::make_unique<MarketClient>(server.url());
        shopId = market->createShop(QStringLiteral("Librairie du Martroi"));
        setup = market->enrol(shopId, QStringLiteral("setup"));
        Enrollment enrollment(shop.db(), secrets, network);
        std::optional<Result<EnrolledDevice>> outcome;
        enrollment.enroll(server.url().toString(), market->createCode(shopId), QStringLiteral("Caisse 1"),
                          [&outcome](Result<EnrolledDevice> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000) || !outcome->ok()) {
            qWarning("enrollment failed");
            return false;
        }
        device = outcome->value();
        auto secret = tokenOf(secrets, device->deviceId);
        if (!secret)
            return false;
        token = *secret;
        return true;
    }

    std::unique_ptr<SyncEngine> engine(QNetworkAccessManager &net)
    {
        auto made = std::make_unique<SyncEngine>(shop.db(), shop.clock, shop.uuids, net, *device, token);
        // Fast, deterministic retries.
        made->setBackoff(Backoff([] { return 0.5; }, 20, 200));
        made->setLongPollSeconds(1);
        return made;
    }

    // A movement queued as the models queue it (kind and payload as the API's, §6.4).
    bool queueMovement(const QString &variantId, qint64 delta, const QString &reason = QStringLiteral("sale"))
    {
        const QString movementId = shop.uuids.next();
        const QString at = shop.clock.now().toString(Qt::ISODateWithMs);
        const QJsonObject payload {{QStringLiteral("movement_id"), movementId},
                                   {QStringLiteral("variant_id"), variantId},
                                   {QStringLiteral("delta"), delta},
                                   {QStringLiteral("reason"), reason},
                                   {QStringLiteral("occurred_at"), at}};
        return shop.db()
            .exec(QStringLiteral(
                      "INSERT INTO sync_outbox (kind, entity_id, payload, created_at) VALUES (?, ?, ?, ?)"),
                  {QStringLiteral("stock_movement"), movementId,
                   QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), at})
            .ok();
    }

    qint64 serverLastAppliedSeq()
    {
        const QJsonObject state = market->state(shopId);
        for (const QJsonValue &d : state.value(QStringLiteral("devices")).toArray()) {
            if (d.toObject().value(QStringLiteral("device_id")).toString() == device->deviceId)
                return d.toObject().value(QStringLiteral("last_applied_seq")).toInteger();
        }
        return -1;
    }

    void setFaults(const QJsonObject &faults)
    {
        market->admin("POST", QStringLiteral("/admin/v1/faults"), faults);
    }

    qint64 pending() { return scalar(shop.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")); }
};

} // namespace comptoir::synctest
