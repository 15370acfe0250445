#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace comptoir {

class Database;

// The business day a ticket made at `now` belongs to, for a register: the local calendar date,
// unless that day (or a later one) is already closed by a Z report, in which case it is the day
// after the last closed one. So once the day is closed, the next sale starts a new day.
// YYYY-MM-DD.
Result<QString> openBusinessDay(const Database &db, const QString &registerId, const QDateTime &now);

// The oldest overdue trading day of a register, YYYY-MM-DD, or none. A trading day is a
// business day with at least one validated ticket (a sale or a refund; tickets cancelled in
// progress do not count) and no Z closure. It is overdue once the clock is more than 24 hours
// past its end: from D+2 at 00:00 local time (the day after D, selling is still free: a shop
// that forgot last night's Z is not blocked at opening). Days are closed in order, so the
// oldest one is the one to close first.
Result<std::optional<QString>> overdueBusinessDay(const Database &db, const QString &registerId,
                                                  const QDateTime &now);

} // namespace comptoir
