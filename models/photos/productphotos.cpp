// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/photos/productphotos.h"

#include "models/clock.h"
#include "models/logging.h"
#include "models/outbox/outbox.h"
#include "models/photos/photostore.h"
#include "models/storage/database.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace comptoir {

namespace {

QString nowText(const Clock &clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

QStringList listFromJson(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (value.isString())
            list.append(value.toString());
    }
    return list;
}

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// The list with `sha256` moved (or put) first.
QStringList withMain(QStringList list, const QString &sha256)
{
    list.removeAll(sha256);
    list.prepend(sha256);
    return list;
}

// The photo_files row of a prepared photo (kept as it is when the photo is already indexed).
Status indexPhoto(Database &db, const Clock &clock, const PreparedPhoto &photo)
{
    return db.exec(QStringLiteral("INSERT INTO photo_files (sha256, bytes, width, height, source_name, "
                                  "origin, added_at) VALUES (?, ?, ?, ?, ?, 'shop', ?) "
                                  "ON CONFLICT (sha256) DO NOTHING"),
                   {photo.sha256, qint64(photo.jpeg.size()), photo.size.width(), photo.size.height(),
                    photo.sourceName, nowText(clock)});
}

// The list with `sha256` added at the end (or first, as the main one); PhotoLimitReached when full.
Result<QStringList> appended(const QStringList &current, const QString &sha256, bool makeMain,
                             qint64 productId)
{
    QStringList after = current;
    if (!after.contains(sha256)) {
        if (after.size() >= ProductPhotos::MaxPhotos)
            return makeError(ErrorCode::PhotoLimitReached, QString::number(productId));
        after.append(sha256);
    }
    return makeMain ? withMain(after, sha256) : after;
}

} // namespace

