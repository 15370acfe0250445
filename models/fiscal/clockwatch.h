// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fiscal/event.h"
#include "models/result.h"

#include <QDateTime>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class EventJournal;

// Watches the system clock for the technical events journal: a clock set back before what the
// journal already holds (tickets, closures, events dated later than now) is recorded as
// ClockMovedBack; a clock that jumps ahead of the previous check by more than the gap is
// recorded as ClockJumped. The event's detail carries both times ("now" and "previous", ISO 8601
// UTC), "previous_kind" ("latest_record" or "previous_check") and "difference_ms".
class ClockWatch
{
public:
    // Differences up to this are ordinary clock corrections (NTP), not a clock moved back.
    static constexpr qint64 ToleranceMs = 2 * 60 * 1000;
    static constexpr qint64 DefaultJumpGapMs = qint64(48) * 60 * 60 * 1000;

    ClockWatch(const Database &db, const Clock &clock, EventJournal &events,
               qint64 jumpGapMs = DefaultJumpGapMs);

    // At start: compares now with the latest time the journal holds (tickets, closures and
    // events) and records ClockMovedBack or ClockJumped if needed. Returns the kind recorded, if
    // any. The first start of an empty journal records nothing.
    Result<std::optional<EventKind>> start();
    // Later (a timer in app/): compares now with the previous check (or start).
    Result<std::optional<EventKind>> check();

    // The latest time recorded in the journal, if any.
    static Result<std::optional<QDateTime>> latestRecordedTime(const Database &db);

private:
    Result<std::optional<EventKind>> compare(const QDateTime &now, const QDateTime &previous,
                                             const QString &previousKind);

    const Database &m_db;
    const Clock &m_clock;
    EventJournal &m_events;
    qint64 m_jumpGapMs;
    QDateTime m_lastCheck; // UTC; invalid before start()
};

} // namespace comptoir
