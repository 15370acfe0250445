// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class ProductPhotos;
struct PreparedPhoto;

// The product a code names: a variant's barcode (as scanned: exact, then upper or lower case) or
// its reference (without case). An unknown or empty code is not an error: no value.
Result<std::optional<qint64>> productWithCode(const Database &db, const QString &code);

struct InboxPhoto
{
    QString sha256;
    QString sourceName; // the file's name it came from
    QDateTime addedAt;
};

// Photos that came from the watched folder (or `comptoir catalogue photos`) with a name that
// names no product: stored and indexed (ProductPhotos::store), listed in photo_inbox until someone
// scans the product they show (assign) or throws them away (discard; the file itself goes at the
// next ProductPhotos::cleanUp). Emits inboxChanged() after each committed change.
class PhotoInbox : public QObject
{
    Q_OBJECT

public:
    PhotoInbox(Database &db, const Clock &clock, ProductPhotos &photos, QObject *parent = nullptr);

    // Stores the photo and puts it in the inbox (already there: nothing changes).
    Status put(const PreparedPhoto &photo);
    Result<QList<InboxPhoto>> list() const; // oldest first
    Result<int> count() const;
    Result<bool> contains(const QString &sha256) const;

    // Attaches the photo to the product (ProductPhotos::attach: its photo_link) and takes it out of
    // the inbox, in one transaction. PhotoUnknown when the photo is not in the inbox.
    Status assign(const QString &sha256, qint64 productId);
    // assign() to the product a scanned code names: its id; NotFound (subject: the code) when the
    // code names no product.
    Result<qint64> assignByCode(const QString &sha256, const QString &code);
    Status discard(const QString &sha256);

Q_SIGNALS:
    void inboxChanged();

private:
    Database &m_db;
    const Clock &m_clock;
    ProductPhotos &m_photos;
};

} // namespace comptoir
