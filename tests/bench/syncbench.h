// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sync figures of comptoir-bench (issue 5, point 8), measured against the real reference
// marketplace (comptoir-marketplace) over loopback. docs/benchmarks.md says what each measures.

#include "benchfigures.h"
#include "tests/marketplace/marketclient.h"

#include <QString>

namespace comptoir::bench {

// The marketplace of the sync figures: comptoir-marketplace serving a temporary SQLite file, with
// one shop of `products` products (one variant each, 50 in stock) made by its seed-products
// command before the server starts.
class BenchMarketplace
{
public:
    static constexpr qint64 OnHand = 50;

    // Seeds and starts the server; false (and a message on stderr) when it could not.
    bool start(int products);

    market::testing::MarketServer &server() { return m_server; }
    market::testing::MarketClient &admin() { return *m_admin; }
    QString shopId() const { return m_shopId; }
    int products() const { return m_products; }

private:
    market::testing::MarketServer m_server;
    std::unique_ptr<market::testing::MarketClient> m_admin;
    QString m_shopId;
    int m_products = 0;
};

// first_sync_floor (s), first_sync_floor_rate (products/s): the same snapshot a first sync reads,
// downloaded page by page (SyncEngine::PageSize items per request) by a freshly enrolled device,
// each page parsed with QJsonDocument, each product, variant and stock row INSERTed bare (prepared
// statements, no index but the primary key, no trigger) into a fresh SQLite file, all in one
// transaction. Returns the wall time in seconds (0 on failure).
double measureFirstSyncFloor(BenchMarketplace &market);

// first_sync (s) and first_sync_rate (products/s): a fresh enrolled till's SyncEngine::runOnce
// (snapshot and feed, applied by the page applier); first_sync_floor_ratio when floorSeconds > 0;
// then push_throughput, sale_to_marketplace, order_to_till and order_to_alert on that till. Returns false
// when a step failed (what was measured before it is printed).
bool measureSyncEngine(BenchMarketplace &market, double floorSeconds, quint32 seed);

} // namespace comptoir::bench
