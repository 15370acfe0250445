// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/spreadsheet/ziparchive.h"

#include <QFile>

#include <unzip.h>

namespace comptoir {

namespace {

Error damaged(const QString &detail)
{
    return Error {ErrorCode::SpreadsheetDamaged, {}, detail};
}

} // namespace

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    unzFile handle = unzOpen64(encoded.constData());
    if (!handle)
        return damaged(QStringLiteral("not a readable zip (truncated, or its directory is missing)"));
    return std::unique_ptr<ZipArchive>(new ZipArchive(handle));
}

ZipArchive::~ZipArchive()
{
    if (m_handle)
        unzClose(static_cast<unzFile>(m_handle));
}

bool ZipArchive::contains(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    return unzLocateFile(static_cast<unzFile>(m_handle), utf8.constData(), 1) == UNZ_OK;
}

Result<QByteArray> ZipArchive::read(const QString &name)
{
    auto *zip = static_cast<unzFile>(m_handle);
    const QByteArray utf8 = name.toUtf8();
    if (unzLocateFile(zip, utf8.constData(), 1) != UNZ_OK)
        return damaged(QStringLiteral("no entry ") + name);
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return damaged(QStringLiteral("unreadable entry ") + name);
    if (static_cast<qint64>(info.uncompressed_size) > MaxEntryBytes
        || m_readSoFar + static_cast<qint64>(info.uncompressed_size) > MaxTotalBytes)
        return damaged(QStringLiteral("entry too large once unpacked: ") + name);
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return damaged(QStringLiteral("cannot open entry ") + name);

    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(info.uncompressed_size));
    char buffer[64 * 1024];
    for (;;) {
        const int got = unzReadCurrentFile(zip, buffer, sizeof buffer);
        if (got < 0) {
            unzCloseCurrentFile(zip);
            return damaged(QStringLiteral("broken data in entry ") + name);
        }
        if (got == 0)
            break;
        bytes.append(buffer, got);
        // The header's size may lie: the cap holds on what really comes out.
        if (bytes.size() > MaxEntryBytes || m_readSoFar + bytes.size() > MaxTotalBytes) {
            unzCloseCurrentFile(zip);
            return damaged(QStringLiteral("entry too large once unpacked: ") + name);
        }
    }
    if (unzCloseCurrentFile(zip) != UNZ_OK)
        return damaged(QStringLiteral("wrong checksum in entry ") + name);
    m_readSoFar += bytes.size();
    return bytes;
}

} // namespace comptoir
