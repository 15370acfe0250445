// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fiscal/clockwatch.h"

#include "models/clock.h"
#include "models/fiscal/eventjournal.h"
#include "models/logging.h"
#include "models/storage/database.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir {

ClockWatch::ClockWatch(const Database &db, const Clock &clock, EventJournal &events, qint64 jumpGapMs)
    : m_db(db), m_clock(clock), m_events(events), m_jumpGapMs(jumpGapMs)
{ }

Result<std::optional<QDateTime>> ClockWatch::latestRecordedTime(const Database &db)
{
    // ISO 8601 UTC texts with milliseconds compare as times.
    auto q = db.query(QStringLiteral("SELECT max(t) FROM (SELECT max(occurred_at) AS t FROM events "
                                     "UNION ALL SELECT max(closed_at) FROM tickets "
                                     "UNION ALL SELECT max(closed_at) FROM closures)"));
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<QDateTime>();
    const QDateTime latest = QDateTime::fromString(q.value().value(0).toString(), Qt::ISODateWithMs);
    if (!latest.isValid())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(latest.toUTC());
}

Result<std::optional<EventKind>> ClockWatch::start()
{
    const QDateTime now = m_clock.now().toUTC();
    auto latest = latestRecordedTime(m_db);
    if (!latest)
        return latest.error();
    m_lastCheck = now;
    if (!latest.value())
        return std::optional<EventKind>();
    return compare(now, *latest.value(), QStringLiteral("latest_record"));
}

Result<std::optional<EventKind>> ClockWatch::check()
{
    if (!m_lastCheck.isValid())
        return start();
    const QDateTime now = m_clock.now().toUTC();
    const QDateTime previous = m_lastCheck;
    m_lastCheck = now;
    return compare(now, previous, QStringLiteral("previous_check"));
}

Result<std::optional<EventKind>> ClockWatch::compare(const QDateTime &now, const QDateTime &previous,
                                                     const QString &previousKind)
{
    const qint64 elapsedMs = previous.msecsTo(now);
    std::optional<EventKind> kind;
    if (elapsedMs < -ToleranceMs)
        kind = EventKind::ClockMovedBack;
    else if (elapsedMs > m_jumpGapMs)
        kind = EventKind::ClockJumped;
    if (!kind)
        return kind;
    QJsonObject detail;
    detail.insert(QStringLiteral("now"), now.toString(Qt::ISODateWithMs));
    detail.insert(QStringLiteral("previous"), previous.toString(Qt::ISODateWithMs));
    detail.insert(QStringLiteral("previous_kind"), previousKind);
    detail.insert(QStringLiteral("difference_ms"), elapsedMs);
    auto id = m_events.record(*kind, std::nullopt, detail);
    if (!id)
        return id.error();
    qCWarning(lcModels) << "system clock" << eventKindKey(*kind) << "by" << elapsedMs << "ms";
    return kind;
}

} // namespace comptoir
