// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/catalogueoutbox.h"

#include "models/catalogue/variantbarcodes.h"
#include "models/logging.h"
#include "models/outbox/outbox.h"
#include "models/storage/database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace comptoir {

CatalogueOutbox::CatalogueOutbox(Database &db, const Clock &clock, const VariantBarcodes &barcodes)
    : m_db(db), m_clock(clock), m_barcodes(barcodes)
{ }

QJsonObject CatalogueOutbox::productApiFields(const QString &name, const QString &brand,
                                              const QString &category, const QString &description,
                                              const QString &onlineTitle, const QString &onlineDescription,
                                              bool visibleOnline, int vatRateBp)
{
    QJsonObject fields;
    fields.insert(QStringLiteral("name"), name);
    fields.insert(QStringLiteral("brand"), brand);
    fields.insert(QStringLiteral("category"), category);
    fields.insert(QStringLiteral("description"), description);
    fields.insert(QStringLiteral("online_title"), onlineTitle);
    fields.insert(QStringLiteral("online_description"), onlineDescription);
    fields.insert(QStringLiteral("visible_online"), visibleOnline);
    fields.insert(QStringLiteral("vat_rate_bp"), vatRateBp);
    return fields;
}

QJsonObject CatalogueOutbox::variantApiFields(const QString &label, const QString &reference,
                                              qint64 priceCents, qint64 safetyStock, bool archived,
                                              const QStringList &sortedBarcodes)
{
    QJsonObject fields;
    fields.insert(QStringLiteral("label"), label);
    fields.insert(QStringLiteral("reference"), reference);
    fields.insert(QStringLiteral("price_cents"), priceCents);
    fields.insert(QStringLiteral("safety_stock"), safetyStock);
    fields.insert(QStringLiteral("archived"), archived);
    fields.insert(QStringLiteral("barcodes"), QJsonArray::fromStringList(sortedBarcodes));
    return fields;
}

QJsonObject CatalogueOutbox::upsertPayload(const QString &productUuid, qint64 baseVersion,
                                           const QJsonObject &fields, const QString &variantUuid,
                                           const QJsonObject &variantFields)
{
    QJsonObject payload;
    payload.insert(QStringLiteral("product_id"), productUuid);
    payload.insert(QStringLiteral("base_version"), baseVersion);
    if (!fields.isEmpty())
        payload.insert(QStringLiteral("fields"), fields);
    if (!variantFields.isEmpty()) {
        QJsonObject variant;
        variant.insert(QStringLiteral("variant_id"), variantUuid);
        variant.insert(QStringLiteral("fields"), variantFields);
        payload.insert(QStringLiteral("variants"), QJsonArray {variant});
    }
    return payload;
}

// The product's shop-owned fields under their API names (§11.1).
Result<QJsonObject> CatalogueOutbox::syncedProductFields(qint64 productId) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT p.name, p.brand, coalesce(c.name, ''), p.description, p.online_title, "
                       "p.online_description, p.visible_online, p.vat_rate_bp "
                       "FROM products p LEFT JOIN categories c ON c.id = p.category_id WHERE p.id = ?"),
        {productId});
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    return productApiFields(row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                            row.value(3).toString(), row.value(4).toString(), row.value(5).toString(),
                            row.value(6).toInt() != 0, row.value(7).toInt());
}

// The variant's shop-owned fields under their API names (barcodes sorted), and its product.
Result<CatalogueOutbox::SyncedVariant> CatalogueOutbox::syncedVariant(qint64 variantId) const
{
    auto q
        = m_db.query(QStringLiteral("SELECT uuid, product_id, label, reference, price_cents, safety_stock, "
                                    "archived FROM variants WHERE id = ?"),
                     {variantId});
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return makeError(ErrorCode::NotFound, QString::number(variantId));
    SyncedVariant variant;
    variant.id = variantId;
    variant.uuid = row.value(0).toString();
    variant.productId = row.value(1).toLongLong();
    variant.fields
        = variantApiFields(row.value(2).toString(), row.value(3).toString(), row.value(4).toLongLong(),
                           row.value(5).toLongLong(), row.value(6).toInt() != 0, {});
    auto codes = m_barcodes.of(variantId);
    if (!codes)
        return codes.error();
    variant.fields.insert(QStringLiteral("barcodes"), QJsonArray::fromStringList(*codes));
    return variant;
}

