// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/listinggaps.h"
#include "models/result.h"

#include <QHash>
#include <QList>

namespace comptoir {

class Database;

// Whether products are ready to be listed online: a photo, an online description, a marketplace
// category, a price above 0 on every variant on sale, stock on hand (ListingGaps: the same rule
// as the Catalogue's filter "not ready to list").
class Readiness
{
public:
    explicit Readiness(const Database &db);

    // The gaps of one product (ListingGaps bits, 0 when ready); NotFound when it does not exist.
    Result<int> gaps(qint64 productId) const;
    // The gaps of several products at once (one statement); unknown ids are left out.
    Result<QHash<qint64, int>> gaps(const QList<qint64> &productIds) const;
    // How many products on sale (not archived) lack something.
    Result<qint64> notReadyCount() const;

    // Each gap of a set, in the order the catalogue shows them.
    static QList<ListingGaps::Gap> each(int gaps);

private:
    const Database &m_db;
};

} // namespace comptoir
