// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/spreadsheet/sheet.h"

#include <QList>
#include <QString>

namespace comptoir {

// Writes rows to path, in the format its extension names (issue 14): ".csv" (UTF-8 with a BOM,
// ';' separated, decimal commas: what a French spreadsheet program opens as is) or ".xlsx"
// (libxlsxwriter). A text cell starting with = + - @ (or a tab or carriage return) is written
// with a leading apostrophe, so that no spreadsheet program runs it as a formula; the import
// takes that apostrophe off again (unescapeCell). The file is written beside under a temporary
// name and renamed, owner-only (0600). Errors: FileNotWritten (subject: the path; detail),
// SpreadsheetFormatUnknown (another extension).
Status writeSpreadsheet(const QString &path, const QList<QList<SheetValue>> &rows);

// The text of a cell as written (with the apostrophe) and as read back (without it).
QString escapeCell(const QString &text);
QString unescapeCell(const QString &text);

} // namespace comptoir
