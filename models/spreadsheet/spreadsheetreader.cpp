// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// readSpreadsheet: what the file is, from its first bytes, and the reader for it.
#include "models/spreadsheet/spreadsheetreader.h"

#include "models/spreadsheet/odsreader.h"
#include "models/spreadsheet/xlsxreader.h"
#include "models/spreadsheet/ziparchive.h"

#include <QFile>

namespace comptoir {

namespace {

constexpr qint64 MaxTextBytes = 256LL * 1024 * 1024;

Error withSubject(Error error, const QString &path)
{
    error.subject = path;
    return error;
}

// An OLE2 compound file (D0 CF 11 E0): a password-protected XLSX or DOCX (its streams are named
// EncryptionInfo and EncryptedPackage) or an old binary .xls (a Workbook stream).
Result<Sheet> readCompoundFile(const QString &path, QFile &file)
{
    if (file.size() > MaxTextBytes)
        return Error {ErrorCode::SpreadsheetFormatUnknown, path, QStringLiteral("a large compound file")};
    const QByteArray bytes = file.readAll();
    // Directory entries' names are UTF-16LE.
    const QString name = QStringLiteral("EncryptedPackage");
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    if (bytes.contains(utf16))
        return Error {ErrorCode::SpreadsheetEncrypted, path, QStringLiteral("an encrypted OOXML package")};
    return Error {ErrorCode::SpreadsheetFormatUnknown, path, QStringLiteral("an OLE2 file (old .xls?)")};
}

Result<Sheet> readZip(const QString &path)
{
    auto zip = ZipArchive::open(path);
    if (!zip)
        return withSubject(zip.error(), path);
    Sheet sheet;
    Result<QList<QStringList>> rows = Error {};
    if (zip.value()->contains(QStringLiteral("xl/workbook.xml"))) {
        sheet.format = Sheet::Format::Xlsx;
        rows = XlsxReader::read(*zip.value());
    } else if (zip.value()->contains(QStringLiteral("content.xml"))) {
        const Result<QByteArray> mimetype = zip.value()->contains(QStringLiteral("mimetype"))
            ? zip.value()->read(QStringLiteral("mimetype"))
            : Result<QByteArray>(QByteArray {});
        if (!mimetype)
            return withSubject(mimetype.error(), path);
        if (!mimetype.value().isEmpty() && !mimetype.value().contains("opendocument.spreadsheet"))
            return Error {ErrorCode::SpreadsheetFormatUnknown, path,
                          QString::fromUtf8(mimetype.value().left(100))};
        sheet.format = Sheet::Format::Ods;
        rows = OdsReader::read(*zip.value());
    } else {
        return Error {ErrorCode::SpreadsheetFormatUnknown, path,
                      QStringLiteral("a zip holding no spreadsheet")};
    }
    if (!rows)
        return withSubject(rows.error(), path);
    sheet.rows = std::move(rows).value();
    return sheet;
}

} // namespace

Result<Sheet> readSpreadsheet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::SpreadsheetUnreadable, path, file.errorString()};
    const QByteArray magic = file.peek(8);
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06")) {
        file.close();
        return readZip(path);
    }
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return readCompoundFile(path, file);
    if (file.size() > MaxTextBytes)
        return Error {ErrorCode::SpreadsheetUnreadable, path, QStringLiteral("larger than 256 MiB")};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error {ErrorCode::SpreadsheetUnreadable, path, file.errorString()};
    // Text has no NUL byte (UTF-16 aside, which Comptoir does not read); a binary does.
    if (bytes.left(4096).contains('\0'))
        return Error {ErrorCode::SpreadsheetFormatUnknown, path, QStringLiteral("binary content")};
    Result<Sheet> sheet = readCsv(bytes);
    if (!sheet && sheet.error().code != ErrorCode::SpreadsheetEncodingWrong)
        return withSubject(sheet.error(), path);
    return sheet;
}

} // namespace comptoir