QJsonObject CatalogueOutbox::changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

QJsonObject CatalogueOutbox::newVariantFields(const QJsonObject &fields)
{
    QJsonObject created = fields;
    if (!created.value(QStringLiteral("archived")).toBool())
        created.remove(QStringLiteral("archived")); // a new variant is not archived
    return created;
}

Status CatalogueOutbox::queueUpsert(qint64 productId, const QJsonObject &fields, const QString &variantUuid,
                                    const QJsonObject &variantFields)
{
    if (fields.isEmpty() && variantFields.isEmpty())
        return {}; // nothing the marketplace knows changed
    auto q = m_db.query(QStringLiteral("SELECT uuid, server_version, archived FROM products WHERE id = ?"),
                        {productId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    const QString uuid = q.value().value(0).toString();
    const qint64 baseVersion = q.value().value(1).toLongLong();
    if (q.value().value(2).toInt() != 0) {
        // The marketplace refuses patches on a tombstone (product_archived): the change stays local.
        qCInfo(lcCatalogue) << "archived product" << productId << "changed locally only";
        return {};
    }
    const QJsonObject payload = upsertPayload(uuid, baseVersion, fields, variantUuid, variantFields);
    return queueMutation(m_db, m_clock, MutationKind::productUpsert(), uuid, payload);
}

Status CatalogueOutbox::queueCreated(qint64 productId, qint64 variantId)
{
    auto fields = syncedProductFields(productId);
    if (!fields)
        return fields.error();
    auto variant = syncedVariant(variantId);
    if (!variant)
        return variant.error();
    return queueUpsert(productId, *fields, variant->uuid, newVariantFields(variant->fields));
}

Status CatalogueOutbox::queueVariantAdded(qint64 variantId)
{
    auto variant = syncedVariant(variantId);
    if (!variant)
        return variant.error();
    return queueUpsert(variant->productId, {}, variant->uuid, newVariantFields(variant->fields));
}

Status CatalogueOutbox::queueProductChanges(qint64 productId, const QJsonObject &before)
{
    auto after = syncedProductFields(productId);
    if (!after)
        return after.error();
    return queueUpsert(productId, changedFields(before, *after), {}, {});
}

Status CatalogueOutbox::queueVariantChanges(const SyncedVariant &before)
{
    auto after = syncedVariant(before.id);
    if (!after)
        return after.error();
    return queueUpsert(after->productId, {}, after->uuid, changedFields(before.fields, after->fields));
}

Status CatalogueOutbox::queueArchive(qint64 productId)
{
    auto q
        = m_db.query(QStringLiteral("SELECT uuid, server_version FROM products WHERE id = ?"), {productId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    const QString uuid = q.value().value(0).toString();
    QJsonObject payload;
    payload.insert(QStringLiteral("product_id"), uuid);
    payload.insert(QStringLiteral("base_version"), q.value().value(1).toLongLong());
    return queueMutation(m_db, m_clock, MutationKind::productArchive(), uuid, payload);
}

// A category's name is each of its products' `category` field.
Status CatalogueOutbox::queueCategoryRenamed(qint64 categoryId, const QString &newName)
{
    auto q = m_db.query(QStringLiteral("SELECT id FROM products WHERE category_id = ? AND archived = 0 "
                                       "ORDER BY id"),
                        {categoryId});
    if (!q)
        return q.error();
    QList<qint64> products;
    while (q.value().next())
        products.append(q.value().value(0).toLongLong());
    QJsonObject fields;
    fields.insert(QStringLiteral("category"), newName);
    for (const qint64 productId : std::as_const(products)) {
        if (Status s = queueUpsert(productId, fields, {}, {}); !s)
            return s;
    }
    return {};
}

} // namespace comptoir
