// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/listing/readiness.h"

#include "models/storage/database.h"

namespace comptoir {

Readiness::Readiness(const Database &db) : m_db(db) { }

Result<int> Readiness::gaps(qint64 productId) const
{
    auto found = gaps(QList<qint64> {productId});
    if (!found)
        return found.error();
    if (!found->contains(productId))
        return makeError(ErrorCode::NotFound, QString::number(productId));
    return found->value(productId);
}

Result<QHash<qint64, int>> Readiness::gaps(const QList<qint64> &productIds) const
{
    QHash<qint64, int> result;
    if (productIds.isEmpty())
        return result;
    // One bound JSON array: the statement stays the same whatever the count (prepared once).
    QString array = QStringLiteral("[");
    for (const qint64 id : productIds) {
        if (array.size() > 1)
            array += QLatin1Char(',');
        array += QString::number(id);
    }
    array += QLatin1Char(']');
    auto rows = m_db.rows(
        QStringLiteral("SELECT p.id, ") + ListingGaps::sql()
            + QStringLiteral(" FROM json_each(?) AS wanted JOIN products p ON p.id = wanted.value"),
        {array});
    if (!rows)
        return rows.error();
    for (const QVariantList &row : std::as_const(*rows))
        result.insert(row.at(0).toLongLong(), row.at(1).toInt());
    return result;
}

Result<qint64> Readiness::notReadyCount() const
{
    auto rows = m_db.rows(QStringLiteral("SELECT count(*) FROM products p WHERE p.archived = 0 AND ")
                          + ListingGaps::sql() + QStringLiteral(" != 0"));
    if (!rows)
        return rows.error();
    return rows->value(0).value(0).toLongLong();
}

QList<ListingGaps::Gap> Readiness::each(int gaps)
{
    QList<ListingGaps::Gap> list;
    for (const ListingGaps::Gap gap : {ListingGaps::Photo, ListingGaps::Description, ListingGaps::Category,
                                       ListingGaps::Price, ListingGaps::Stock}) {
        if (gaps & gap)
            list.append(gap);
    }
    return list;
}

} // namespace comptoir
