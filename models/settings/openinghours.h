// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace comptoir {

// One opening period of a day, [start, end) in the shop's local time.
struct OpeningPeriod
{
    QTime start;
    QTime end;
    bool operator==(const OpeningPeriod &) const = default;
};

// The shop's opening hours (issue 16): per weekday, up to two periods (9:00–12:30 and
// 14:00–19:00). Online orders' deadlines are counted in opening minutes. No period on any day
// (the default) means "always open": every minute counts.
struct OpeningHours
{
    static constexpr int MaxPeriodsPerDay = 2;

    std::array<QList<OpeningPeriod>, 7> days; // [0] = Monday … [6] = Sunday
    QTimeZone zone = QTimeZone::systemTimeZone(); // the shop's (ShopSettings::timeZone())

    bool operator==(const OpeningHours &other) const { return days == other.days; }

    bool alwaysOpen() const;
    // Each period ends after it starts, at most MaxPeriodsPerDay a day, none overlapping.
    // Errors: OpeningHoursInvalid (subject: the day, 1 = Monday … 7; detail: what is wrong).
    Status validate() const;

    // Stored form: "1=09:00-12:30,14:00-19:00;2=…" (days without a period left out).
    QString toText() const;
    // Errors: OpeningHoursInvalid (unreadable, or not valid).
    static Result<OpeningHours> fromText(const QString &text);

    // The instant `minutes` opening minutes after `fromUtc` (fromUtc itself when minutes ≤ 0 and
    // the shop is open then; else the next opening). Looks at most 14 days ahead.
    QDateTime addOpeningMinutes(const QDateTime &fromUtc, qint64 minutes) const;
    // Opening seconds between two instants (negative when to < from).
    qint64 openingSecondsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
};

} // namespace comptoir
