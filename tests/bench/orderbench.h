// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchfigures.h"

#include <QRandomGenerator>
#include <QStringList>

namespace comptoir {
class Catalogue;
class Clock;
class Database;
} // namespace comptoir

namespace comptoir::bench {

// order_pick (issue 16): one scan while picking a 10-line accepted order (OrderPicking::scan: the
// order's status read again, the code resolved through the catalogue as at the till, order_picks
// written in one statement), on the shop-sized catalogue; 100 orders of 10 random lines, each line
// scanned once; median and p99.
Figure measureOrderPick(Database &db, const Catalogue &catalogue, const Clock &clock,
                        const QStringList &codes, QRandomGenerator &random);

} // namespace comptoir::bench
