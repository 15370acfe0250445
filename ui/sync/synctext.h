// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/orders/onlineorders.h"

#include <QDateTime>
#include <QString>

namespace comptoir {

// Words for what the marketplace and the sync engine say, for the status indicator and the
// Synchronisation and Orders pages. Server codes are strings from the protocol
// (docs/marketplace-api.md §14.2), not ErrorCodes: a code this version does not know is shown as
// it is, so nothing the marketplace says is hidden.
namespace SyncText {

// Why the marketplace refused a change: one sentence for each known rejection code
// ("variant_unknown" → "The marketplace does not know this product variant…"); an unknown code as
// it is.
QString serverReason(const QString &code);
// What a mutation was: "Stock movement", "Product change", "Order step"…; unknown kinds as they are.
QString mutationKind(const QString &kind);
// "Placed", "Accepted", "Ready", "Collected", "Refused", "Cancelled online".
QString orderStatus(OrderStatus status);
// A conflict's field ("price_cents" → "Price"); unknown fields as they are.
QString conflictField(const QString &field);
// A conflict's rule in words.
QString conflictRule(const QString &rule);
// "This till", "Another till", "The marketplace" (origins are "device:<uuid>" or "marketplace").
QString origin(const QString &origin, const QString &thisDeviceId);
// How long ago, in words: "just now", "2 min ago", "3 h ago", then the date and time.
QString ago(const QDateTime &then, const QDateTime &now);

} // namespace SyncText

} // namespace comptoir
