// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchfigures.h"

#include <QString>

namespace comptoir::bench {

// The import figures (issue 14): a generated spreadsheet of `rows` rows (products of one to three
// variants by size, each with an EAN-13, a reference, a price, a VAT rate, a category and a stock)
// imported whole into an empty shop (CatalogueImport::run: the check, the writing in one
// transaction, the search index): catalogue_import (rows/s; target ≥ 5 000 for 10 000 rows);
// then the same file again, which changes nothing: catalogue_reimport (rows/s); then, to compare
// in the same run, catalogue_generation (rows/s) of as many variants through Catalogue one by one.
void runImportFigures(const QString &folder, int rows);

} // namespace comptoir::bench
