// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/spreadsheet/spreadsheetwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace comptoir {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

// "12,50", "-3,05": cents with a decimal comma, as a French spreadsheet program reads them.
QString centsText(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    return (negative ? QStringLiteral("-") : QString {}) + QString::number(magnitude / 100) + u','
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString csvField(const SheetValue &value)
{
    QString text;
    switch (value.kind) {
    case SheetValue::Kind::Text:
        text = escapeCell(value.text);
        break;
    case SheetValue::Kind::Integer:
        return QString::number(value.number);
    case SheetValue::Kind::Cents:
        return centsText(value.number);
    }
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

Status writeCsv(const QString &path, const QList<QList<SheetValue>> &rows)
{
    QString text;
    for (const QList<SheetValue> &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const SheetValue &value : row)
            fields.append(csvField(value));
        text += fields.join(u';') + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {ErrorCode::FileNotWritten, path, file.errorString()};
    file.setPermissions(OwnerOnly);
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return Error {ErrorCode::FileNotWritten, path, file.errorString()};
    return {};
}

Status writeXlsx(const QString &path, const QList<QList<SheetValue>> &rows)
{
    const QFileInfo info(path);
    // A name beside the target, reserved (and owner-only) before libxlsxwriter writes over it.
    QTemporaryFile reserved(info.absoluteDir().filePath(QStringLiteral(".comptoir-export-XXXXXX.xlsx")));
    if (!reserved.open())
        return Error {ErrorCode::FileNotWritten, path, reserved.errorString()};
    reserved.setPermissions(OwnerOnly);
    reserved.close();
    const QByteArray temporary = QFile::encodeName(reserved.fileName());

    lxw_workbook *workbook = workbook_new(temporary.constData());
    if (!workbook)
        return Error {ErrorCode::FileNotWritten, path, QStringLiteral("libxlsxwriter could not start")};
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *centsFormat = workbook_add_format(workbook);
    format_set_num_format(centsFormat, "0.00");
    lxw_error failed = LXW_NO_ERROR;
    for (qsizetype r = 0; r < rows.size() && failed == LXW_NO_ERROR; ++r) {
        const QList<SheetValue> &row = rows.at(r);
        for (qsizetype c = 0; c < row.size() && failed == LXW_NO_ERROR; ++c) {
            const SheetValue &value = row.at(c);
            const auto rowIndex = static_cast<lxw_row_t>(r);
            const auto columnIndex = static_cast<lxw_col_t>(c);
            switch (value.kind) {
            case SheetValue::Kind::Text:
                if (!value.text.isEmpty()) {
                    const QByteArray utf8 = escapeCell(value.text).toUtf8();
                    failed = worksheet_write_string(sheet, rowIndex, columnIndex, utf8.constData(), nullptr);
                }
                break;
            case SheetValue::Kind::Integer:
                failed = worksheet_write_number(sheet, rowIndex, columnIndex,
                                                static_cast<double>(value.number), nullptr);
                break;
            case SheetValue::Kind::Cents:
                failed = worksheet_write_number(sheet, rowIndex, columnIndex,
                                                static_cast<double>(value.number) / 100.0, centsFormat);
                break;
            }
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (failed == LXW_NO_ERROR)
        failed = closed;
    if (failed != LXW_NO_ERROR)
        return Error {ErrorCode::FileNotWritten, path, QString::fromUtf8(lxw_strerror(failed))};
    QFile::setPermissions(reserved.fileName(), OwnerOnly);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    if (std::rename(temporary.constData(), target.constData()) != 0)
        return Error {ErrorCode::FileNotWritten, path, QStringLiteral("cannot rename the written file")};
    reserved.setAutoRemove(false); // renamed: nothing left to remove
    return {};
}

} // namespace

QString escapeCell(const QString &text)
{
    return startsFormula(text) ? u'\'' + text : text;
}

QString unescapeCell(const QString &text)
{
    if (text.size() >= 2 && text.front() == u'\'' && startsFormula(text.mid(1)))
        return text.mid(1);
    return text;
}

Status writeSpreadsheet(const QString &path, const QList<QList<SheetValue>> &rows)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(path, rows);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path, rows);
    return Error {ErrorCode::SpreadsheetFormatUnknown, path, QStringLiteral("write .csv or .xlsx")};
}

} // namespace comptoir
