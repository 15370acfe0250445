// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QSet>

namespace comptoir {

class Database;

// The catalogue's search index while a page is written, kept once per page instead of once per
// row (resources/sql/0009_search_deferral.sql): defer() before the first state turns the index's
// triggers off inside the page's transaction; the product part notes every product and variant it
// writes; update() after the last state re-indexes, in one statement each, every variant noted,
// and turns the triggers on again. A page that fails rolls both back with everything else.
class ReplicaSearchIndex
{
public:
    explicit ReplicaSearchIndex(Database &db);

    // All the variants of this local product are re-indexed.
    void addProduct(qint64 productId) { m_products.insert(productId); }
    // This local variant is re-indexed (a reference or a barcode taken from it).
    void addVariant(qint64 variantId) { m_variants.insert(variantId); }

    Status defer();
    Status update();

private:
    Database &m_db;
    QSet<qint64> m_products; // local product ids whose variants are re-indexed
    QSet<qint64> m_variants; // other variants touched (a reference or a barcode taken)
};

} // namespace comptoir
