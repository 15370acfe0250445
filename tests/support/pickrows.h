// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Catalogue variants for the picking tests: what a test scans (barcode, reference) and what an
// order line names (id, uuid).
#include "models/storage/database.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace comptoir::pickrows {

struct CatalogueItem
{
    qint64 id = 0;
    QString uuid;
    QString barcode;
    QString reference;
    QString category;
};

inline QList<CatalogueItem> catalogueItems(const Database &db, int count)
{
    QList<CatalogueItem> items;
    auto q
        = db.query(QStringLiteral("SELECT v.id, v.uuid, (SELECT min(code) FROM barcodes WHERE variant_id = "
                                  "v.id), v.reference, COALESCE(c.name, '') FROM variants v JOIN products p "
                                  "ON p.id = v.product_id LEFT JOIN categories c ON c.id = p.category_id "
                                  "ORDER BY v.id LIMIT ?"),
                   {count});
    if (!q)
        return items;
    while (q.value().next())
        items << CatalogueItem {q.value().value(0).toLongLong(), q.value().value(1).toString(),
                                q.value().value(2).toString(), q.value().value(3).toString(),
                                q.value().value(4).toString()};
    return items;
}

} // namespace comptoir::pickrows
