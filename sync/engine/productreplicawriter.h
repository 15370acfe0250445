// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"
#include "sync/syncstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace comptoir {

class Clock;
class Database;
class OrderReplicaWriter;
class ReplicaSearchIndex;
class StockReplicaWriter;

// ReplicaWriter's part for product states (docs/marketplace-api.md §9, §11, §18): products,
// their variants, barcodes and categories, and the conflict log entries the marketplace's merges
// of product edits leave. Members absent or null in a state keep what is held (or take the
// column's default for a new row); fields this till changed and has not yet had acknowledged
// (pending product_upsert / product_archive / photo_link rows) keep their local value. A variant
// created here is announced to the stock and order parts (a stock state or an order line may have
// come before it); every product and variant written is noted for the page's search index.
class ProductReplicaWriter
{
public:
    // `changed` is the page's (ReplicaWriter's): products and conflicts are set there.
    ProductReplicaWriter(Database &db, const Clock &clock, SyncChanges &changed, StockReplicaWriter &stock,
                         OrderReplicaWriter &orders, ReplicaSearchIndex &search);

    // One pending product_upsert, product_archive or photo_link row of the outbox.
    void addPendingEdit(const QString &kind, const QJsonObject &payload);

    Status applyProduct(const ProductState &product);
    Status applyConflict(const ConflictEntry &conflict);

private:
    Status applyVariant(qint64 productId, const QString &productName, bool productArchived,
                        const VariantState &variant);
    Result<qint64> insertVariant(qint64 productId, const QString &productName, bool productArchived,
                                 const VariantState &variant);
    Status writeBarcodes(qint64 variantId, const QStringList &codes, bool newVariant = false);
    Status freeReference(const QString &reference, qint64 keepVariantId);
    Result<QVariant> categoryIdFor(const QString &name);

    Database &m_db;
    SyncChanges &m_changed;
    StockReplicaWriter &m_stock;
    OrderReplicaWriter &m_orders;
    ReplicaSearchIndex &m_search;
    const QString m_now;
    QHash<QString, QSet<QString>> m_dirtyProductFields; // product uuid → API field names
    QHash<QString, QSet<QString>> m_dirtyVariantFields; // variant uuid → API field names
    QHash<QString, qint64> m_categories; // case-folded name → id
    bool m_categoriesLoaded = false;
};

} // namespace comptoir
