// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/photodownloader.h"

#include "models/clock.h"
#include "models/photos/photostore.h"
#include "models/storage/database.h"
#include "sync/client/marketplaceclient.h"
#include "sync/logging.h"

#include <QBuffer>
#include <QImageReader>
#include <QSqlQuery>
#include <QTimer>

namespace comptoir {

PhotoDownloader::PhotoDownloader(Database &db, const Clock &clock, MarketplaceClient &client,
                                 PhotoStore *store, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_client(client), m_store(store)
{ }

Result<QStringList> PhotoDownloader::missing(int limit) const
{
    QStringList hashes;
    if (!m_store)
        return hashes;
    auto q = m_db.query(QStringLiteral("SELECT DISTINCT j.value FROM products p, json_each(p.photos) j"
                                       " WHERE p.photos IS NOT NULL AND p.photos NOT IN ('', '[]')"
                                       " AND json_valid(p.photos) AND j.type = 'text'"));
    if (!q)
        return q.error();
    while (q.value().next() && hashes.size() < limit) {
        const QString sha = q.value().value(0).toString();
        if (sha.size() == 64 && !m_store->contains(sha))
            hashes.append(sha);
    }
    q.value().finish();
    return hashes;
}

void PhotoDownloader::fetchMissing(std::function<void(int)> done)
{
    ++m_generation;
    m_done = std::move(done);
    m_fetched = 0;
    m_failed = false;
    auto hashes = missing(MaxPerRound);
    if (!hashes) {
        qCWarning(lcSync) << "cannot list the photos to fetch:" << hashes.error().detail;
        m_failed = true;
        hashes = QStringList();
    }
    m_queue = hashes.value();
    if (!m_queue.isEmpty())
        qCInfo(lcSync) << m_queue.size() << "photo(s) to fetch from the marketplace";
    next();
}

void PhotoDownloader::abandon()
{
    ++m_generation;
    m_done = nullptr;
    m_queue.clear();
}

void PhotoDownloader::next()
{
    if (m_queue.isEmpty())
        return finish();
    const QString sha = m_queue.takeFirst();
    const int generation = m_generation;
    m_client.getPhoto(sha, [this, sha, generation](Result<QByteArray> bytes) {
        if (generation == m_generation)
            onFetched(sha, std::move(bytes));
    });
}

void PhotoDownloader::onFetched(const QString &sha256, Result<QByteArray> bytes)
{
    if (!bytes) {
        m_failed = true;
        qCInfo(lcSync) << "photo" << sha256.left(12) << "not fetched (next round):" << int(bytes.error().code)
                       << bytes.error().subject;
        return next();
    }
    QBuffer buffer(&bytes.value());
    buffer.open(QIODevice::ReadOnly);
    const QSize size = QImageReader(&buffer).size();
    if (Status stored = m_store->put(sha256, bytes.value()); !stored) {
        m_failed = true;
        qCWarning(lcSync) << "photo" << sha256.left(12) << "not stored:" << int(stored.error().code)
                          << stored.error().detail;
        return next();
    }
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const Status indexed = m_db.exec(
        QStringLiteral(
            "INSERT INTO photo_files (sha256, bytes, width, height, source_name, origin, added_at,"
            " uploaded_at) VALUES (?, ?, ?, ?, '', 'marketplace', ?, ?)"
            " ON CONFLICT (sha256) DO UPDATE SET uploaded_at = coalesce(uploaded_at, excluded.uploaded_at)"),
        {sha256, qint64(bytes->size()), std::max(1, size.width()), std::max(1, size.height()), now, now});
    if (!indexed) {
        m_failed = true;
        qCWarning(lcSync) << "photo" << sha256.left(12) << "not indexed:" << indexed.error().detail;
    } else {
        ++m_fetched;
    }
    next();
}

void PhotoDownloader::finish()
{
    auto done = std::move(m_done);
    m_done = nullptr;
    if (!done)
        return;
    const int generation = m_generation;
    const int fetched = m_fetched;
    QTimer::singleShot(0, this, [this, done = std::move(done), generation, fetched] {
        if (generation == m_generation)
            done(fetched);
    });
}

} // namespace comptoir
