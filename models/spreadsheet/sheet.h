// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir {

// A spreadsheet read whole, as text (issue 14): what the catalogue's import maps to columns.
// Cells are the text a person sees in the file: CSV fields as written; XLSX and ODS cells as
// their stored value written out ("12.5", "3760000000017", shared and inline strings resolved).
// A row's trailing empty cells may be absent; wholly empty rows are kept (row numbers are the
// file's, which a report quotes).
struct Sheet
{
    enum class Format { Csv, Xlsx, Ods };

    Format format = Format::Csv;
    QList<QStringList> rows; // rows[0] is the file's first row (usually its headers)
    // CSV only: what was detected.
    QString encoding; // "UTF-8", "UTF-8 (BOM)" or "Windows-1252"
    QChar separator; // ';', ',' or '\t'
};

// A value to write into a spreadsheet (exports): text, a whole number, or an amount in cents
// (written as a number with two decimals: "12,50" in CSV, a number formatted 0.00 in XLSX).
struct SheetValue
{
    enum class Kind { Text, Integer, Cents };

    Kind kind = Kind::Text;
    QString text;
    qint64 number = 0;

    static SheetValue ofText(const QString &text) { return SheetValue {Kind::Text, text, 0}; }
    static SheetValue ofInteger(qint64 number) { return SheetValue {Kind::Integer, {}, number}; }
    static SheetValue ofCents(qint64 cents) { return SheetValue {Kind::Cents, {}, cents}; }
};

} // namespace comptoir
