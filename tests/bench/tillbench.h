// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchfigures.h"

#include <QRandomGenerator>
#include <QStringList>

namespace comptoir {
class Catalogue;
class SaleJournal;
} // namespace comptoir

namespace comptoir::bench {

// scan_to_line: a scanned code looked up, added to the cart (or its line incremented) and the
// cart model updated, as the till page does on each scan.
Figure measureScanToLine(Catalogue &catalogue, const QStringList &codes, QRandomGenerator &random);

// sale_commit: a 3-line sale paid in cash committed with its stock movements and outbox rows,
// in one transaction, with synchronous=FULL.
Figure measureSaleCommit(Catalogue &catalogue, SaleJournal &journal, qint64 operatorId,
                         const QStringList &codes, QRandomGenerator &random);

} // namespace comptoir::bench
