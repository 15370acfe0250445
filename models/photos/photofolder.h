// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir {

class Database;
class PhotoInbox;
class PhotoPreparer;
class ProductPhotos;
struct PreparedPhoto;

// What became of one picture file of a folder.
struct FolderPhoto
{
    enum class Outcome {
        Attached, // added to the product its name names
        Inbox, // its name names no product: waiting in the inbox
        Skipped, // already there (that product's, or in the shop's photos)
        Refused, // not a photo, damaged, too large, or it could not be stored: error says why
    };
    QString fileName; // no folder
    Outcome outcome = Outcome::Refused;
    qint64 productId = 0; // Attached, and Skipped when the product already had it
    QString productName;
    QString sha256;
    bool tooSmall = false; // accepted, but small to sell from
    Error error; // Refused
};

// A folder of photos, as a phone syncs them or a volunteer copies them: a file whose name (without
// its extension) is a variant's barcode or reference names that variant's product, and a suffix
// "-2", "_3" or " (4)" numbers further photos of it: "3329680123456.jpg", "3329680123456-2.jpg",
// "C000123.HEIC". take() files the prepared photo: attached to that product (ProductPhotos::add),
// or put in the inbox (PhotoInbox::put), or skipped when the shop has it already; a refusal
// comes back with its reason and changes nothing. Database thread only; the preparing (the slow
// part) is the caller's, off the UI thread (PhotoFolderWatcher, the command line).
class PhotoFolder
{
public:
    PhotoFolder(Database &db, ProductPhotos &photos, PhotoInbox &inbox);

    // JPEG, PNG, WebP, HEIC/HEIF by extension (any case); hidden and partial files are not.
    static bool isPhotoFile(const QString &fileName);
    // The codes a file name may stand for, most precise first: the whole stem, then the stem
    // without a photo number suffix ("ABC-2" → "ABC-2", "ABC").
    static QStringList codesOf(const QString &fileName);
    // The picture files directly in folder, by code then photo number (the main photo first).
    static QStringList photoFiles(const QString &folder);

    // The product the file's name names, if any.
    Result<std::optional<qint64>> productFor(const QString &fileName) const;
    // Files one prepared photo (or its refusal) under the file's name.
    FolderPhoto take(const QString &fileName, const Result<PreparedPhoto> &prepared);
    // Prepares and files every picture of folder in turn, on this thread (the command line).
    QList<FolderPhoto> takeAll(const QString &folder, const PhotoPreparer &preparer);

private:
    FolderPhoto attach(FolderPhoto result, qint64 productId, const PreparedPhoto &photo);
    Result<bool> known(const QString &sha256) const;
    QString productName(qint64 productId) const;

    Database &m_db;
    ProductPhotos &m_photos;
    PhotoInbox &m_inbox;
};

} // namespace comptoir
