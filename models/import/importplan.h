// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/catalogue.h"
#include "models/import/catalogueimport.h"
#include "models/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <optional>

namespace comptoir {

class Database;

// One data row of the sheet as read through the mapping: only what its mapped, non-empty cells say.
struct ImportRow
{
    int sheetRow = 0; // index in Sheet::rows (0-based)
    QString name;
    QString brand;
    std::optional<QString> label; // from Label, or Size and Colour; none when no such column is mapped
    QString reference;
    std::optional<QString> category;
    std::optional<QString> description;
    std::optional<int> vatBp;
    std::optional<qint64> priceCents;
    std::optional<qint64> costCents;
    std::optional<qint64> stock;
    std::optional<qint64> lowStock;
    std::optional<NetQuantity> netQuantity;
    std::optional<QStringList> barcodes;
};

// What the import will do to one variant.
struct PlannedVariant
{
    int sheetRow = 0;
    qint64 variantId = 0; // 0: a new variant
    VariantFields fields; // the whole variant as it will be (existing fields kept when the file is silent)
    bool changed = false; // an existing variant whose fields change
    bool giveInStoreBarcode = false; // a new variant without a barcode, with giveInStoreBarcodes
    qint64 onHand = 0; // an existing variant's stock now
    std::optional<qint64> countTo; // Count mode: the quantity counted, when it differs from onHand
    qint64 received = 0; // Receipt mode: the quantity received (> 0)
};

// What the import will do to one product and its variants from the file.
struct PlannedProduct
{
    qint64 productId = 0; // 0: a new product
    ProductFields fields; // categoryId resolved, unless newCategory
    QString newCategory; // a category to create first (its name), when no category has that name
    bool changed = false; // an existing product whose fields change
    QList<PlannedVariant> variants;
};

struct ImportPlan
{
    int rows = 0;
    QList<PlannedProduct> products;
    QList<ImportProblem> problems; // in the file's order
    QSet<int> rejectedRows; // indexes in Sheet::rows of the rows left out
};

// The check of CatalogueImport: reads every data row through the mapping, checks each value,
// groups the rows into products, matches them to the catalogue (barcode, then reference) and says
// what would change. Reads the catalogue in a few whole-table queries; writes nothing.
class ImportPlanner
{
public:
    ImportPlanner(const Database &db, const Sheet &sheet, const ColumnMapping &mapping,
                  const ImportOptions &options);

    // ImportColumnMissing when no column is mapped to the name; ImportCancelled; database errors.
    Result<ImportPlan> plan(const ImportProgress &progress, const std::atomic_bool *cancel);

    // The header of a mapped column as the file writes it (for problems).
    QString header(ImportColumn column) const;

private:
    struct Known; // the catalogue as read for matching
    std::optional<ImportRow> readRow(int index, ImportPlan &plan) const;
    QString cell(int index, ImportColumn column) const;
    void problem(ImportPlan &plan, int index, ImportColumn column, const Error &error) const;
    void problem(ImportPlan &plan, int index, const QString &column, const Error &error) const;

    const Database &m_db;
    const Sheet &m_sheet;
    const ColumnMapping &m_mapping;
    const ImportOptions &m_options;
};

} // namespace comptoir
