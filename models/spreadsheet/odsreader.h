// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QStringList>

namespace comptoir {

class ZipArchive;

// The cells of an OpenDocument spreadsheet's first table, as text: numbers, percentages and
// currencies as their value ("12.5", "0.055"), booleans TRUE/FALSE, dates as stored, text as its
// paragraphs joined by newlines. Repeated rows and cells are expanded only up to the last one
// holding something (a sheet's million trailing empty rows are not). Errors: SpreadsheetDamaged.
namespace OdsReader {
Result<QList<QStringList>> read(ZipArchive &zip);
} // namespace OdsReader

} // namespace comptoir
