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
// release it. A till may refuse one line alone (issue 16: its reservation is released, the order
// goes on without it; refusing the last one rejects the order). Every status reached is a step
// {status, at, by}. Runs inside the caller's transaction.
class OrderBook
{
public:
    OrderBook(MarketStore &store, StockBook &stock, const ProductStates &products);

    static constexpr int MaxSteps = 50;
    static constexpr int MaxBy = 100;
    static constexpr int MaxReason = 500;

    // {customer: {name, phone}, lines: [{variant_id, quantity}], payment?} → 201 the order;
    // 409 insufficient_stock; 400 invalid_field.
    Reply place(const QString &shopId, const QJsonObject &request);
    // A till's order_transition. 422 order_unknown / illegal_transition / invalid_field.
    Reply transition(const QString &shopId, const QString &deviceId, const QString &orderId,
                     const QString &to, const QString &reason, const QString &by = {});
    // A till's order_line_refusal (docs §6.4). 422 order_unknown / illegal_transition (a final
    // order) / invalid_field (an unknown line, a reason over 500 characters, by over 100).
    Reply refuseLine(const QString &shopId, const QString &deviceId, const QString &orderId, qint64 lineNo,
                     const QString &reason, const QString &by);
    Reply cancel(const QString &shopId, const QString &orderId, const QString &reason = {});

    QJsonObject orderJson(const QString &orderId) const;

private:
    void settleLines(const QString &shopId, const QString &orderId, const QString &deviceId, bool commit);
    // Appends a step (the oldest are dropped past MaxSteps).
    void addStep(const QString &orderId, const QString &status, const QString &by);
    // "<device name> · <by>", the device's name alone when by is empty; "" for the marketplace.
    QString stepBy(const QString &deviceId, const QString &by) const;

    MarketStore &m_store;
    StockBook &m_stock;
    const ProductStates &m_products;
};

} // namespace comptoir::market
