// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/spreadsheet/sheet.h"

#include <QByteArray>
#include <QString>

namespace comptoir {

// Reads a spreadsheet whole (issue 14). The format comes from the content (a zip holding
// xl/workbook.xml: XLSX; holding content.xml with an OpenDocument spreadsheet mimetype: ODS;
// an OLE2 compound file: a password-protected XLSX, SpreadsheetEncrypted; otherwise text: CSV),
// not from the name. Errors: SpreadsheetUnreadable, SpreadsheetFormatUnknown (a binary that is
// none of these, an old .xls), SpreadsheetDamaged (a truncated zip, broken XML),
// SpreadsheetEncrypted, SpreadsheetEncodingWrong (mojibake: the file is UTF-8 read twice, "Ã©").
Result<Sheet> readSpreadsheet(const QString &path);

// CSV from bytes: the encoding (UTF-8 with or without BOM, else Windows-1252) and the separator
// (';', ',' or tab, the one giving the most rows the same number of fields) are detected;
// quoted fields may hold separators, doubled quotes and newlines.
Result<Sheet> readCsv(const QByteArray &bytes);

} // namespace comptoir
