// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enrollment.h"
#include "feed.h"
#include "onlineproducts.h"
#include "orderbook.h"
#include "photostore.h"
#include "productbook.h"
#include "producteditor.h"
#include "productstates.h"
#include "pushprocessor.h"
#include "reply.h"
#include "shopsettings.h"
#include "stockbook.h"

#include <QObject>
#include <QRandomGenerator>

#include <optional>

namespace comptoir::market {

class MarketStore;

// The reference marketplace's operations, each in its own transaction: the shop API (enroll,
// push, changes, snapshot, photos) and the admin operations (shops, codes, online orders,
// online product edits, epoch, state). Used by the HTTP layer and by the command line alike.
class Marketplace : public QObject
{
    Q_OBJECT

public:
    explicit Marketplace(MarketStore &store, QObject *parent = nullptr);

    MarketStore &store() { return m_store; }

    // Shop API
    Reply enroll(const QJsonObject &request);
    std::optional<DeviceIdentity> authenticate(const QByteArray &authorizationHeader);
    Reply push(const DeviceIdentity &device, const QJsonObject &request);
    Reply changes(const DeviceIdentity &device, qint64 since, int limit, std::optional<qint64> epoch);
    bool hasChangesAfter(const QString &shopId, qint64 since);
    Reply snapshot(const DeviceIdentity &device, const QString &pageToken, int limit,
                   std::optional<qint64> epoch);
    Reply putPhoto(const DeviceIdentity &device, const QString &sha256, const QByteArray &contentType,
                   const QByteArray &bytes);
    Reply getPhoto(const DeviceIdentity &device, const QString &sha256);
    Reply headPhoto(const DeviceIdentity &device, const QString &sha256); // counted per sha

    // Admin
    Reply createShop(const QString &name, const ShopDetails &details = {});
    Reply createCode(const QString &shopId, int ttlSeconds = 0);
    Reply provision(const QString &shopId, const QString &marketplaceUrl, int ttlSeconds = 0);
    Reply placeOrder(const QString &shopId, const QJsonObject &request);
    Reply cancelOrder(const QString &shopId, const QString &orderId, const QString &reason = {});
    // PUT /admin/v1/shops/{id}/service-levels: the shop's `shop_settings` (docs §9, §17).
    Reply setServiceLevels(const QString &shopId, const QJsonObject &levels);
    Reply revokeDevice(const QString &shopId, const QString &deviceId);
    Reply editProduct(const QString &shopId, const QString &productId, const QJsonObject &request);
    Reply createProduct(const QString &shopId, const QJsonObject &request);
    Reply bumpEpoch();
    // PUT /admin/v1/taxonomy: the marketplace's category tree, sent to every shop in its feed.
    Reply replaceTaxonomy(const QJsonObject &request);
    Reply taxonomy();
    Reply state(const QString &shopId);
    // GET /admin/v1/shops/{id}/photos: {"photo_requests": [{sha256, heads, puts, stored}]}.
    Reply photoRequests(const QString &shopId);
    // The demo's occasional online order: one unit of a random available variant, per shop.
    void placeRandomOrders(QRandomGenerator &random);

Q_SIGNALS:
    // A change was committed for this shop (empty: every shop, e.g. a new epoch).
    void shopChanged(const QString &shopId);

private:
    Reply inShop(const QString &shopId, const std::function<Reply()> &body);
    QJsonObject stateJson(const QString &shopId) const;

    MarketStore &m_store;
    Enrollment m_enrollment;
    StockBook m_stock;
    ProductStates m_productStates;
    ProductEditor m_productEditor;
    ProductBook m_products;
    OnlineProducts m_onlineProducts;
    OrderBook m_orders;
    PushProcessor m_push;
    Taxonomy m_taxonomy;
    ShopSettings m_settings;
    Feed m_feed;
    PhotoStore m_photos;
};

} // namespace comptoir::market
