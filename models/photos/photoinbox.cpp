// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/photos/photoinbox.h"

#include "models/clock.h"
#include "models/photos/productphotos.h"
#include "models/storage/database.h"

namespace comptoir {

Result<std::optional<qint64>> productWithCode(const Database &db, const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return std::optional<qint64>();
    // barcodes.code is compared exactly (its primary key); a file name may have changed its case.
    auto byBarcode = db.rows(QStringLiteral("SELECT v.product_id FROM barcodes b JOIN variants v ON "
                                            "v.id = b.variant_id WHERE b.code IN (?, ?, ?) LIMIT 1"),
                             {trimmed, trimmed.toUpper(), trimmed.toLower()});
    if (!byBarcode)
        return byBarcode.error();
    if (!byBarcode->isEmpty())
        return std::optional<qint64>(byBarcode->first().first().toLongLong());
    // variants.reference compares without case (COLLATE NOCASE).
    auto byReference
        = db.rows(QStringLiteral("SELECT product_id FROM variants WHERE reference = ? LIMIT 1"), {trimmed});
    if (!byReference)
        return byReference.error();
    if (!byReference->isEmpty())
        return std::optional<qint64>(byReference->first().first().toLongLong());
    return std::optional<qint64>();
}

PhotoInbox::PhotoInbox(Database &db, const Clock &clock, ProductPhotos &photos, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_photos(photos)
{ }

Status PhotoInbox::put(const PreparedPhoto &photo)
{
    {
        Transaction transaction(m_db);
        if (!transaction.status())
            return transaction.status();
        if (Status stored = m_photos.store(photo); !stored)
            return stored;
        if (Status inserted
            = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO photo_inbox (sha256, source_name, "
                                       "added_at) VALUES (?, ?, ?)"),
                        {photo.sha256, photo.sourceName, m_clock.now().toUTC().toString(Qt::ISODateWithMs)});
            !inserted)
            return inserted;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    Q_EMIT inboxChanged();
    return {};
}

Result<QList<InboxPhoto>> PhotoInbox::list() const
{
    auto rows = m_db.rows(
        QStringLiteral("SELECT sha256, source_name, added_at FROM photo_inbox ORDER BY added_at, rowid"));
    if (!rows)
        return rows.error();
    QList<InboxPhoto> photos;
    photos.reserve(rows->size());
    for (const QVariantList &row : std::as_const(*rows))
        photos.append({row.at(0).toString(), row.at(1).toString(),
                       QDateTime::fromString(row.at(2).toString(), Qt::ISODateWithMs)});
    return photos;
}

Result<int> PhotoInbox::count() const
{
    auto rows = m_db.rows(QStringLiteral("SELECT count(*) FROM photo_inbox"));
    if (!rows)
        return rows.error();
    return rows->first().first().toInt();
}

Result<bool> PhotoInbox::contains(const QString &sha256) const
{
    auto rows = m_db.rows(QStringLiteral("SELECT 1 FROM photo_inbox WHERE sha256 = ?"), {sha256});
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Status PhotoInbox::assign(const QString &sha256, qint64 productId)
{
    auto inInbox = contains(sha256);
    if (!inInbox)
        return inInbox.error();
    if (!*inInbox)
        return makeError(ErrorCode::PhotoUnknown, sha256);
    {
        Transaction transaction(m_db);
        if (!transaction.status())
            return transaction.status();
        if (Status attached = m_photos.attach(productId, sha256); !attached)
            return attached;
        if (Status removed = m_db.exec(QStringLiteral("DELETE FROM photo_inbox WHERE sha256 = ?"), {sha256});
            !removed)
            return removed;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    Q_EMIT inboxChanged();
    return {};
}

Result<qint64> PhotoInbox::assignByCode(const QString &sha256, const QString &code)
{
    auto product = productWithCode(m_db, code);
    if (!product)
        return product.error();
    if (!*product)
        return makeError(ErrorCode::NotFound, code.trimmed());
    if (Status assigned = assign(sha256, **product); !assigned)
        return assigned.error();
    return **product;
}

Status PhotoInbox::discard(const QString &sha256)
{
    Status removed = m_db.exec(QStringLiteral("DELETE FROM photo_inbox WHERE sha256 = ?"), {sha256});
    if (removed)
        Q_EMIT inboxChanged();
    return removed;
}

} // namespace comptoir
