// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/client/jsonreader.h"
#include "sync/marketplacetypes.h"

namespace comptoir {

// The entity states of the feed and the snapshot (docs/marketplace-api.md §9), read strictly
// from `data` (a reader on the data object); id is the change's id, which data must repeat under
// the entity's own id member. Used by marketplaceresponses.h; failures go to data's JsonCheck.
ProductState readProductState(JsonReader &data, const QString &id);
StockState readStockState(JsonReader &data, const QString &id);
OrderState readOrderState(JsonReader &data, const QString &id);
OversellCase readOversellCase(JsonReader &data, const QString &id);
ConflictEntry readConflictEntry(JsonReader &data, const QString &id);
// id must be "taxonomy"; nodes: at most MaxTaxonomyNodes, ids unique, each parent an earlier node.
TaxonomyState readTaxonomyState(JsonReader &data, const QString &id);
inline constexpr qsizetype MaxTaxonomyNodes = 20000;
// An order's limits on what comes down (docs/marketplace-api.md §13, §15.5).
inline constexpr qsizetype MaxOrderReasonLength = 500;
inline constexpr qsizetype MaxCustomerNameLength = 200;
inline constexpr qsizetype MaxCustomerPhoneLength = 50;
// id must be "shop_settings"; the service levels within their documented ranges.
ShopSettingsState readShopSettings(JsonReader &data, const QString &id);

} // namespace comptoir
