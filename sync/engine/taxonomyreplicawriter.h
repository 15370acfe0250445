// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"

namespace comptoir {

class Database;

// The marketplace's category tree into marketplace_categories (resources/sql/0013), inside the
// page's transaction: the whole table is replaced by the state (a full state, like every feed
// entity), each node with its parent, its name, its full path ("Papeterie > Carnets") and its
// position among its siblings (the marketplace's order).
Status writeTaxonomy(Database &db, const TaxonomyState &taxonomy);

} // namespace comptoir
