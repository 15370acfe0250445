// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/reservedstock.h"

#include "models/storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace comptoir {

ReservedStock::ReservedStock(const Database &db) : m_db(db) { }

Result<VariantStock> ReservedStock::of(qint64 variantId) const
{
    auto q = m_db.query(QStringLiteral("SELECT (SELECT quantity FROM stock_on_hand WHERE variant_id = ?), "
                                       "(SELECT reserved FROM stock_server_state WHERE variant_id = ?), "
                                       "(SELECT available FROM stock_server_state WHERE variant_id = ?)"),
                        {variantId, variantId, variantId});
    if (!q)
        return q.error();
    VariantStock stock;
    if (!q.value().next())
        return stock;
    stock.onHand = q.value().value(0).toLongLong();
    if (!q.value().value(1).isNull()) {
        stock.reserved = q.value().value(1).toLongLong();
        stock.available = q.value().value(2).toLongLong();
    }
    return stock;
}

Result<qint64> ReservedStock::reservedTaken(qint64 variantId, qint64 quantity) const
{
    auto stock = of(variantId);
    if (!stock)
        return stock.error();
    const qint64 reserved = stock->reserved.value_or(0);
    if (reserved <= 0 || quantity <= 0)
        return qint64(0);
    const qint64 free = std::max<qint64>(0, stock->onHand - reserved);
    return std::clamp<qint64>(quantity - free, 0, reserved);
}

} // namespace comptoir
