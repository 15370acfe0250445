#pragma once

#include "models/result.h"

#include <QString>

namespace comptoir {

class Database;

// Recomputes a stored day closure from the tickets of its register and business day, as
// DayClosing::totals() sums them (counts, first and last numbers, sales, refunds, total,
// discounts, cash expected, per payment method, per VAT rate), and its grand total from the
// previous closure's. Returns an empty string when everything matches, otherwise which value
// differs ("total_cents: stored 1200, tickets 1100"). Closures of another kind than "day" are
// not checked here (empty string). Used by verifyJournal(). Errors:
// NotFound (no such closure), DatabaseQueryFailed.
Result<QString> closureTotalsMismatch(const Database &db, qint64 closureId);

} // namespace comptoir
