// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A ticket's own arithmetic, checked from its canonical record alone (docs/fiscal-format.md,
// "Les calculs d'un ticket"; the rules are docs/rounding.md's, as TicketCalculator and the sales
// journal apply them): lines, line and ticket discounts, the spread of a sale's ticket discount,
// the total, the VAT per rate, the payments, the cash tendered and the change.
#include <QJsonObject>
#include <QString>

namespace comptoir::TicketAudit {

// Empty when the ticket (its parsed canonical record) adds up, otherwise what does not, in
// technical English ("line 2: total_cents 1050 where 1040 was expected"). Amounts may be anything
// a forger writes: the arithmetic is done on 128 bits and never overflows.
QString mismatch(const QJsonObject &ticket);

} // namespace comptoir::TicketAudit
