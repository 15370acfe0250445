// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Declared by part IMPORT for its command line, exactly as the contract of issue 14 gives it; part
// SHEETS implements it (and documents it here).

#include "models/result.h"
#include "models/spreadsheet/sheet.h"

#include <QList>
#include <QString>

namespace comptoir {

class Database;

enum class CatalogueExportKind { Catalogue, Stock, Valuation };

Result<QList<QList<SheetValue>>> catalogueExportRows(Database &db, CatalogueExportKind kind);
Status exportCatalogue(Database &db, CatalogueExportKind kind, const QString &path);

} // namespace comptoir
