// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace comptoir {

class Database;
class DemoRandom;
class StockLedger;

// What the demo history sells and what is on its shelves: the sellable variants in order of
// popularity (a shuffled order, the first ones sold most), the quantities on hand, and the
// deliveries (receipt movements in the stock ledger) that keep stock from going below zero.
class DemoStockroom
{
public:
    struct Item
    {
        qint64 variantId = 0;
        QString label; // the product's name and the variant's label
        qint64 priceCents = 0;
        int vatRateBp = 2000;
    };

    DemoStockroom(Database &db, StockLedger &ledger, DemoRandom &random);

    // Loads the active variants with a price, with their stock, and shuffles them.
    // Errors: NotFound (no variant to sell).
    Status load();
    const QList<Item> &items() const { return m_items; }
    qint64 onHand(qint64 variantId) const { return m_onHand.value(variantId); }

    // A delivery of quantity units.
    Status receive(qint64 variantId, qint64 quantity);
    // Before opening: what sold out or nearly is received again.
    Status morningDeliveries();
    void sold(qint64 variantId, qint64 quantity);
    void returned(qint64 variantId, qint64 quantity);
    int deliveries() const { return m_deliveries; }

private:
    Database &m_db;
    StockLedger &m_ledger;
    DemoRandom &m_random;
    QList<Item> m_items; // in order of popularity
    QHash<qint64, qint64> m_onHand; // variant id → quantity
    QSet<qint64> m_soldVariants;
    int m_deliveries = 0;
};

} // namespace comptoir
