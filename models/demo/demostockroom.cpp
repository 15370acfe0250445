// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demostockroom.h"

#include "models/demo/demorandom.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"

#include <QSqlQuery>

namespace comptoir {

DemoStockroom::DemoStockroom(Database &db, StockLedger &ledger, DemoRandom &random)
    : m_db(db), m_ledger(ledger), m_random(random)
{ }

Status DemoStockroom::load()
{
    auto q = m_db.query(
        QStringLiteral("SELECT v.id, p.name, v.label, v.price_cents, p.vat_rate_bp, coalesce(s.quantity, 0) "
                       "FROM variants v JOIN products p ON p.id = v.product_id "
                       "LEFT JOIN stock_on_hand s ON s.variant_id = v.id "
                       "WHERE v.archived = 0 AND p.archived = 0 AND v.price_cents > 0 ORDER BY v.id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        Item item;
        item.variantId = q.value().value(0).toLongLong();
        item.label = q.value().value(1).toString();
        const QString variantLabel = q.value().value(2).toString();
        if (!variantLabel.isEmpty())
            item.label += QLatin1Char(' ') + variantLabel;
        item.priceCents = q.value().value(3).toLongLong();
        item.vatRateBp = q.value().value(4).toInt();
        m_onHand.insert(item.variantId, q.value().value(5).toLongLong());
        m_items << item;
    }
    if (m_items.isEmpty())
        return makeError(ErrorCode::NotFound, {}, QStringLiteral("no variant to sell"));
    // Popularity: a shuffled order, the first items sold most (see DemoSales).
    for (qsizetype i = m_items.size() - 1; i > 0; --i)
        m_items.swapItemsAt(i, m_random.between(0, int(i)));
    return {};
}

Status DemoStockroom::receive(qint64 variantId, qint64 quantity)
{
    auto movement = m_ledger.record(variantId, quantity, MovementReason::Receipt, QStringLiteral("Delivery"));
    if (!movement)
        return movement.error();
    m_onHand[variantId] += quantity;
    ++m_deliveries;
    return {};
}

Status DemoStockroom::morningDeliveries()
{
    for (const Item &item : std::as_const(m_items)) {
        if (!m_soldVariants.contains(item.variantId) || m_onHand.value(item.variantId) > 2)
            continue;
        const qint64 quantity = item.priceCents < 1000 ? 24 : item.priceCents < 3000 ? 12 : 6;
        if (Status s = receive(item.variantId, quantity); !s)
            return s;
    }
    return {};
}

void DemoStockroom::sold(qint64 variantId, qint64 quantity)
{
    m_onHand[variantId] -= quantity;
    m_soldVariants.insert(variantId);
}

void DemoStockroom::returned(qint64 variantId, qint64 quantity)
{
    m_onHand[variantId] += quantity;
}

} // namespace comptoir
