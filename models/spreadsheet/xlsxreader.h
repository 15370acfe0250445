// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QStringList>

namespace comptoir {

class ZipArchive;

// The cells of an XLSX workbook's first sheet, as text (models/spreadsheet/sheet.h): shared and
// inline strings resolved, numbers as their value written out ("12.5", "3760000000017"),
// booleans TRUE/FALSE; each cell at the place its r="C7" address says. Errors: SpreadsheetDamaged
// (a missing part, broken XML), detail saying what.
namespace XlsxReader {
Result<QList<QStringList>> read(ZipArchive &zip);
// A number as stored ("4.2000000000000002", "1.5E-2") written as a person reads it: at most 15
// significant digits (what spreadsheet programs show), no exponent ("4.2", "0.015").
QString plainNumber(const QString &stored);
} // namespace XlsxReader

} // namespace comptoir
