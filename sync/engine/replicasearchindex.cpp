// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/replicasearchindex.h"

#include "models/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir {

namespace {

QString idList(const QSet<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

ReplicaSearchIndex::ReplicaSearchIndex(Database &db) : m_db(db) { }

Status ReplicaSearchIndex::defer()
{
    return m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_deferred', '1')"));
}

Status ReplicaSearchIndex::update()
{
    if (!m_products.isEmpty() || !m_variants.isEmpty()) {
        // The same document as the search_variant_update trigger writes.
        const QString touched
            = QStringLiteral("SELECT id FROM variants WHERE product_id IN (SELECT value FROM json_each(?))"
                             " UNION SELECT value FROM json_each(?)");
        const QVariantList ids {idList(m_products), idList(m_variants)};
        if (Status s
            = m_db.exec(QStringLiteral("DELETE FROM catalogue_search WHERE rowid IN (%1)").arg(touched), ids);
            !s)
            return s;
        if (Status s = m_db.exec(
                QStringLiteral("INSERT INTO catalogue_search (rowid, name, brand, category, label, codes) "
                               "SELECT v.id, p.name, p.brand, coalesce(c.name, ''), v.label, v.reference || "
                               "coalesce((SELECT ' ' || group_concat(code, ' ') FROM barcodes WHERE "
                               "variant_id = v.id), '') "
                               "FROM variants v JOIN products p ON p.id = v.product_id "
                               "LEFT JOIN categories c ON c.id = p.category_id WHERE v.id IN (%1)")
                    .arg(touched),
                ids);
            !s)
            return s;
    }
    m_products.clear();
    m_variants.clear();
    return m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = 'search_deferred'"));
}

} // namespace comptoir
