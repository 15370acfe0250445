// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/photouploader.h"

#include "models/clock.h"
#include "models/photos/photostore.h"
#include "models/storage/database.h"
#include "sync/client/marketplaceclient.h"
#include "sync/logging.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

namespace comptoir {

namespace {

const QString PhotoLink = QStringLiteral("photo_link");

QString timestamp(const Clock &clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

PhotoUploader::PhotoUploader(Database &db, const Clock &clock, MarketplaceClient &client, PhotoStore *store,
                             QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_client(client), m_store(store)
{ }

Result<QStringList> PhotoUploader::unconfirmed(const QList<Mutation> &batch) const
{
    QStringList hashes;
    QSet<QString> seen;
    for (const Mutation &mutation : batch) {
        if (mutation.kind != PhotoLink)
            continue;
        for (const QJsonValue &value : mutation.payload.value(QStringLiteral("photos")).toArray()) {
            const QString sha = value.toString();
            if (sha.isEmpty() || seen.contains(sha))
                continue;
            seen.insert(sha);
            auto q = m_db.query(QStringLiteral("SELECT uploaded_at IS NOT NULL OR refused_code IS NOT NULL"
                                               " FROM photo_files WHERE sha256 = ?"),
                                {sha});
            if (!q)
                return q.error();
            // A hash the index does not know is still asked about (the server decides).
            const bool settled = q.value().next() && q.value().value(0).toBool();
            q.value().finish();
            if (!settled)
                hashes.append(sha);
        }
    }
    return hashes;
}

void PhotoUploader::confirm(const QList<Mutation> &batch, Done done)
{
    ++m_generation;
    m_done = std::move(done);
    m_retriedMismatch = false;
    auto hashes = m_store ? unconfirmed(batch) : Result<QStringList>(QStringList());
    if (!hashes)
        return finish(hashes.error());
    m_queue = hashes.value();
    if (!m_queue.isEmpty())
        qCInfo(lcSync) << m_queue.size() << "photo(s) to confirm on the marketplace before the push";
    next();
}

void PhotoUploader::abandon()
{
    ++m_generation;
    m_done = nullptr;
    m_queue.clear();
}

void PhotoUploader::next()
{
    if (m_queue.isEmpty())
        return finish(std::nullopt);
    const QString sha = m_queue.constFirst();
    const int generation = m_generation;
    m_client.headPhoto(sha, [this, sha, generation](Result<bool> present) {
        if (generation == m_generation)
            onHead(sha, std::move(present));
    });
}

void PhotoUploader::onHead(const QString &sha256, Result<bool> present)
{
    if (!present)
        return finish(present.error());
    if (!*present)
        return put(sha256);
    qCInfo(lcSync) << "photo" << sha256.left(12) << "already on the marketplace: not sent again";
    if (Status s = m_db.exec(QStringLiteral("UPDATE photo_files SET uploaded_at = ? WHERE sha256 = ?"),
                             {timestamp(m_clock), sha256});
        !s)
        return finish(s.error());
    m_queue.removeFirst();
    m_retriedMismatch = false;
    next();
}

void PhotoUploader::put(const QString &sha256)
{
    auto bytes = m_store->read(sha256);
    if (!bytes) {
        // The file is gone or unreadable: it can never be sent (the link is parked with why).
        return refuse(sha256, QStringLiteral("photo_unreadable"),
                      bytes.error().detail.isEmpty() ? m_store->pathOf(sha256) : bytes.error().detail);
    }
    const int generation = m_generation;
    m_client.putPhoto(sha256, bytes.value(), QByteArrayLiteral("image/jpeg"),
                      [this, sha256, generation](Result<PhotoResult> stored) {
                          if (generation == m_generation)
                              onPut(sha256, stored);
                      });
}

void PhotoUploader::onPut(const QString &sha256, const Result<PhotoResult> &stored)
{
    if (!stored) {
        const Error &error = stored.error();
        if (error.code == ErrorCode::MarketplaceRequestTooLarge)
            return refuse(sha256, QStringLiteral("payload_too_large"), error.detail);
        if (error.code == ErrorCode::MarketplaceRefused
            && error.subject == QLatin1String("unsupported_media_type"))
            return refuse(sha256, error.subject, error.detail);
        if (error.code == ErrorCode::MarketplaceRefused
            && error.subject == QLatin1String("photo_hash_mismatch")) {
            if (m_retriedMismatch)
                return refuse(sha256, error.subject, error.detail);
            m_retriedMismatch = true; // §14.1: re-read and re-hash the file once
            return put(sha256);
        }
        return finish(error);
    }
    ++m_uploaded;
    qCInfo(lcSync) << "photo" << sha256.left(12) << (stored->created ? "uploaded" : "was already there");
    if (Status s = m_db.exec(QStringLiteral("UPDATE photo_files SET uploaded_at = ?, refused_code = NULL,"
                                            " refused_reason = NULL WHERE sha256 = ?"),
                             {timestamp(m_clock), sha256});
        !s)
        return finish(s.error());
    m_queue.removeFirst();
    m_retriedMismatch = false;
    next();
}

void PhotoUploader::refuse(const QString &sha256, const QString &code, const QString &reason)
{
    qCWarning(lcSync) << "photo" << sha256.left(12) << "refused:" << code << reason;
    if (Status s = m_db.exec(
            QStringLiteral("UPDATE photo_files SET refused_code = ?, refused_reason = ? WHERE sha256 = ?"),
            {code, reason, sha256});
        !s)
        return finish(s.error());
    m_queue.removeFirst();
    m_retriedMismatch = false;
    next();
}

void PhotoUploader::finish(std::optional<Error> error)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    m_queue.clear();
    if (!done)
        return;
    // Always from the event loop, so the pusher's stack unwinds first.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, done = std::move(done), error = std::move(error), generation] {
        if (generation == m_generation)
            done(error);
    });
}

} // namespace comptoir
