// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

namespace comptoir {

class Database;

// The association's service levels for online orders (docs/marketplace-api.md §9, kind
// `shop_settings`): how long a shop has, counted in its opening hours, to accept a placed order
// and to make an accepted order ready, and how long before a deadline the till warns again.
// The sync engine keeps the last ones received in the meta table (MetaKey, compact JSON
// {"accept_within_min": 30, "ready_within_min": 120, "warn_before_min": 10}); until then the
// defaults below apply.
struct ServiceLevels
{
    static constexpr const char *MetaKey = "marketplace_service_levels";

    int acceptWithinMinutes = 30;
    int readyWithinMinutes = 120;
    int warnBeforeMinutes = 10;
    bool fromMarketplace = false; // false: the defaults, nothing received yet

    bool operator==(const ServiceLevels &) const = default;
};

// The service levels in force (the defaults when none were received, or the stored JSON cannot be
// read). Errors: DatabaseQueryFailed.
Result<ServiceLevels> readServiceLevels(const Database &db);

} // namespace comptoir
