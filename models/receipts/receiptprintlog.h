// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <optional>

namespace comptoir {

class Clock;
class Database;

// The copies of each ticket's receipt that were printed (table receipt_prints, write-once):
// the first copy is the ORIGINAL (duplicate number 0), the next ones DUPLICATA 1, 2…
class ReceiptPrintLog
{
public:
    ReceiptPrintLog(Database &db, const Clock &clock);

    // How many copies of the ticket were printed: the duplicate number of the next copy.
    Result<int> printCount(qint64 ticketId) const;
    // Records a printed copy. Errors: NotFound (no such ticket), DatabaseQueryFailed (this
    // duplicate number is already recorded).
    Status record(qint64 ticketId, int duplicateNumber, std::optional<qint64> operatorId = std::nullopt);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
