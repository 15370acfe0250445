// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "productstates.h"

#include "jsonutil.h"
#include "marketstore.h"

#include <QSqlQuery>

namespace comptoir::market {

ProductStates::ProductStates(const MarketStore &store) : m_store(store) { }

qint64 ProductStates::variantPrice(const QString &variantId) const
{
    return m_store
        .scalar(QStringLiteral("SELECT json_extract(fields, '$.price_cents') FROM variants WHERE id = ?"),
                {variantId}, 0)
        .toLongLong();
}

QJsonObject ProductStates::productJson(const QString &productId) const
{
    return productsJson({productId}).value(productId);
}

QHash<QString, QByteArray> ProductStates::productsText(const QStringList &productIds) const
{
    // As JSON text, built by SQLite from the stored fields (json_insert adds a default only where the fields
    // have no such key; json_set puts what the columns hold over them), then parsed once: far
    // cheaper than inserting key by key into QJsonObjects, for the snapshot's thousands.
    return m_store.jsonById(
        QStringLiteral(
            "SELECT p.id, json_set(json_insert(coalesce(nullif(p.fields, ''), '{}'),"
            "   '$.product_id', p.id, '$.version', p.version,"
            "   '$.archived', json(CASE WHEN p.archived THEN 'true' ELSE 'false' END),"
            "   '$.visible_online', json('false'), '$.photos', json('[]'),"
            "   '$.moderation_status', 'pending', '$.created_at', p.created_at, '$.updated_at', p.updated_at,"
            "   '$.name', '', '$.brand', '', '$.category', '', '$.description', '', '$.online_title', '',"
            "   '$.online_description', '', '$.marketplace_category', '', '$.vat_rate_bp', 2000),"
            " '$.variants', json(coalesce((SELECT json_group_array(json(variant)) FROM ("
            "   SELECT json_set(json_insert(coalesce(nullif(v.fields, ''), '{}'), '$.variant_id', v.id,"
            "     '$.label', '', '$.reference', '', '$.price_cents', 0, '$.barcodes', json('[]'),"
            "     '$.archived', json('false')), '$.safety_stock', v.safety_stock) AS variant"
            "   FROM variants v WHERE v.product_id = p.id ORDER BY v.id)), '[]')))"
            " FROM products p WHERE p.id IN (SELECT value FROM json_each(?))"),
        productIds);
}

QHash<QString, QJsonObject> ProductStates::productsJson(const QStringList &productIds) const
{
    return parseObjects(productsText(productIds));
}

QJsonObject ProductStates::conflictJson(const QString &conflictId) const
{
    QSqlQuery q = m_store.run(
        QStringLiteral("SELECT product_id, variant_id, field, kept, lost, kept_origin, lost_origin,"
                       " rule, base_version, version, mutation_id, occurred_at"
                       " FROM conflicts WHERE id = ?"),
        {conflictId});
    if (!q.next())
        return {};
    const auto nullable = [](const QVariant &v) {
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    };
    return {{QStringLiteral("conflict_id"), conflictId},
            {QStringLiteral("product_id"), q.value(0).toString()},
            {QStringLiteral("variant_id"), nullable(q.value(1))},
            {QStringLiteral("field"), q.value(2).toString()},
            {QStringLiteral("kept"), parseValue(q.value(3))},
            {QStringLiteral("lost"), parseValue(q.value(4))},
            {QStringLiteral("kept_origin"), q.value(5).toString()},
            {QStringLiteral("lost_origin"), q.value(6).toString()},
            {QStringLiteral("rule"), q.value(7).toString()},
            {QStringLiteral("base_version"), q.value(8).toLongLong()},
            {QStringLiteral("version"), q.value(9).toLongLong()},
            {QStringLiteral("mutation_id"), nullable(q.value(10))},
            {QStringLiteral("at"), q.value(11).toString()}};
}

} // namespace comptoir::market
