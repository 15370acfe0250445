// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketplace.h"

#include "marketstore.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace comptoir::market {

Marketplace::Marketplace(MarketStore &store, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_enrollment(store),
      m_stock(store),
      m_productStates(store),
      m_productEditor(store, m_stock, m_productStates),
      m_products(store, m_productEditor),
      m_onlineProducts(store, m_stock, m_productEditor, m_productStates),
      m_orders(store, m_stock, m_productStates),
      m_push(store, m_stock, m_orders, m_products),
      m_taxonomy(store),
      m_settings(store),
      m_feed(store, m_stock, m_orders, m_productStates, m_taxonomy, m_settings),
      m_photos(store)
{
    m_store.transact([this] {
        m_taxonomy.ensure();
        m_settings.ensure();
        return Reply {};
    });
}

Reply Marketplace::enroll(const QJsonObject &request)
{
    return m_store.transact([&] { return m_enrollment.enroll(request); });
}

std::optional<DeviceIdentity> Marketplace::authenticate(const QByteArray &authorizationHeader)
{
    std::optional<DeviceIdentity> device;
    m_store.transact([&] {
        device = m_enrollment.authenticate(authorizationHeader);
        return Reply {};
    });
    return device;
}

Reply Marketplace::push(const DeviceIdentity &device, const QJsonObject &request)
{
    const Reply reply = m_store.transact([&] { return m_push.push(device, request); });
    if (reply.ok())
        Q_EMIT shopChanged(device.shopId);
    return reply;
}

Reply Marketplace::changes(const DeviceIdentity &device, qint64 since, int limit, std::optional<qint64> epoch)
{
    return m_store.transact([&] { return m_feed.changes(device, since, limit, epoch); });
}

bool Marketplace::hasChangesAfter(const QString &shopId, qint64 since)
{
    bool has = false;
    m_store.transact([&] {
        has = m_feed.hasChangesAfter(shopId, since) || since > m_store.feedHead();
        return Reply {};
    });
    return has;
}

Reply Marketplace::snapshot(const DeviceIdentity &device, const QString &pageToken, int limit,
                            std::optional<qint64> epoch)
{
    return m_store.transact([&] { return m_feed.snapshot(device, pageToken, limit, epoch); });
}

Reply Marketplace::putPhoto(const DeviceIdentity &device, const QString &sha256,
                            const QByteArray &contentType, const QByteArray &bytes)
{
    // Committed even when refused: the request is counted (photo_requests).
    return m_store.transact(
        [&] {
            m_photos.count(device.shopId, sha256, PhotoStore::Request::Put);
            return m_photos.put(device.shopId, sha256, contentType, bytes);
        },
        true);
}

Reply Marketplace::headPhoto(const DeviceIdentity &device, const QString &sha256)
{
    return m_store.transact(
        [&] {
            m_photos.count(device.shopId, sha256, PhotoStore::Request::Head);
            return m_photos.get(device.shopId, sha256);
        },
        true);
}

Reply Marketplace::replaceTaxonomy(const QJsonObject &request)
{
    Reply reply = m_store.transact(
        [&] { return m_taxonomy.replace(request.value(QStringLiteral("nodes")).toArray()); });
    if (reply.ok())
        Q_EMIT shopChanged(QString());
    return reply;
}

Reply Marketplace::taxonomy()
{
    return m_store.transact([&] {
        Reply reply;
        reply.body = m_taxonomy.json();
        return reply;
    });
}

Reply Marketplace::getPhoto(const DeviceIdentity &device, const QString &sha256)
{
    return m_store.transact([&] { return m_photos.get(device.shopId, sha256); });
}

Reply Marketplace::inShop(const QString &shopId, const std::function<Reply()> &body)
{
    const Reply reply = m_store.transact([&] {
        if (!m_enrollment.shopExists(shopId))
            return errorReply(404, QStringLiteral("shop_unknown"), QStringLiteral("No such shop."));
        return body();
    });
    if (reply.ok())
        Q_EMIT shopChanged(shopId);
    return reply;
}

Reply Marketplace::createShop(const QString &name, const ShopDetails &details)
{
    return m_store.transact([&] {
        Reply reply = m_enrollment.createShop(name, details);
        if (reply.ok()) {
            m_taxonomy.publish(reply.body.value(QStringLiteral("shop_id")).toString());
            m_settings.ensure();
        }
        return reply;
    });
}

Reply Marketplace::provision(const QString &shopId, const QString &marketplaceUrl, int ttlSeconds)
{
    return m_store.transact([&] {
        return m_enrollment.provision(shopId, marketplaceUrl,
                                      ttlSeconds > 0 ? ttlSeconds : Enrollment::DefaultCodeTtlSeconds);
    });
}

Reply Marketplace::createCode(const QString &shopId, int ttlSeconds)
{
    return m_store.transact([&] { return m_enrollment.createCode(shopId, ttlSeconds); });
}

Reply Marketplace::placeOrder(const QString &shopId, const QJsonObject &request)
{
    return inShop(shopId, [&] { return m_orders.place(shopId, request); });
}

Reply Marketplace::cancelOrder(const QString &shopId, const QString &orderId, const QString &reason)
{
    return inShop(shopId, [&] { return m_orders.cancel(shopId, orderId, reason); });
}

Reply Marketplace::setServiceLevels(const QString &shopId, const QJsonObject &levels)
{
    return inShop(shopId, [&] { return m_settings.replace(shopId, levels); });
}

Reply Marketplace::revokeDevice(const QString &shopId, const QString &deviceId)
{
    return inShop(shopId, [&] {
        if (!m_store
                 .scalar(QStringLiteral("SELECT 1 FROM devices WHERE id = ? AND shop_id = ?"),
                         {deviceId, shopId})
                 .isValid())
            return errorReply(404, QStringLiteral("not_found"),
                              QStringLiteral("No such device in this shop."));
        m_store.run(QStringLiteral("UPDATE devices SET revoked = 1 WHERE id = ?"), {deviceId});
        Reply reply;
        reply.body = {{QStringLiteral("shop_id"), shopId},
                      {QStringLiteral("device_id"), deviceId},
                      {QStringLiteral("revoked"), true}};
        return reply;
    });
}

Reply Marketplace::editProduct(const QString &shopId, const QString &productId, const QJsonObject &request)
{
    return inShop(shopId, [&] {
        return m_onlineProducts.edit(shopId, productId, request.value(QStringLiteral("fields")).toObject(),
                                     request.value(QStringLiteral("variants")).toArray());
    });
}

Reply Marketplace::createProduct(const QString &shopId, const QJsonObject &request)
{
    return inShop(shopId, [&] { return m_onlineProducts.create(shopId, request); });
}

Reply Marketplace::bumpEpoch()
{
    const qint64 epoch = m_store.bumpEpoch();
    if (epoch == 0)
        return errorReply(500, QStringLiteral("internal_error"),
                          QStringLiteral("The epoch could not be changed."));
    Q_EMIT shopChanged(QString());
    Reply reply;
    reply.body = {{QStringLiteral("epoch"), epoch}};
    return reply;
}

Reply Marketplace::state(const QString &shopId)
{
    return m_store.transact([&] {
        if (!m_enrollment.shopExists(shopId))
            return errorReply(404, QStringLiteral("shop_unknown"), QStringLiteral("No such shop."));
        Reply reply;
        reply.body = stateJson(shopId);
        return reply;
    });
}

Reply Marketplace::photoRequests(const QString &shopId)
{
    return m_store.transact([&] {
        if (!m_enrollment.shopExists(shopId))
            return errorReply(404, QStringLiteral("shop_unknown"), QStringLiteral("No such shop."));
        Reply reply;
        reply.body = {{QStringLiteral("shop_id"), shopId},
                      {QStringLiteral("photo_requests"), m_photos.requestsJson(shopId)}};
        return reply;
    });
}

void Marketplace::placeRandomOrders(QRandomGenerator &random)
{
    QStringList shops;
    m_store.transact([&] {
        QSqlQuery q = m_store.run(QStringLiteral("SELECT id FROM shops ORDER BY id"));
        while (q.next())
            shops.append(q.value(0).toString());
        return Reply {};
    });
    for (const QString &shopId : shops) {
        QStringList candidates;
        m_store.transact([&] {
            QSqlQuery q = m_store.run(
                QStringLiteral("SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id"
                               " WHERE v.shop_id = ? AND p.archived = 0"
                               " AND v.on_hand - v.reserved - v.safety_stock >= 1 ORDER BY v.id"),
                {shopId});
            while (q.next())
                candidates.append(q.value(0).toString());
            return Reply {};
        });
        if (candidates.isEmpty())
            continue;
        const QString variantId = candidates.at(int(random.bounded(quint32(candidates.size()))));
        placeOrder(shopId,
                   {{QStringLiteral("customer"),
                     QJsonObject {{QStringLiteral("name"), QStringLiteral("Online customer")},
                                  {QStringLiteral("phone"), QJsonValue()}}},
                    {QStringLiteral("lines"),
                     QJsonArray {QJsonObject {{QStringLiteral("variant_id"), variantId},
                                              {QStringLiteral("quantity"), 1}}}}});
    }
}

QJsonObject Marketplace::stateJson(const QString &shopId) const
{
    // docs §17's state, plus the lists tests read (orders, products, conflict_log).
    QJsonArray variants;
    QSqlQuery v = m_store.run(
        QStringLiteral("SELECT v.id, (SELECT COUNT(*) FROM movements m WHERE m.variant_id = v.id)"
                       " FROM variants v WHERE v.shop_id = ? ORDER BY v.id"),
        {shopId});
    while (v.next()) {
        QJsonObject stock = m_stock.stockJson(v.value(0).toString());
        stock.insert(QStringLiteral("movements"), v.value(1).toLongLong());
        variants.append(stock);
    }
    QJsonArray devices;
    QSqlQuery d = m_store.run(
        QStringLiteral("SELECT id, name, last_applied_seq, revoked FROM devices WHERE shop_id = ?"
                       " ORDER BY id"),
        {shopId});
    while (d.next()) {
        devices.append(QJsonObject {{QStringLiteral("device_id"), d.value(0).toString()},
                                    {QStringLiteral("name"), d.value(1).toString()},
                                    {QStringLiteral("last_applied_seq"), d.value(2).toLongLong()},
                                    {QStringLiteral("revoked"), d.value(3).toBool()}});
    }
    QJsonArray reservations;
    QSqlQuery r = m_store.run(
        QStringLiteral("SELECT o.id, l.variant_id, l.quantity FROM orders o"
                       " JOIN order_lines l ON l.order_id = o.id WHERE o.shop_id = ? AND l.refused = 0"
                       " AND o.status IN ('placed', 'accepted', 'ready') ORDER BY o.number, l.line_no"),
        {shopId});
    while (r.next()) {
        reservations.append(QJsonObject {{QStringLiteral("order_id"), r.value(0).toString()},
                                         {QStringLiteral("variant_id"), r.value(1).toString()},
                                         {QStringLiteral("quantity"), r.value(2).toLongLong()}});
    }
    const auto collect
        = [this, &shopId](const QString &sql, const std::function<QJsonObject(const QString &)> &render) {
              QJsonArray list;
              QSqlQuery q = m_store.run(sql, {shopId});
              while (q.next())
                  list.append(render(q.value(0).toString()));
              return list;
          };
    const QJsonArray cases
        = collect(QStringLiteral("SELECT id FROM oversell_cases WHERE shop_id = ? AND resolved_at IS NULL"
                                 " ORDER BY opened_at, id"),
                  [this](const QString &id) { return m_feed.oversellCaseJson(id); });
    const QJsonArray conflicts
        = collect(QStringLiteral("SELECT id FROM conflicts WHERE shop_id = ? ORDER BY occurred_at, id"),
                  [this](const QString &id) { return m_productStates.conflictJson(id); });
    const QJsonArray orders
        = collect(QStringLiteral("SELECT id FROM orders WHERE shop_id = ? ORDER BY number"),
                  [this](const QString &id) { return m_orders.orderJson(id); });
    const QJsonArray products
        = collect(QStringLiteral("SELECT id FROM products WHERE shop_id = ? ORDER BY id"),
                  [this](const QString &id) { return m_productStates.productJson(id); });
    return {{QStringLiteral("shop_id"), shopId},
            {QStringLiteral("shop_name"),
             m_store.scalar(QStringLiteral("SELECT name FROM shops WHERE id = ?"), {shopId}).toString()},
            {QStringLiteral("epoch"), m_store.epoch()},
            {QStringLiteral("head"), m_store.feedHead()},
            {QStringLiteral("variants"), variants},
            {QStringLiteral("movements"),
             m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM movements WHERE shop_id = ?"), {shopId}, 0)
                 .toLongLong()},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("open_reservations"), reservations},
            {QStringLiteral("oversell_cases"), cases},
            {QStringLiteral("conflicts"), conflicts.size()},
            {QStringLiteral("conflict_log"), conflicts},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("products"), products},
            {QStringLiteral("photo_requests"), m_photos.requestsJson(shopId)}};
}

} // namespace comptoir::market
