// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

struct CommandLineRequest;

// `comptoir catalogue import FILE …` (issue 14): reads the file, applies the mapping (saved, from a
// file, or guessed from the headers), checks every row and, unless --dry-run, imports (through
// CatalogueImport: one transaction). Prints a summary and one line per problem ("ligne 12,
// colonne « Prix TTC » : …"). Exit codes: 0 done with no wrong row, 1 rows refused or it failed.
int runCatalogueImportCommand(const CommandLineRequest &request);

// `comptoir catalogue export --out FILE [--kind …]`: the catalogue, stock or valuation written as
// CSV or XLSX (exportCatalogue). Exit codes: 0 written, 1 failed.
int runCatalogueExportCommand(const CommandLineRequest &request);

// `comptoir catalogue photos FOLDER` (issue 15): every picture directly in FOLDER prepared as the
// window does (PhotoPreparer) and filed (PhotoFolder): attached to the product its name names
// (barcode or reference, "-2" for a further photo), or put in the photo inbox, or skipped when the
// shop has it already, or refused with the reason in words. One line per file, then a summary.
// Exit codes: 0 nothing refused, 1 a photo was refused or it failed, 5 the shop is in use.
int runCataloguePhotosCommand(const CommandLineRequest &request);

} // namespace comptoir
