// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QJsonObject>

namespace comptoir::market {

class MarketStore;
class OrderBook;
class ProductBook;
class StockBook;
struct DeviceIdentity;

// POST /v1/push (DESIGN §3.1): a device's mutations, processed in seq order in the caller's one
// transaction. seq ≤ last applied → "duplicate" (its id must match the stored one, else 409
// seq_conflict); seq = last + 1 → applied, or rejected for a business reason (the rejection still
// consumes the seq, so the queue never blocks); seq > last + 1 → 409 seq_gap for the whole
// request, nothing applied. Mutations are remembered forever.
class PushProcessor
{
public:
    static constexpr int MaxMutations = 500;

    PushProcessor(MarketStore &store, StockBook &stock, OrderBook &orders, ProductBook &products);

    Reply push(const DeviceIdentity &device, const QJsonObject &request);

private:
    Reply apply(const DeviceIdentity &device, const QJsonObject &mutation);

    MarketStore &m_store;
    StockBook &m_stock;
    OrderBook &m_orders;
    ProductBook &m_products;
};

} // namespace comptoir::market
