// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QJsonObject>
#include <QString>

namespace comptoir::market {

class MarketStore;
class ProductStates;
class StockBook;

// Online orders (docs §13): placing one reserves its lines' stock (refused when available <
// quantity); the till moves it placed→accepted|rejected, accepted→ready|rejected,
// ready→collected|rejected; the marketplace may cancel a placed, accepted or ready order.
// collected commits the reservation (a movement of reason online_commit), rejected and cancelled
// release it. Runs inside the caller's transaction.
class OrderBook
{
public:
    OrderBook(MarketStore &store, StockBook &stock, const ProductStates &products);

    // {customer: {name, phone}, lines: [{variant_id, quantity}]} → 201 the order; 409 insufficient_stock.
    Reply place(const QString &shopId, const QJsonObject &request);
    // A till's order_transition. 422 order_unknown / illegal_transition / invalid_field.
    Reply transition(const QString &shopId, const QString &deviceId, const QString &orderId,
                     const QString &to, const QString &reason);
    Reply cancel(const QString &shopId, const QString &orderId, const QString &reason = {});

    QJsonObject orderJson(const QString &orderId) const;

private:
    void settleLines(const QString &shopId, const QString &orderId, const QString &deviceId, bool commit);

    MarketStore &m_store;
    StockBook &m_stock;
    const ProductStates &m_products;
};

} // namespace comptoir::market
