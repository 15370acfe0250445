// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/catalogueimport.h"
#include "models/import/importplan.h"
#include "models/result.h"

#include <QSet>

#include <atomic>
#include <memory>

namespace comptoir {

class Catalogue;
class Clock;
class Database;
class InStoreBarcodes;
class StockLedger;
class EventJournal;
class UuidV7Generator;

// The writing of CatalogueImport: a checked plan written through the catalogue and the stock
// ledger (so the marketplace learns each change exactly as when typed: the same outbox
// mutations), in the caller's transaction. The search index is updated once at the end for the
// touched variants (resources/sql/0009_search_deferral.sql), not by its triggers row by row.
class ImportWriter
{
public:
    ImportWriter(Database &db, const Clock &clock, UuidV7Generator &uuids, EventJournal &events);
    ~ImportWriter();

    // Fills summary's inStoreBarcodesGiven. ImportCancelled when *cancel is set (the caller rolls back).
    Status write(const ImportPlan &plan, ImportSummary &summary, const ImportProgress &progress,
                 const std::atomic_bool *cancel);

private:
    Status writeProduct(const PlannedProduct &planned, ImportSummary &summary);
    Status writeStock(const PlannedVariant &planned, qint64 variantId);
    Status reindex();

    Database &m_db;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<StockLedger> m_ledger;
    std::unique_ptr<InStoreBarcodes> m_inStore;
    QHash<QString, qint64> m_newCategories; // folded name → id, created by this import
    QSet<qint64> m_touchedProducts;
    QSet<qint64> m_touchedVariants;
};

} // namespace comptoir
