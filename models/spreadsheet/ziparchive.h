// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace comptoir {

// A zip file opened for reading its entries whole (XLSX and ODS are zips), through minizip. What
// is unpacked is capped (an entry, and all the entries read together): a zip bomb is refused as
// damaged, not unpacked into memory. Errors are SpreadsheetDamaged, their detail saying what.
class ZipArchive
{
public:
    static constexpr qint64 MaxEntryBytes = 64LL * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 256LL * 1024 * 1024;

    // A file that is not a readable zip (truncated: no central directory) is SpreadsheetDamaged.
    static Result<std::unique_ptr<ZipArchive>> open(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool contains(const QString &name) const;
    // The entry's bytes, checked against its CRC; an entry unpacking past the caps, a broken
    // stream or a wrong CRC is SpreadsheetDamaged; a missing entry too (detail: its name).
    Result<QByteArray> read(const QString &name);

private:
    explicit ZipArchive(void *handle) : m_handle(handle) { }
    void *m_handle = nullptr; // minizip's unzFile
    qint64 m_readSoFar = 0;
};

} // namespace comptoir
