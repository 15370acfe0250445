// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace comptoir::chaos {

// What the checks need to know about a finished, quiesced run.
struct RunFacts
{
    QString shopId;
    QString marketDb; // the marketplace's SQLite file (the server stopped)
    QStringList tillDbs; // each till's SQLite file
    QHash<QString, qint64> initialStock; // variant id → on hand created online before the tills
};

struct Verdict
{
    bool ok = false;
    QString line; // the final line: "invariants: ok tills=…" or "invariants: FAILED …"
    QStringList problems; // each broken invariant, in words (first ones only)
};

// DESIGN.md §3's chaos invariants, from the tills' and the marketplace's files:
// - every till's on-hand = server on-hand = the reference model (the tills' own movements, read
//   back from their ledgers, replayed in the server's order with the causal count rule, plus the
//   online orders' commits and the stock created online), for every variant;
// - every movement a till generated is on the server exactly once (by movement id), nothing else;
// - every outbox empty; every till's acknowledged seq = its highest seq = the server's;
// - reserved = the sum of the open orders' lines; an open oversell case ⇔ available < 0, on the
//   server and on every till;
// - product and variant fields equal on every replica; online orders' statuses equal;
// - cursors only moved forward (as the tills observed them); exceptions only for order transitions.
Verdict checkInvariants(const RunFacts &facts);

} // namespace comptoir::chaos
