// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fiscal/eventjournal.h"

#include "models/clock.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/fiscalchain.h"
#include "models/logging.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <array>
#include <utility>

namespace comptoir {

namespace {

constexpr std::array<std::pair<EventKind, QLatin1String>, 19> EventKeys = {{
    {EventKind::Start, QLatin1String("start")},
    {EventKind::Stop, QLatin1String("stop")},
    {EventKind::Login, QLatin1String("login")},
    {EventKind::FailedLogin, QLatin1String("failed_login")},
    {EventKind::Logout, QLatin1String("logout")},
    {EventKind::TicketCancelled, QLatin1String("ticket_cancelled")},
    {EventKind::VatRateChanged, QLatin1String("vat_rate_changed")},
    {EventKind::DayClosed, QLatin1String("day_closed")},
    {EventKind::Export, QLatin1String("export")},
    {EventKind::Archive, QLatin1String("archive")},
    {EventKind::Restore, QLatin1String("restore")},
    {EventKind::ClockMovedBack, QLatin1String("clock_moved_back")},
    {EventKind::ClockJumped, QLatin1String("clock_jumped")},
    {EventKind::SyncError, QLatin1String("sync_error")},
    {EventKind::SigningKeyCreated, QLatin1String("signing_key_created")},
    {EventKind::SettingsChanged, QLatin1String("settings_changed")},
    {EventKind::PeriodClosed, QLatin1String("period_closed")},
    {EventKind::KeyChanged, QLatin1String("key_changed")},
    {EventKind::StaffChanged, QLatin1String("staff_changed")},
}};

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

constexpr QLatin1String
    SelectEvents("SELECT id, uuid, register_id, kind, occurred_at, operator_id, detail FROM events ");

Result<Event> readEvent(const QSqlQuery &q)
{
    Event event;
    event.id = q.value(0).toLongLong();
    event.uuid = q.value(1).toString();
    event.registerId = q.value(2).toString();
    const QString key = q.value(3).toString();
    const auto kind = eventKindFromKey(key);
    if (!kind)
        return makeError(ErrorCode::DatabaseQueryFailed, QStringLiteral("event %1").arg(event.id),
                         QStringLiteral("unknown event kind ") + key);
    event.kind = *kind;
    event.occurredAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs).toUTC();
    if (!q.value(5).isNull())
        event.operatorId = q.value(5).toLongLong();
    event.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    return event;
}

} // namespace

QString eventKindKey(EventKind kind)
{
    for (const auto &[k, key] : EventKeys) {
        if (k == kind)
            return key;
    }
    return {};
}

std::optional<EventKind> eventKindFromKey(const QString &key)
{
    for (const auto &[kind, k] : EventKeys) {
        if (k == key)
            return kind;
    }
    return std::nullopt;
}

EventJournal::EventJournal(Database &db, const Clock &clock, UuidV7Generator &uuids, FiscalChain &chain)
    : m_db(db), m_clock(clock), m_uuids(uuids), m_chain(chain)
{ }

Result<qint64> EventJournal::record(EventKind kind, std::optional<qint64> operatorId,
                                    const QJsonObject &detail)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    auto id = m_db.insert(QStringLiteral("INSERT INTO events (uuid, register_id, kind, occurred_at, "
                                         "operator_id, detail) VALUES (?, ?, ?, ?, ?, ?)"),
                          {m_uuids.next(), m_db.deviceId(), eventKindKey(kind),
                           m_clock.now().toUTC().toString(Qt::ISODateWithMs), optionalId(operatorId),
                           detailText});
    if (!id)
        return id.error();
    // The chained bytes are read back from the stored row, as the verifier will read them.
    auto canonical = canonicalEvent(m_db, *id);
    if (!canonical)
        return canonical.error();
    auto link = m_chain.append(FiscalRecordType::Event, *id, *canonical);
    if (!link)
        return link.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcModels) << "event" << eventKindKey(kind) << *id;
    return *id;
}

Result<QList<Event>> EventJournal::recent(int limit) const
{
    auto q = m_db.query(QString(SelectEvents) + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<Event> events;
    while (q.value().next()) {
        auto event = readEvent(q.value());
        if (!event)
            return event.error();
        events << event.value();
    }
    return events;
}

Result<Event> EventJournal::event(qint64 id) const
{
    auto q = m_db.query(QString(SelectEvents) + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QStringLiteral("event %1").arg(id));
    return readEvent(q.value());
}

} // namespace comptoir
