// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/catalogueimport.h"
#include "models/import/importplan.h"
#include "models/result.h"
#include "models/stock/stockledger.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

namespace comptoir {

class Catalogue;
class Clock;
class Database;
class InStoreBarcodes;
class EventJournal;
class UuidV7Generator;
class VariantReferences;

// The writing of CatalogueImport: a checked plan written in the caller's transaction. New products,
// variants, barcodes and their stock movements are written directly with prepared statements (the
// plan has checked every value against the whole catalogue): no savepoint, check or read-back per
// row, device_seq and the sync cursor read once. Their outbox mutations are built from the fields
// in memory by the builders CatalogueOutbox and StockLedger use themselves, so the marketplace
// learns exactly what it would had they been typed (tests/models/import/tst_importoutbox). Changes
// to existing products and variants (rare in an import) go through Catalogue and StockLedger. The
// search index is updated once at the end for the touched variants
// (resources/sql/0009_search_deferral.sql), not by its triggers row by row.
class ImportWriter
{
public:
    ImportWriter(Database &db, const Clock &clock, UuidV7Generator &uuids, EventJournal &events);
    ~ImportWriter();

    // Whether the products created are visible online (ImportOptions::newProductsVisibleOnline).
    void setNewProductsVisibleOnline(bool visible) { m_newVisible = visible; }

    // Fills summary's inStoreBarcodesGiven. ImportCancelled when *cancel is set (the caller rolls back).
    Status write(const ImportPlan &plan, ImportSummary &summary, const ImportProgress &progress,
                 const std::atomic_bool *cancel);

private:
    // Where new variants go: a product created here or one of the catalogue's.
    struct Target
    {
        qint64 id = 0;
        QString uuid;
        QString name;
        qint64 baseVersion = 0;
        bool archived = false;
        QJsonObject createdFields; // a new product's API fields until its first variant is queued
    };

    Status writeProduct(const PlannedProduct &planned, ImportSummary &summary);
    Result<std::optional<qint64>> resolveCategory(const PlannedProduct &planned);
    Result<Target> createProduct(const ProductFields &fields);
    Result<Target> existingProduct(qint64 productId) const;
    Result<qint64> createVariant(Target &product, VariantFields variant, QString &uuid);
    Status writeStock(const PlannedVariant &planned, qint64 variantId, const QString &newVariantUuid);
    Status writeMovement(qint64 variantId, const QString &variantUuid, qint64 delta,
                         std::optional<qint64> counted, MovementReason reason);
    Result<QString> categoryName(qint64 categoryId);
    QString timestamp() const;
    Status reindex();

    Database &m_db;
    bool m_newVisible = false;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<StockLedger> m_ledger;
    std::unique_ptr<InStoreBarcodes> m_inStore;
    std::unique_ptr<VariantReferences> m_references;
    qint64 m_nextSeq = 0; // the next device_seq; 0: to read (after a StockLedger write)
    std::optional<qint64> m_cursor; // sync_state.cursor, read at the first count
    QHash<qint64, QString> m_categoryNames;
    QHash<QString, qint64> m_newCategories; // folded name → id, created by this import
    QSet<qint64> m_touchedProducts;
    QSet<qint64> m_touchedVariants;
};

} // namespace comptoir
