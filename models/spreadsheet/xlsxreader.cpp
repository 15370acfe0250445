// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/spreadsheet/xlsxreader.h"

#include "models/spreadsheet/ziparchive.h"

#include <QXmlStreamReader>

#include <optional>

namespace comptoir {

namespace {

constexpr int MaxRows = 1'048'576; // Excel's own limits
constexpr int MaxColumns = 16'384;

Error damaged(const QString &detail)
{
    return Error {ErrorCode::SpreadsheetDamaged, {}, detail};
}

Error xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return damaged(part + QStringLiteral(": ") + xml.errorString());
}

// The attribute of that local name, whatever its namespace prefix (r:id, or strict OOXML's).
QString attribute(const QXmlStreamReader &xml, QLatin1String localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

// The text of the <t> elements under the current element (a shared string's <si>, an <is>),
// leaving out phonetic runs (<rPh>).
QString textOf(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    bool inPhonetic = false;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t") && !inPhonetic) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                continue;
            }
            ++depth;
            if (xml.name() == QLatin1String("rPh"))
                inPhonetic = true;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1String("rPh"))
                inPhonetic = false;
        }
    }
    return text;
}

Result<QString> firstSheetPath(ZipArchive &zip)
{
    const Result<QByteArray> workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    QString relationId;
    QXmlStreamReader xml(workbook.value());
    while (!xml.atEnd() && relationId.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet"))
            relationId = attribute(xml, QLatin1String("id"));
    }
    if (xml.hasError())
        return xmlError(QStringLiteral("xl/workbook.xml"), xml);
    if (relationId.isEmpty())
        return damaged(QStringLiteral("the workbook names no sheet"));

    const Result<QByteArray> rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return rels.error();
    QXmlStreamReader relsXml(rels.value());
    while (!relsXml.atEnd()) {
        if (relsXml.readNext() == QXmlStreamReader::StartElement
            && relsXml.name() == QLatin1String("Relationship")
            && attribute(relsXml, QLatin1String("Id")) == relationId) {
            const QString target = attribute(relsXml, QLatin1String("Target"));
            if (target.startsWith(u'/'))
                return target.mid(1);
            return QString(QStringLiteral("xl/") + target);
        }
    }
    if (relsXml.hasError())
        return xmlError(QStringLiteral("xl/_rels/workbook.xml.rels"), relsXml);
    return damaged(QStringLiteral("the first sheet's part is not listed"));
}

Result<QStringList> sharedStrings(ZipArchive &zip)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!zip.contains(part))
        return QStringList {}; // a workbook of numbers only has none
    const Result<QByteArray> bytes = zip.read(part);
    if (!bytes)
        return bytes.error();
    QStringList strings;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings.append(textOf(xml));
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return strings;
}

// "C7" → column 2 (from 0); none when the address has no letters or too many.
std::optional<int> columnOf(const QString &address)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : address) {
        if (c >= u'A' && c <= u'Z') {
            column = column * 26 + (c.unicode() - u'A' + 1);
            if (++letters > 3)
                return std::nullopt;
        } else {
            break;
        }
    }
    if (letters == 0)
        return std::nullopt;
    return column - 1;
}

struct Cell
{
    QString type; // the t attribute
    QString value; // <v>
    QString inlineText; // <is>
    bool hasValue = false;
};

Cell readCell(QXmlStreamReader &xml)
{
    Cell cell;
    cell.type = attribute(xml, QLatin1String("t"));
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("v")) {
                cell.value = xml.readElementText();
                cell.hasValue = true;
            } else if (xml.name() == QLatin1String("is")) {
                cell.inlineText = textOf(xml);
                cell.hasValue = true;
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return cell;
}

Result<QString> cellText(const Cell &cell, const QStringList &strings)
{
    if (cell.type == QLatin1String("s")) {
        bool ok = false;
        const int index = cell.value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= strings.size())
            return damaged(QStringLiteral("a cell names shared string ") + cell.value);
        return strings.at(index);
    }
    if (cell.type == QLatin1String("inlineStr"))
        return cell.inlineText;
    if (cell.type == QLatin1String("b"))
        return cell.value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (cell.type == QLatin1String("str") || cell.type == QLatin1String("e")
        || cell.type == QLatin1String("d"))
        return cell.value;
    return XlsxReader::plainNumber(cell.value);
}

} // namespace

QString XlsxReader::plainNumber(const QString &stored)
{
    bool ok = false;
    const double value = stored.trimmed().toDouble(&ok);
    if (!ok)
        return stored;
    QString text = QString::number(value, 'g', 15);
    if (text.contains(u'e'))
        text = QString::number(text.toDouble(), 'f', QLocale::FloatingPointShortest);
    return text;
}

Result<QList<QStringList>> XlsxReader::read(ZipArchive &zip)
{
    const Result<QString> sheetPath = firstSheetPath(zip);
    if (!sheetPath)
        return sheetPath.error();
    const Result<QStringList> strings = sharedStrings(zip);
    if (!strings)
        return strings.error();
    const Result<QByteArray> bytes = zip.read(sheetPath.value());
    if (!bytes)
        return bytes.error();

    QList<QStringList> rows;
    QXmlStreamReader xml(bytes.value());
    int rowIndex = -1;
    int columnIndex = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int number = attribute(xml, QLatin1String("r")).toInt(&ok);
            rowIndex = ok ? number - 1 : rowIndex + 1;
            columnIndex = -1;
            if (rowIndex < 0 || rowIndex >= MaxRows)
                return damaged(QStringLiteral("a row outside the sheet: ") + QString::number(number));
        } else if (xml.name() == QLatin1String("c")) {
            if (rowIndex < 0)
                return damaged(QStringLiteral("a cell outside any row"));
            const std::optional<int> column = columnOf(attribute(xml, QLatin1String("r")));
            columnIndex = column ? *column : columnIndex + 1;
            if (columnIndex < 0 || columnIndex >= MaxColumns)
                return damaged(QStringLiteral("a cell outside the sheet"));
            const Cell cell = readCell(xml);
            if (!cell.hasValue)
                continue; // a formatted empty cell
            const Result<QString> text = cellText(cell, strings.value());
            if (!text)
                return text.error();
            if (text.value().isEmpty())
                continue;
            while (rows.size() <= rowIndex)
                rows.append(QStringList {});
            QStringList &row = rows[rowIndex];
            while (row.size() <= columnIndex)
                row.append(QString {});
            row[columnIndex] = text.value();
        }
    }
    if (xml.hasError())
        return xmlError(sheetPath.value(), xml);
    return rows;
}

} // namespace comptoir
