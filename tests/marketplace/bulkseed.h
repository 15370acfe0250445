// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QString>

namespace comptoir::market {

class MarketStore;

// Reference server only (the benchmarks): `count` products made online, each with one variant
// (a unique reference, a price, `onHand` units received), written in ONE transaction straight
// into the marketplace's SQLite file with a few INSERT … SELECT statements — the 100 000-product
// shop in seconds, where as many admin requests would take many minutes. The rows are exactly
// what OnlineProducts::create writes (fields and per-field versions of origin "marketplace",
// version 1, a receipt movement per variant) and each product and stock state is in the feed.
// Answers 201 {"created": count, "first_cursor", "last_cursor"}, 404 shop_unknown, 400 for a count
// outside 1..1 000 000.
Reply seedProducts(MarketStore &store, const QString &shopId, int count, qint64 onHand);

} // namespace comptoir::market
