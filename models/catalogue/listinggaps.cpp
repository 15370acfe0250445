// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/listinggaps.h"

namespace comptoir {

QString ListingGaps::sql()
{
    // Each term is 0 or its bit; the subqueries use the variants' product index.
    return QStringLiteral(
        "((CASE WHEN p.photos IN ('', '[]') THEN 1 ELSE 0 END)"
        " | (CASE WHEN trim(p.online_description) = '' THEN 2 ELSE 0 END)"
        " | (CASE WHEN p.marketplace_category = '' THEN 4 ELSE 0 END)"
        " | (CASE WHEN NOT EXISTS (SELECT 1 FROM variants gv WHERE gv.product_id = p.id AND gv.archived = 0)"
        " OR EXISTS (SELECT 1 FROM variants gv WHERE gv.product_id = p.id AND gv.archived = 0"
        " AND gv.price_cents <= 0) THEN 8 ELSE 0 END)"
        " | (CASE WHEN NOT EXISTS (SELECT 1 FROM variants gv JOIN stock_on_hand gh ON gh.variant_id = gv.id"
        " WHERE gv.product_id = p.id AND gv.archived = 0 AND gh.quantity > 0) THEN 16 ELSE 0 END))");
}

} // namespace comptoir
