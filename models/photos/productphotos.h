// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/photos/photopreparer.h"
#include "models/result.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace comptoir {

class Clock;
class Database;
class PhotoStore;

// A product's photos: an ordered list of hashes in products.photos (the first is the main one),
// at most MaxPhotos, each in the PhotoStore and indexed in photo_files. Every change of a
// product's list queues a `photo_link` mutation (docs/marketplace-api.md §6.4: the whole ordered
// list, base_version = products.server_version) in the same transaction as the change, so the
// sync engine uploads the photos it names and then pushes the link (sync/engine). A change to an
// archived product stays local (no photo_link is queued), as the catalogue's other writes on a
// tombstone. An unknown product: NotFound.
//
// Emits productPhotosChanged(productId) after each committed change (the window refreshes its
// thumbnails); the sync engine's writes from the feed are seen through the database instead.
class ProductPhotos : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPhotos = 20;

    ProductPhotos(Database &db, const Clock &clock, PhotoStore &store, QObject *parent = nullptr);

    Result<QStringList> photosOf(qint64 productId) const;
    // The main photo (first) of a product, of a variant's product; empty when none.
    Result<QString> mainPhotoOf(qint64 productId) const;
    Result<QString> mainPhotoOfVariant(qint64 variantId) const;

    // Stores the photo (once), indexes it and appends it to the product's list (as the main one
    // when makeMain). PhotoLimitReached at MaxPhotos; the same photo twice is not added again (OK).
    // The file is written before the transaction; if the transaction fails the file stays
    // unreferenced and cleanUp() removes it later.
    Status add(qint64 productId, const PreparedPhoto &photo, bool makeMain = false);
    // Stores and indexes a photo that no product claims yet (the inbox's, the command line's).
    Status store(const PreparedPhoto &photo);
    // Adds a photo already in the store (from the inbox) to a product, as add() does.
    Status attach(qint64 productId, const QString &sha256, bool makeMain = false);
    Status remove(qint64 productId, const QString &sha256);
    Status makeMain(qint64 productId, const QString &sha256);
    // The same photos in a new order (a permutation of photosOf, else PhotoUnknown).
    Status reorder(qint64 productId, const QStringList &sha256s);

    // Deletes photo files and photo_files rows that nothing references: no product's list, no
    // inbox entry, no pending photo_link in the outbox. Returns how many files were removed.
    Result<int> cleanUp();

Q_SIGNALS:
    void productPhotosChanged(qint64 productId);

private:
    Status editList(qint64 productId, const std::function<Result<QStringList>(const QStringList &)> &edit);
    Status writeList(qint64 productId, const QStringList &before, const QStringList &after);

    Database &m_db;
    const Clock &m_clock;
    PhotoStore &m_store;
};

} // namespace comptoir
