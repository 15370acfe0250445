#include "models/sales/businessday.h"

#include "models/storage/database.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

Result<QString> openBusinessDay(const Database &db, const QString &registerId, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
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
    // D is overdue when today (local) >= D + 2, i.e. D <= today − 2. Comparing local dates is
    // exact across DST changes: local midnight always exists in the shop's time zone.
    const QString latestOverdue = now.toLocalTime().date().addDays(-2).toString(Qt::ISODate);
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
