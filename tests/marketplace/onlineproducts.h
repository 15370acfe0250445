// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace comptoir::market {

class MarketStore;
class ProductEditor;
class ProductStates;
class StockBook;

// The marketplace's own product edits (admin, origin "marketplace"): any field, applied on the
// current version, so without conflict; and products created online. Runs inside the caller's
// transaction; answers with the product's state.
class OnlineProducts
{
public:
    OnlineProducts(MarketStore &store, StockBook &stock, ProductEditor &editor, const ProductStates &states);

    Reply edit(const QString &shopId, const QString &productId, const QJsonObject &fields,
               const QJsonArray &variants = {});
    // A product created online: {product_id?, fields, variants: [{variant_id?, fields, on_hand?}]}.
    Reply create(const QString &shopId, const QJsonObject &request);

private:
    MarketStore &m_store;
    StockBook &m_stock;
    ProductEditor &m_editor;
    const ProductStates &m_states;
};

} // namespace comptoir::market
