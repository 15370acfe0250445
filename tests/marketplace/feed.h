// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace comptoir::market {

class MarketStore;
class OrderBook;
class ProductStates;
class StockBook;
class Taxonomy;
struct DeviceIdentity;

// The pull side (DESIGN §3.2): the change feed after a cursor, and the paged snapshot at a fixed
// cursor for a first sync. Entries carry the entity's full current state, so replaying a page
// changes nothing; the feed keeps only each entity's latest change.
class Feed
{
public:
    static constexpr int DefaultLimit = 200;
    static constexpr int MaxLimit = 1000;

    Feed(MarketStore &store, StockBook &stock, OrderBook &orders, const ProductStates &products,
         const Taxonomy &taxonomy);

    // GET /v1/changes: `epoch` is required; 410 epoch_changed or cursor_ahead (resnapshot).
    Reply changes(const DeviceIdentity &device, qint64 since, int limit, std::optional<qint64> epoch) const;
    // Whether the shop's feed has anything after `since` (the long-poll's question).
    bool hasChangesAfter(const QString &shopId, qint64 since) const;
    // GET /v1/snapshot?limit=N[&page=TOKEN]
    Reply snapshot(const DeviceIdentity &device, const QString &pageToken, int limit,
                   std::optional<qint64> epoch) const;

    QJsonObject entityData(const QString &kind, const QString &id) const;
    QJsonObject oversellCaseJson(const QString &caseId) const;

    static int clampLimit(int limit);

private:
    MarketStore &m_store;
    StockBook &m_stock;
    OrderBook &m_orders;
    const ProductStates &m_products;
    const Taxonomy &m_taxonomy;
};

} // namespace comptoir::market
