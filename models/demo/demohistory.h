// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QDate>
#include <QtGlobal>

namespace comptoir {

class Database;
class Signer;

// What DemoHistory::generate() writes.
struct DemoHistoryOptions
{
    QDate today; // the history ends the day before; invalid: today in the shop's time zone
    int days = 21; // calendar days of history before today
    int minSales = 15; // sales per trading day, drawn between min and max
    int maxSales = 40;
    quint32 seed = 20261127;
};

// The demo shop's past: about three weeks of trading made through the real sale path (the sales
// journal, the day's closing, the fiscal chain and the technical events journal, each on a
// scripted clock), so that reports, closures and archives have something to show. For each
// calendar day before `today` on which the shop opens (Tuesday to Saturday, like many French
// shops): Start, Login, 15–40 sales between 9:30 and 19:00 (1–5 lines of stocked variants, cash
// with change, card, cheque, vouchers, a few discounts), a couple of refunds of earlier sales, now
// and then a ticket cancelled in progress, the Z (cash counted sometimes a few cents off), Stop.
// Stock never goes below zero: deliveries (receipt movements) come in the morning, or when a sale
// needs them. Deterministic for a seed (the same tickets, amounts and times; ids and UUIDs differ).
class DemoHistory
{
public:
    static constexpr qint64 CashFloatCents = 15000;

    using Options = DemoHistoryOptions;

    struct Summary
    {
        int tradingDays = 0;
        int sales = 0;
        int refunds = 0;
        int cancelled = 0;
        int closures = 0;
        int deliveries = 0;
        int events = 0;
    };

    // Writes the history in one transaction (all or nothing), signing every ticket, closure and
    // event with signer. Needs the demo's catalogue with stock and an active operator (a manager
    // closes the days). A journal that already holds a ticket or a closure is left as it is (an empty
    // summary). Errors: NotFound (no operator or no sellable variant), and those of the sale path.
    static Result<Summary> generate(Database &db, const Signer &signer, const Options &options = {});

    // True when the journal holds at least one ticket or closure (a history would not fit before it).
    static Result<bool> hasTickets(const Database &db);
};

} // namespace comptoir
