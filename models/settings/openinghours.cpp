// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/settings/openinghours.h"

#include "models/error.h"

#include <QStringList>

#include <algorithm>

namespace comptoir {

namespace {

const QString TimeFormat = QStringLiteral("HH:mm");
constexpr int LookAheadDays = 15; // a deadline falls within two weeks of opening hours
constexpr int MaxSpanDays = 62; // time counted between two instants: two months at most

Error invalid(int day, const QString &what)
{
    return makeError(ErrorCode::OpeningHoursInvalid, QString::number(day), what);
}

// The periods of one local date, as instants.
QList<std::pair<QDateTime, QDateTime>> periodsOn(const OpeningHours &hours, const QDate &date)
{
    QList<std::pair<QDateTime, QDateTime>> result;
    for (const OpeningPeriod &period : hours.days.at(std::size_t(date.dayOfWeek() - 1)))
        result.append({QDateTime(date, period.start, hours.zone), QDateTime(date, period.end, hours.zone)});
    return result;
}

} // namespace

bool OpeningHours::alwaysOpen() const
{
    return std::all_of(days.begin(), days.end(), [](const QList<OpeningPeriod> &d) { return d.isEmpty(); });
}

Status OpeningHours::validate() const
{
    for (int day = 1; day <= 7; ++day) {
        QList<OpeningPeriod> periods = days.at(std::size_t(day - 1));
        if (periods.size() > MaxPeriodsPerDay)
            return invalid(day, QStringLiteral("more than %1 periods").arg(MaxPeriodsPerDay));
        for (const OpeningPeriod &period : periods) {
            if (!period.start.isValid() || !period.end.isValid())
                return invalid(day, QStringLiteral("a time is not valid"));
            if (period.end <= period.start)
                return invalid(day, QStringLiteral("a period ends before it starts"));
        }
        std::sort(periods.begin(), periods.end(),
                  [](const OpeningPeriod &a, const OpeningPeriod &b) { return a.start < b.start; });
        for (qsizetype i = 1; i < periods.size(); ++i) {
            if (periods.at(i).start < periods.at(i - 1).end)
                return invalid(day, QStringLiteral("two periods overlap"));
        }
    }
    return {};
}

QString OpeningHours::toText() const
{
    QStringList parts;
    for (int day = 1; day <= 7; ++day) {
        QStringList periods;
        for (const OpeningPeriod &period : days.at(std::size_t(day - 1)))
            periods << period.start.toString(TimeFormat) + QLatin1Char('-') + period.end.toString(TimeFormat);
        if (!periods.isEmpty())
            parts << QString::number(day) + QLatin1Char('=') + periods.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char(';'));
}

Result<OpeningHours> OpeningHours::fromText(const QString &text)
{
    OpeningHours hours;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList dayAndPeriods = part.split(QLatin1Char('='));
        bool ok = false;
        const int day = dayAndPeriods.value(0).trimmed().toInt(&ok);
        if (dayAndPeriods.size() != 2 || !ok || day < 1 || day > 7)
            return makeError(ErrorCode::OpeningHoursInvalid, QStringLiteral("exception"),
                             QStringLiteral("unreadable"));
        for (const QString &period : dayAndPeriods.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList times = period.split(QLatin1Char('-'));
            const QTime start = QTime::fromString(times.value(0).trimmed(), TimeFormat);
            const QTime end = QTime::fromString(times.value(1).trimmed(), TimeFormat);
            if (times.size() != 2 || !start.isValid() || !end.isValid())
                return invalid(day, QStringLiteral("unreadable period"));
            hours.days.at(std::size_t(day - 1)).append({start, end});
        }
    }
    if (Status s = hours.validate(); !s)
        return s.error();
    return hours;
}

QDateTime OpeningHours::addOpeningMinutes(const QDateTime &fromUtc, qint64 minutes) const
{
    const qint64 seconds = std::max<qint64>(0, minutes) * 60;
    if (alwaysOpen())
        return fromUtc.toUTC().addSecs(seconds);
    qint64 remaining = seconds;
    const QDate first = fromUtc.toTimeZone(zone).date();
    for (int offset = 0; offset < LookAheadDays; ++offset) {
        for (const auto &[start, end] : periodsOn(*this, first.addDays(offset))) {
            const QDateTime from = std::max(start, fromUtc);
            if (from >= end)
                continue;
            const qint64 available = from.secsTo(end);
            if (remaining <= available)
                return from.addSecs(remaining).toUTC();
            remaining -= available;
        }
    }
    return fromUtc.toUTC().addDays(LookAheadDays); // hours too short to hold the time: far away
}

qint64 OpeningHours::openingSecondsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    if (toUtc < fromUtc)
        return -openingSecondsBetween(toUtc, fromUtc);
    if (alwaysOpen())
        return fromUtc.secsTo(toUtc);
    qint64 total = 0;
    const QDate first = fromUtc.toTimeZone(zone).date();
    const QDate last = std::min(toUtc.toTimeZone(zone).date(), first.addDays(MaxSpanDays));
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        for (const auto &[start, end] : periodsOn(*this, date)) {
            const QDateTime from = std::max(start, fromUtc);
            const QDateTime to = std::min(end, toUtc);
            if (from < to)
                total += from.secsTo(to);
        }
    }
    return total;
}

} // namespace comptoir
