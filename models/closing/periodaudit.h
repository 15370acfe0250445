#pragma once

#include "models/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

// Checks a month or year closure against the closures it covers, both given as their parsed
// canonical serialisations (canonical.h): a month closure against the day closures of its month,
// a year closure against the month closures of its year. Compares the day count, the first and
// last closure numbers, the counts and sums, the grand total (the last covered closure's) and
// the per-method and per-VAT-rate sums. Returns an empty string when everything matches,
// otherwise which value differs ("total_cents: stored 1200, closures 1100"). Used by
// verifyJournal() (from the database) and verifyArchive() (from the archive's records).
QString periodTotalsMismatch(const QJsonObject &closure, const QList<QJsonObject> &covered);

// The same for a stored period closure (row of period_closures), its covered closures read from
// the database (the day closures of its register and month, or the month closures of its
// register and year). Errors: NotFound (no such period closure), DatabaseQueryFailed.
Result<QString> periodClosureMismatch(const Database &db, qint64 periodClosureId);

} // namespace comptoir
