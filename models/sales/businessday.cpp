// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/businessday.h"

#include "models/logging.h"
#include "models/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

QString shopTimeZoneKey()
{
    return QStringLiteral("shop_time_zone");
}

Result<QTimeZone> shopTimeZone(const Database &db)
{
    auto id = db.meta(shopTimeZoneKey());
    if (!id)
        return id.error();
    if (!id.value().isEmpty()) {
        QTimeZone zone(id.value().toUtf8());
        if (zone.isValid())
            return zone;
        qCWarning(lcModels) << "unknown shop time zone" << id.value() << "- the system's is used";
    }
    return QTimeZone::systemTimeZone();
}

QDate localDate(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

Result<QString> openBusinessDay(const Database &db, const QString &registerId, const QDateTime &now)
{
    auto zone = shopTimeZone(db);
    if (!zone)
        return zone.error();
    const QDate today = localDate(now, zone.value());
    auto q = db.query(
        QStringLiteral("SELECT max(business_day) FROM closures WHERE register_id = ? AND kind = 'day'"),
        {registerId});
    if (!q)
        return q.error();
    QDate day = today;
    if (q.value().next() && !q.value().value(0).isNull()) {
        const QDate lastClosed = QDate::fromString(q.value().value(0).toString(), Qt::ISODate);
        if (lastClosed.isValid() && lastClosed >= day)
            day = lastClosed.addDays(1);
    }
    return day.toString(Qt::ISODate);
}

Result<std::optional<QString>> overdueBusinessDay(const Database &db, const QString &registerId,
                                                  const QDateTime &now)
{
    auto zone = shopTimeZone(db);
    if (!zone)
        return zone.error();
    // D is overdue when today (local) >= D + 2, i.e. D <= today − 2. Comparing local dates is
    // exact across DST changes: the days of a change last 23 or 25 hours, and the date of an
    // instant in the shop's zone is always defined.
    const QString latestOverdue = localDate(now, zone.value()).addDays(-2).toString(Qt::ISODate);
    auto q = db.query(QStringLiteral("SELECT min(t.business_day) FROM tickets t WHERE t.register_id = ? "
                                     "AND t.business_day <= ? AND NOT EXISTS (SELECT 1 FROM closures c "
                                     "WHERE c.register_id = t.register_id AND c.kind = 'day' "
                                     "AND c.business_day = t.business_day)"),
                      {registerId, latestOverdue});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<QString>();
    return std::optional<QString>(q.value().value(0).toString());
}

} // namespace comptoir
