// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace comptoir {

class Database;

// The shop's time zone: every day and month boundary (business days, the Z, monthly and yearly
// closures, archives) is a local date in this zone, never in the machine's. Kept as an IANA id
// ("Europe/Paris") in the meta table under shopTimeZoneKey(), written at first start (the
// system's zone, ShopSettings::adoptSystemTimeZone) and changed in the settings. When none is
// stored, or the id is unknown to this system, the system's zone.
QString shopTimeZoneKey();
Result<QTimeZone> shopTimeZone(const Database &db);
// The calendar date of an instant in a time zone.
QDate localDate(const QDateTime &instant, const QTimeZone &zone);

// The business day a ticket made at `now` belongs to, for a register: the local calendar date
// (in the shop's time zone), unless that day (or a later one) is already closed by a Z report, in
// which case it is the day after the last closed one. So once the day is closed, the next sale
// starts a new day; so does a ticket cancelled in progress. YYYY-MM-DD.
Result<QString> openBusinessDay(const Database &db, const QString &registerId, const QDateTime &now);

// The oldest overdue trading day of a register, YYYY-MM-DD, or none. A trading day is a
// business day with at least one validated ticket (a sale or a refund; tickets cancelled in
// progress do not count) and no Z closure. It is overdue once the clock is more than 24 hours
// past its end: from D+2 at 00:00 local time in the shop's time zone (the day after D, selling is
// still free: a shop that forgot last night's Z is not blocked at opening). Days are closed in
// order, so the oldest one is the one to close first.
Result<std::optional<QString>> overdueBusinessDay(const Database &db, const QString &registerId,
                                                  const QDateTime &now);

} // namespace comptoir
