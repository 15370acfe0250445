// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"

namespace comptoir {

class Database;

// The association's service levels (kind `shop_settings`, docs/marketplace-api.md §9) into the
// meta table under ServiceLevels::MetaKey as compact JSON {"accept_within_min",
// "ready_within_min", "warn_before_min"}, inside the page's transaction; readServiceLevels()
// (sync/orders/servicelevels.h) reads them back. Returns whether the stored text changed.
Result<bool> writeServiceLevels(Database &db, const ShopSettingsState &settings);

} // namespace comptoir
