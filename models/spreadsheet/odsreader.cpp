// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/spreadsheet/odsreader.h"

#include "models/spreadsheet/xlsxreader.h"
#include "models/spreadsheet/ziparchive.h"

#include <QXmlStreamReader>

namespace comptoir {

namespace {

constexpr qint64 MaxRows = 1'048'576;
constexpr qint64 MaxColumns = 16'384;

Error damaged(const QString &detail)
{
    return Error {ErrorCode::SpreadsheetDamaged, {}, detail};
}

QString attribute(const QXmlStreamReader &xml, QLatin1String localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

qint64 repeated(const QXmlStreamReader &xml, QLatin1String localName)
{
    bool ok = false;
    const qint64 count = attribute(xml, localName).toLongLong(&ok);
    return ok && count > 0 ? count : 1;
}

// The text of a paragraph (<text:p>), its spans, links, spaces, tabs and line breaks; the cursor is
// on its start and ends on its end.
QString paragraphText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == QLatin1String("s"))
                text += QString(repeated(xml, QLatin1String("c")), u' ');
            else if (xml.name() == QLatin1String("tab"))
                text += u'\t';
            else if (xml.name() == QLatin1String("line-break"))
                text += u'\n';
            else if (xml.name() == QLatin1String("note") || xml.name() == QLatin1String("annotation")) {
                xml.skipCurrentElement();
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

// A cell's text (the cursor on its start, left on its end).
QString cellText(QXmlStreamReader &xml)
{
    const QString type = attribute(xml, QLatin1String("value-type"));
    QString value;
    if (type == QLatin1String("float") || type == QLatin1String("percentage")
        || type == QLatin1String("currency"))
        value = XlsxReader::plainNumber(attribute(xml, QLatin1String("value")));
    else if (type == QLatin1String("boolean"))
        value = attribute(xml, QLatin1String("boolean-value")) == QLatin1String("true")
            ? QStringLiteral("TRUE")
            : QStringLiteral("FALSE");
    else if (type == QLatin1String("date"))
        value = attribute(xml, QLatin1String("date-value"));
    else if (type == QLatin1String("time"))
        value = attribute(xml, QLatin1String("time-value"));
    const bool typed = !value.isEmpty();
    QStringList paragraphs;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("p")) {
                paragraphs.append(paragraphText(xml));
            } else if (xml.name() == QLatin1String("annotation")) {
                xml.skipCurrentElement(); // a comment on the cell, not its value
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return typed ? value : paragraphs.join(u'\n');
}

} // namespace

Result<QList<QStringList>> OdsReader::read(ZipArchive &zip)
{
    const Result<QByteArray> bytes = zip.read(QStringLiteral("content.xml"));
    if (!bytes)
        return bytes.error();
    QList<QStringList> rows;
    QXmlStreamReader xml(bytes.value());
    qint64 pendingEmptyRows = 0;
    int tableDepth = 0; // > 0 inside the first table
    bool tableDone = false;
    while (!xml.atEnd() && !tableDone) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("table") && tableDepth > 0) {
            tableDone = true;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("table")) {
            ++tableDepth;
            continue;
        }
        if (tableDepth == 0 || xml.name() != QLatin1String("table-row"))
            continue;
        const qint64 rowRepeat = repeated(xml, QLatin1String("number-rows-repeated"));
        QStringList row;
        qint64 pendingEmptyCells = 0;
        while (!xml.atEnd()) {
            const auto cellToken = xml.readNext();
            if (cellToken == QXmlStreamReader::EndElement && xml.name() == QLatin1String("table-row"))
                break;
            if (cellToken != QXmlStreamReader::StartElement)
                continue;
            const bool isCell = xml.name() == QLatin1String("table-cell");
            if (!isCell && xml.name() != QLatin1String("covered-table-cell")) {
                xml.skipCurrentElement();
                continue;
            }
            const qint64 cellRepeat = repeated(xml, QLatin1String("number-columns-repeated"));
            const QString text = cellText(xml);
            if (text.isEmpty()) {
                pendingEmptyCells += cellRepeat;
                continue;
            }
            if (row.size() + pendingEmptyCells + cellRepeat > MaxColumns)
                return damaged(QStringLiteral("a row wider than a sheet"));
            for (; pendingEmptyCells > 0; --pendingEmptyCells)
                row.append(QString {});
            for (qint64 i = 0; i < cellRepeat; ++i)
                row.append(text);
        }
        if (row.isEmpty()) {
            pendingEmptyRows += rowRepeat;
            continue;
        }
        if (rows.size() + pendingEmptyRows + rowRepeat > MaxRows)
            return damaged(QStringLiteral("more rows than a sheet holds"));
        for (; pendingEmptyRows > 0; --pendingEmptyRows)
            rows.append(QStringList {});
        for (qint64 i = 0; i < rowRepeat; ++i)
            rows.append(row);
    }
    if (xml.hasError())
        return damaged(QStringLiteral("content.xml: ") + xml.errorString());
    if (tableDepth == 0)
        return damaged(QStringLiteral("content.xml holds no table"));
    return rows;
}

} // namespace comptoir
