// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace comptoir {

// Strict parsing of the change feed and the snapshot (GET /v1/changes, GET /v1/snapshot;
// docs/marketplace-api.md §7, §8), with the rules of marketplaceresponses.h: the WHOLE page is
// refused at the first problem, with an Error naming the field by its JSON path (subject) and what
// is wrong (detail). Codes: MarketplaceResponseInvalid, MarketplaceWrongShop (subject: the shop_id
// received), MarketplaceEpochChanged (a page of another epoch than asked for).

// 200 to GET /v1/changes.
Result<ChangesPage> parseChangesPage(const QByteArray &body, const QString &shopId,
                                     const ChangesQuery &query);
// 200 to GET /v1/snapshot. A continuing page (query.epoch/cursor set) must keep the first page's
// epoch (else MarketplaceEpochChanged: restart the snapshot) and fixed cursor.
Result<SnapshotPage> parseSnapshotPage(const QByteArray &body, const QString &shopId,
                                       const SnapshotQuery &query);

// The names the feed gives change kinds and order statuses.
QString changeKindName(ChangeKind kind);
std::optional<ChangeKind> changeKindFromName(const QString &name);
QString orderStatusName(OrderStatus status);

} // namespace comptoir
