// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace comptoir {

// The shop's photo files: each stored once, by its SHA-256, under
// <dataDir>/photos/<first two hex digits>/<sha256>.jpg (owner-only, like the rest of the data
// folder). Files only: the index (photo_files) and the products' lists are ProductPhotos'.
// A write goes to a temporary file first and is renamed into place (QSaveFile), so a full or
// read-only disk leaves no half-written photo: PhotoStoreFailed (subject: the path, detail: the
// system's message). Thread-safe for distinct photos (the file system is the only state).
class PhotoStore
{
public:
    explicit PhotoStore(const QString &dataDir);

    QString folder() const { return m_folder; } // <dataDir>/photos
    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // Writes the bytes under sha256 unless already there (then nothing is written). The bytes
    // must hash to sha256 (a download from the marketplace is checked here): else PhotoDamaged.
    Status put(const QString &sha256, const QByteArray &jpeg);
    Result<QByteArray> read(const QString &sha256) const; // PhotoUnknown when absent
    Status remove(const QString &sha256); // absent: nothing to do

    // Every photo file's sha256 (names that are not 64 hex digits + ".jpg" are ignored).
    QSet<QString> all() const;

private:
    QString m_folder;
};

} // namespace comptoir
