#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

namespace comptoir {

class Database;

// The business day a ticket made at `now` belongs to, for a register: the local calendar date,
// unless that day (or a later one) is already closed by a Z report, in which case it is the day
// after the last closed one. So once the day is closed, the next sale starts a new day.
// YYYY-MM-DD.
Result<QString> openBusinessDay(const Database &db, const QString &registerId, const QDateTime &now);

} // namespace comptoir
