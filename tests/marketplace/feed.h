// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace comptoir::market {

class MarketStore;
class OrderBook;
class ProductStates;
class ShopSettings;
class StockBook;
struct DeviceIdentity;

// The marketplace's category tree (docs/marketplace-api.md §9, `taxonomy`): one for the whole
// marketplace, sent to every shop as the feed entity kind `taxonomy`, id `taxonomy`, data
// {"version": n, "nodes": [{"id", "parent", "name"}, …]} (parents before their children). The
// first start loads the realistic French retail tree in taxonomy.json (a resource); the admin API
// replaces it (version + 1). Every change, and every new shop, moves the entity in that shop's
// feed. Runs inside the caller's transaction.
class Taxonomy
{
public:
    static constexpr const char *EntityId = "taxonomy";

    explicit Taxonomy(MarketStore &store);

    // Loads the built-in tree when none is stored, and puts the entity in the feed of every shop
    // that does not have it yet (a database made before the taxonomy existed).
    void ensure();
    // The entity in one shop's feed (a new shop).
    void publish(const QString &shopId);
    QJsonObject json() const;
    // PUT /admin/v1/taxonomy {"nodes": [...]}: 400 invalid_field when a node is malformed, an id
    // repeats or a parent is not an earlier node; else 200 {"version": n, "nodes": count}.
    Reply replace(const QJsonArray &nodes);

    // Why the nodes cannot be a tree (empty: they can).
    static QString problem(const QJsonArray &nodes);

private:
    void publishAll();

    MarketStore &m_store;
};

// The pull side (DESIGN §3.2): the change feed after a cursor, and the paged snapshot at a fixed
// cursor for a first sync. Entries carry the entity's full current state, so replaying a page
// changes nothing; the feed keeps only each entity's latest change.
class Feed
{
public:
    static constexpr int DefaultLimit = 200;
    static constexpr int MaxLimit = 1000;

    Feed(MarketStore &store, StockBook &stock, OrderBook &orders, const ProductStates &products,
         const Taxonomy &taxonomy, const ShopSettings &settings);

    // GET /v1/changes: `epoch` is required; 410 epoch_changed or cursor_ahead (resnapshot).
    Reply changes(const DeviceIdentity &device, qint64 since, int limit, std::optional<qint64> epoch) const;
    // Whether the shop's feed has anything after `since` (the long-poll's question).
    bool hasChangesAfter(const QString &shopId, qint64 since) const;
    // GET /v1/snapshot?limit=N[&page=TOKEN]
    Reply snapshot(const DeviceIdentity &device, const QString &pageToken, int limit,
                   std::optional<qint64> epoch) const;

    QJsonObject entityData(const QString &kind, const QString &id, const QString &shopId) const;
    QJsonObject oversellCaseJson(const QString &caseId) const;

    static int clampLimit(int limit);

private:
    MarketStore &m_store;
    StockBook &m_stock;
    OrderBook &m_orders;
    const ProductStates &m_products;
    const Taxonomy &m_taxonomy;
    const ShopSettings &m_settings;
};

} // namespace comptoir::market
