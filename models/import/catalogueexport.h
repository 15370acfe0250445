// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/spreadsheet/sheet.h"

#include <QList>
#include <QString>

namespace comptoir {

class Database;

// What an export holds (issue 14).
enum class CatalogueExportKind {
    Catalogue, // one row per variant: reference, barcodes, name, label, brand, category, price, VAT,
               // cost, net quantity, low-stock threshold, description
    Stock, // the same, and the quantity on hand
    Valuation, // the same, the quantity on hand and its value at cost (on hand × cost); a last
               // row holds the total
};

// The rows of an export, headers first (ImportColumns::exportHeader: the file imports again with
// no mapping to choose), one row per variant not archived (nor its product), in the catalogue's
// order. Barcodes joined by a space; VAT as "20", "5,5"; net quantity as "250 g", "1,5 l",
// "6 pièces"; prices and costs in cents (a variant without a cost: an empty cell, and an empty
// stock value). Errors: DatabaseQueryFailed.
Result<QList<QList<SheetValue>>> catalogueExportRows(Database &db, CatalogueExportKind kind);

// catalogueExportRows written to path (.csv or .xlsx: writeSpreadsheet's rules and errors).
Status exportCatalogue(Database &db, CatalogueExportKind kind, const QString &path);

} // namespace comptoir
