// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a period archive (format version 2, journalarchive.h) holds, read from the database: the
// period's range of links — from the link after the last Z of the periods before to the period's
// last Z (docs/fiscal-format.md, "L'archive") —, the numbering state at both ends, the month and
// year closures of the period, the key changes, and the archive of the period before.
#include "models/result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace comptoir {

class Database;

// The last numbers of each series and the last Z's grand total, after a given link: an archive's
// "opening" (after the link before its range) and "closing" (after its last link).
struct ArchiveSeriesState
{
    qint64 ticketNumber = 0;
    qint64 closureNumber = 0;
    qint64 monthClosureNumber = 0;
    qint64 yearClosureNumber = 0;
    qint64 grandTotalCents = 0;
    QString lastClosedDay; // the last Z's business day (YYYY-MM-DD); empty when none

    // {"ticket_number", "closure_number", "month_closure_number", "year_closure_number",
    //  "grand_total_cents", "last_closed_day" (null when none)}
    QJsonObject toJson() const;
};

namespace ArchiveRange {

// The last day of a period: "2026-11" → 2026-11-30, "2026" → 2026-12-31. Invalid for a
// malformed period.
QDate lastDay(const QString &period);
// The period of the same length just before: "2026-11" → "2026-10", "2026-01" → "2025-12",
// "2026" → "2025".
QString previousPeriod(const QString &period);
// The periods whose archive the archive of period follows, the preferred first: the period of
// the same length before, then (when it ends on the same day) the one of the other length:
// "2026-01" → {"2025-12", "2025"}, "2026" → {"2025", "2025-12"}, "2026-11" → {"2026-10"}.
QStringList followedPeriods(const QString &period);

// B(day): the seq of the last link of a day closure (record type "closure") whose business day
// is on or before day; 0 when there is none. The archive of P holds B(P−1) < seq ≤ B(P).
Result<qint64> lastClosureSeq(const Database &db, const QDate &day);
// The last seq of the chain (0 when empty).
Result<qint64> lastSeq(const Database &db);
// The hex hash of the link at seq; 64 zeros for seq 0. Errors: NotFound.
Result<QString> linkHash(const Database &db, qint64 seq);
// The numbering state after the link at seq (all 0 for seq 0).
Result<ArchiveSeriesState> stateAfter(const Database &db, qint64 seq);

// Archive entries ({"seq", "record_type", "record_id", "previous_hash", "hash", "signature",
// "canonical"}), in chain order:
// the links with afterSeq < seq ≤ lastSeq;
Result<QJsonArray> links(const Database &db, qint64 afterSeq, qint64 lastSeq);
// the links of the month and year closures whose period is period or a month of it, with
// seq ≤ upToSeq;
Result<QJsonArray> periodClosureLinks(const Database &db, const QString &period, qint64 upToSeq);
// the links of every key_changed event with seq ≤ upToSeq;
Result<QJsonArray> keyChangeLinks(const Database &db, qint64 upToSeq);
// the carried links (amendment A): the tickets and ticket_cancelled events with seq ≤ upToSeq of a
// business day after afterDay — a cancellation's detail's business_day, or for one written before
// schema 10 the local date of its occurred_at in zone.
Result<QJsonArray> carriedLinks(const Database &db, qint64 upToSeq, const QDate &afterDay,
                                const QTimeZone &zone);

// The archive this register last wrote of the first of followedPeriods(period) it archived
// (a v2 archive: its Archive event's detail has footer_sha256): {"period", "sha256",
// "footer_sha256"}; nullopt when none.
Result<std::optional<QJsonObject>> previousArchive(const Database &db, const QString &period);

} // namespace ArchiveRange

} // namespace comptoir
