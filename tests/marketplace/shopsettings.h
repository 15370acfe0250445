// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QJsonObject>
#include <QString>

namespace comptoir::market {

class MarketStore;

// The association's service levels for a shop's online orders (docs/marketplace-api.md §9, kind
// `shop_settings`, id `shop_settings`): data {"version": n, "service_levels": {accept_within_min,
// ready_within_min, warn_before_min}}. Every shop gets 30 / 120 / 10 when it is created (or, in a
// file made before issue 16, at the first start); the admin API replaces them (version + 1, a new
// feed change). The feature named `shop_settings` (docs §3) gates the kind in the feed and the
// snapshot. Runs inside the caller's transaction. Implemented in enrollment.cpp, beside the shops.
class ShopSettings
{
public:
    static constexpr const char *EntityId = "shop_settings";
    static constexpr const char *Feature = "shop_settings";

    explicit ShopSettings(MarketStore &store);

    // The defaults for every shop that has none yet (a new shop, an older file).
    void ensure();
    QJsonObject json(const QString &shopId) const;
    // PUT /admin/v1/shops/{shop}/service-levels {accept_within_min 1–1440, ready_within_min
    // 1–10080, warn_before_min 0–120}: 200 the new data; 400 invalid_field.
    Reply replace(const QString &shopId, const QJsonObject &levels);

private:
    MarketStore &m_store;
};

} // namespace comptoir::market