ProductPhotos::ProductPhotos(Database &db, const Clock &clock, PhotoStore &store, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(store)
{ }

Result<QStringList> ProductPhotos::photosOf(qint64 productId) const
{
    auto rows = m_db.rows(QStringLiteral("SELECT photos FROM products WHERE id = ?"), {productId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    return listFromJson(rows->first().value(0).toString());
}

Result<QString> ProductPhotos::mainPhotoOf(qint64 productId) const
{
    auto list = photosOf(productId);
    if (!list)
        return list.error();
    return list->isEmpty() ? QString() : list->first();
}

Result<QString> ProductPhotos::mainPhotoOfVariant(qint64 variantId) const
{
    auto rows
        = m_db.rows(QStringLiteral("SELECT coalesce(json_extract(p.photos, '$[0]'), '') FROM variants v "
                                   "JOIN products p ON p.id = v.product_id WHERE v.id = ?"),
                    {variantId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, QString::number(variantId));
    return rows->first().value(0).toString();
}

Status ProductPhotos::add(qint64 productId, const PreparedPhoto &photo, bool makeMain)
{
    auto before = photosOf(productId);
    if (!before)
        return before.error();
    if (!before->contains(photo.sha256) && before->size() >= MaxPhotos)
        return makeError(ErrorCode::PhotoLimitReached, QString::number(productId));
    // The file first: a disk that refuses it leaves the database as it was.
    if (Status put = m_store.put(photo.sha256, photo.jpeg); !put)
        return put;
    return editList(productId, [&](const QStringList &current) -> Result<QStringList> {
        // A clean-up that ran between the write and this transaction removed it: written again.
        if (Status again = m_store.put(photo.sha256, photo.jpeg); !again)
            return again.error();
        if (Status indexed = indexPhoto(m_db, m_clock, photo); !indexed)
            return indexed.error();
        return appended(current, photo.sha256, makeMain, productId);
    });
}

Status ProductPhotos::store(const PreparedPhoto &photo)
{
    if (Status put = m_store.put(photo.sha256, photo.jpeg); !put)
        return put;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status again = m_store.put(photo.sha256, photo.jpeg); !again) // see add()
        return again;
    if (Status indexed = indexPhoto(m_db, m_clock, photo); !indexed)
        return indexed;
    return tx.commit();
}

Status ProductPhotos::attach(qint64 productId, const QString &sha256, bool makeMain)
{
    return editList(productId, [&](const QStringList &current) -> Result<QStringList> {
        if (!m_store.contains(sha256))
            return makeError(ErrorCode::PhotoUnknown, sha256);
        auto indexed = m_db.rows(QStringLiteral("SELECT 1 FROM photo_files WHERE sha256 = ?"), {sha256});
        if (!indexed)
            return indexed.error();
        if (indexed->isEmpty()) {
            // In the store but not in the index (a file put there by hand): indexed from the file.
            const QString path = m_store.pathOf(sha256);
            const QSize size = QImageReader(path).size();
            if (!size.isValid())
                return makeError(ErrorCode::PhotoDamaged, sha256);
            PreparedPhoto photo;
            photo.sha256 = sha256;
            photo.size = size;
            photo.jpeg.resize(qMax<qint64>(1, QFileInfo(path).size())); // only its length is indexed
            photo.sourceName = QFileInfo(path).fileName();
            if (Status added = indexPhoto(m_db, m_clock, photo); !added)
                return added.error();
        }
        return appended(current, sha256, makeMain, productId);
    });
}

Status ProductPhotos::remove(qint64 productId, const QString &sha256)
{
    return editList(productId, [&](const QStringList &current) -> Result<QStringList> {
        if (!current.contains(sha256))
            return makeError(ErrorCode::PhotoUnknown, sha256);
        QStringList after = current;
        after.removeAll(sha256);
        return after;
    });
}

Status ProductPhotos::makeMain(qint64 productId, const QString &sha256)
{
    return editList(productId, [&](const QStringList &current) -> Result<QStringList> {
        if (!current.contains(sha256))
            return makeError(ErrorCode::PhotoUnknown, sha256);
        return withMain(current, sha256);
    });
}

Status ProductPhotos::reorder(qint64 productId, const QStringList &sha256s)
{
    return editList(productId, [&](const QStringList &current) -> Result<QStringList> {
        for (const QString &sha : sha256s) {
            if (!current.contains(sha) || sha256s.count(sha) != 1)
                return makeError(ErrorCode::PhotoUnknown, sha);
        }
        for (const QString &sha : current) {
            if (!sha256s.contains(sha))
                return makeError(ErrorCode::PhotoUnknown, sha);
        }
        return sha256s;
    });
}

// One change of a product's list, in its own transaction: the list read inside it, edited, written
// with its photo_link (writeList), committed; the window told when the list really changed.
Status ProductPhotos::editList(qint64 productId,
                               const std::function<Result<QStringList>(const QStringList &)> &edit)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = photosOf(productId);
    if (!current)
        return current.error();
    auto after = edit(*current);
    if (!after)
        return after.error();
    if (Status written = writeList(productId, *current, *after); !written)
        return written;
    if (Status committed = tx.commit(); !committed)
        return committed;
    if (*after != *current)
        Q_EMIT productPhotosChanged(productId);
    return {};
}

// In the caller's transaction: the new list on the product and, when it changed on a product the
// marketplace can still patch, its photo_link with the whole list.
Status ProductPhotos::writeList(qint64 productId, const QStringList &before, const QStringList &after)
{
    if (before == after)
        return {};
    if (Status updated = m_db.exec(QStringLiteral("UPDATE products SET photos = ? WHERE id = ?"),
                                   {listToJson(after), productId});
        !updated)
        return updated;
    auto rows = m_db.rows(QStringLiteral("SELECT uuid, server_version, archived FROM products WHERE id = ?"),
                          {productId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    const QVariantList &row = rows->first();
    if (row.value(2).toInt() != 0) {
        qCInfo(lcModels) << "photos of archived product" << productId << "changed locally only";
        return {};
    }
    const QString uuid = row.value(0).toString();
    QJsonObject payload;
    payload.insert(QStringLiteral("product_id"), uuid);
    payload.insert(QStringLiteral("base_version"), row.value(1).toLongLong());
    payload.insert(QStringLiteral("photos"), QJsonArray::fromStringList(after));
    return queueMutation(m_db, m_clock, MutationKind::photoLink(), uuid, payload);
}

Result<int> ProductPhotos::cleanUp()
{
    // One write transaction: add(), store() and attach() check their file inside theirs, so a
    // photo being added is either seen here as named or written again there.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // What still names a photo: a product's list, the inbox, a photo_link waiting in the outbox or
    // parked in an open exception (it can be retried).
    auto named = m_db.rows(
        QStringLiteral("SELECT j.value FROM products p, json_each(p.photos) j "
                       "UNION SELECT sha256 FROM photo_inbox "
                       "UNION SELECT j.value FROM sync_outbox o, json_each(o.payload, '$.photos') j WHERE "
                       "o.kind = 'photo_link' "
                       "UNION SELECT j.value FROM sync_exceptions e, json_each(e.payload, '$.photos') j "
                       "WHERE e.kind = 'photo_link' AND e.state = 'open'"));
    if (!named)
        return named.error();
    QSet<QString> kept;
    for (const QVariantList &row : *named)
        kept.insert(row.value(0).toString());

    auto indexed = m_db.rows(QStringLiteral("SELECT sha256 FROM photo_files"));
    if (!indexed)
        return indexed.error();
    for (const QVariantList &row : *indexed) {
        const QString sha = row.value(0).toString();
        if (kept.contains(sha))
            continue;
        if (Status dropped = m_db.exec(QStringLiteral("DELETE FROM photo_files WHERE sha256 = ?"), {sha});
            !dropped)
            return dropped.error();
    }
    int removed = 0;
    const QSet<QString> files = m_store.all();
    for (const QString &sha : files) {
        if (kept.contains(sha))
            continue;
        if (Status gone = m_store.remove(sha); !gone)
            return gone.error();
        ++removed;
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    if (removed > 0)
        qCInfo(lcModels) << "photo clean-up removed" << removed << "unreferenced photo files";
    return removed;
}

} // namespace comptoir
