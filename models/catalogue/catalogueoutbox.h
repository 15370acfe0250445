// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace comptoir {

class Clock;
class Database;
class VariantBarcodes;

// What the marketplace must know of the catalogue's writes (models/outbox/outbox.h,
// docs/marketplace-api.md §6.4, §11). A write reads the synced fields before and after its change
// and queues, in its own transaction (the caller's), a `product_upsert` with only the fields that
// changed (every field for a new product or variant, base_version 0 for a new product, otherwise
// products.server_version), or a `product_archive`. A write that changes no synced field queues
// nothing; neither does a change to an archived product (the marketplace refuses patches on a
// tombstone: the change stays local).
class CatalogueOutbox
{
public:
    // A variant's shop-owned fields under their API names, and its product.
    struct SyncedVariant
    {
        qint64 id = 0;
        QString uuid;
        qint64 productId = 0;
        QJsonObject fields; // API names: label, reference, price_cents, barcodes, safety_stock, archived
    };

    CatalogueOutbox(Database &db, const Clock &clock, const VariantBarcodes &barcodes);

    // The payload builders, shared with a writer that has the fields in memory (models/import's
    // ImportWriter): the same JSON as the queue* functions below queue.
    // A product's shop-owned fields under their API names (§11.1).
    static QJsonObject productApiFields(const QString &name, const QString &brand, const QString &category,
                                        const QString &description, const QString &onlineTitle,
                                        const QString &onlineDescription, bool visibleOnline, int vatRateBp);
    // A variant's shop-owned fields under their API names; sortedBarcodes as VariantBarcodes::of gives them.
    static QJsonObject variantApiFields(const QString &label, const QString &reference, qint64 priceCents,
                                        qint64 safetyStock, bool archived, const QStringList &sortedBarcodes);
    // The fields of a new variant (without archived: false).
    static QJsonObject newVariantFields(const QJsonObject &fields);
    // A product_upsert's payload: fields (may be empty) and one variant's fields (none when empty).
    static QJsonObject upsertPayload(const QString &productUuid, qint64 baseVersion,
                                     const QJsonObject &fields, const QString &variantUuid,
                                     const QJsonObject &variantFields);

    Result<QJsonObject> syncedProductFields(qint64 productId) const; // API names (§11.1)
    Result<SyncedVariant> syncedVariant(qint64 variantId) const;

    // A new product with its first variant: every field of both.
    Status queueCreated(qint64 productId, qint64 variantId);
    // A variant added to a product: every field of the variant.
    Status queueVariantAdded(qint64 variantId);
    // The product's fields that changed since `before` (syncedProductFields before the change).
    Status queueProductChanges(qint64 productId, const QJsonObject &before);
    // The variant's fields that changed since `before` (syncedVariant before the change).
    Status queueVariantChanges(const SyncedVariant &before);
    Status queueArchive(qint64 productId);
    // Each of the category's products' `category` field.
    Status queueCategoryRenamed(qint64 categoryId, const QString &newName);

private:
    static QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after);
    // Queues a product_upsert unless both are empty or the product is archived.
    Status queueUpsert(qint64 productId, const QJsonObject &fields, const QString &variantUuid,
                       const QJsonObject &variantFields);

    Database &m_db;
    const Clock &m_clock;
    const VariantBarcodes &m_barcodes;
};

} // namespace comptoir
