// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/conflicts/conflictlog.h"

#include "models/storage/database.h"

#include <QSqlQuery>

namespace comptoir {

ConflictLog::ConflictLog(const Database &db) : m_db(db) { }

QString ConflictLog::fieldName(const QString &field)
{
    if (!field.startsWith(QLatin1String("variants.")))
        return field;
    return field.section(QLatin1Char('.'), 2);
}

Result<QList<SyncConflict>> ConflictLog::recent(int limit) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT c.uuid, c.product_uuid, c.variant_uuid, p.name, v.label, c.field, "
                       "c.kept, c.lost, c.kept_origin, c.lost_origin, c.rule, c.at "
                       "FROM sync_conflicts c LEFT JOIN products p ON p.uuid = c.product_uuid "
                       "LEFT JOIN variants v ON v.uuid = c.variant_uuid AND c.variant_uuid != '' "
                       "ORDER BY c.at DESC, c.uuid LIMIT ?"),
        {limit});
    if (!q)
        return q.error();
    QList<SyncConflict> list;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        SyncConflict c;
        c.uuid = row.value(0).toString();
        c.productUuid = row.value(1).toString();
        c.variantUuid = row.value(2).toString();
        c.productName = row.value(3).toString();
        c.variantLabel = row.value(4).toString();
        c.field = fieldName(row.value(5).toString());
        c.kept = row.value(6).toString();
        c.lost = row.value(7).toString();
        c.keptOrigin = row.value(8).toString();
        c.lostOrigin = row.value(9).toString();
        c.rule = row.value(10).toString();
        c.at = QDateTime::fromString(row.value(11).toString(), Qt::ISODateWithMs).toUTC();
        list << c;
    }
    return list;
}

} // namespace comptoir
