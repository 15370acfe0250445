// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// readCsv (models/spreadsheet/spreadsheetreader.h): the encoding, the separator and the fields.
#include "models/spreadsheet/spreadsheetreader.h"

#include "models/spreadsheet/textencoding.h"

#include <QHash>

#include <array>

namespace comptoir {

namespace {

// Splits text into rows of fields: a field starting with '"' runs to the next '"' not doubled,
// and may hold separators and line breaks; \r\n, \n and \r end a row. A blank line is a row of
// no field; the newline ending the last row makes no extra row.
QList<QStringList> splitCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false; // something (even "") was read for the current field
    const qsizetype n = text.size();
    auto endRow = [&]() {
        if (fieldStarted || !row.isEmpty())
            row.append(field);
        rows.append(row);
        row.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == separator) {
            row.append(field);
            field.clear();
            fieldStarted = true; // the next field exists, even if empty
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty())
        endRow();
    return rows;
}

// How well a separator fits: the rows (of two fields or more) having the most common field count.
struct SeparatorFit
{
    int rows = 0;
    qsizetype fields = 0;
};

SeparatorFit fitOf(const QList<QStringList> &rows)
{
    QHash<qsizetype, int> counts;
    for (const QStringList &row : rows) {
        if (row.size() >= 2)
            ++counts[row.size()];
    }
    SeparatorFit best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best.rows || (it.value() == best.rows && it.key() > best.fields))
            best = SeparatorFit {it.value(), it.key()};
    }
    return best;
}

} // namespace

Result<Sheet> readCsv(const QByteArray &bytes)
{
    const DecodedText decoded = TextEncoding::decode(bytes);
    if (const QString garbled = TextEncoding::mojibake(decoded.text); !garbled.isEmpty())
        return Error {ErrorCode::SpreadsheetEncodingWrong, garbled, decoded.encoding};

    Sheet sheet;
    sheet.format = Sheet::Format::Csv;
    sheet.encoding = decoded.encoding;
    SeparatorFit bestFit;
    constexpr std::array<char16_t, 3> candidates {u';', u',', u'\t'};
    for (const char16_t separator : candidates) {
        QList<QStringList> rows = splitCsv(decoded.text, QChar(separator));
        const SeparatorFit fit = fitOf(rows);
        if (sheet.separator.isNull() || fit.rows > bestFit.rows
            || (fit.rows == bestFit.rows && fit.fields > bestFit.fields)) {
            bestFit = fit;
            sheet.separator = QChar(separator);
            sheet.rows = std::move(rows);
        }
    }
    return sheet;
}

} // namespace comptoir
