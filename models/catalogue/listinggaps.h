// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// What a product lacks before it can be listed online (issue 15), as one SQL expression over
// `products p`: the Catalogue's filter "not ready to list" (CatalogueModel) and each product's
// readiness (models/listing/Readiness) read the same rule. Each gap is a bit.
struct ListingGaps
{
    enum Gap : int {
        None = 0,
        Photo = 1, // no photo
        Description = 2, // no online description
        Category = 4, // no marketplace category
        Price = 8, // a variant on sale at 0, or no variant on sale
        Stock = 16, // no variant on sale with stock on hand
    };
    static constexpr int All = Photo | Description | Category | Price | Stock;

    // An integer expression: the OR of the gaps of the product `p` (its archived variants ignored).
    static QString sql();
};

} // namespace comptoir
