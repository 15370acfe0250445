// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/replicalookups.h"

#include "models/storage/database.h"

namespace comptoir {

Result<std::optional<QVariantList>> firstRow(const Database &db, const QString &sql,
                                             const QVariantList &bindings)
{
    auto all = db.rows(sql, bindings);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<QVariantList>();
    return std::optional<QVariantList>(all->constFirst());
}

Result<std::optional<qint64>> variantIdOf(const Database &db, const QString &uuid)
{
    auto row = firstRow(db, QStringLiteral("SELECT id FROM variants WHERE uuid = ?"), {uuid});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>((**row).at(0).toLongLong());
}

} // namespace comptoir
