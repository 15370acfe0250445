#include "businessday.h"

#include "database.h"

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

} // namespace comptoir
