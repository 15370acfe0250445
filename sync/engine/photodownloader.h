// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace comptoir {

class Clock;
class Database;
class MarketplaceClient;
class PhotoStore;

// After a pass's pages are applied (off their transactions): the photos products name that the
// photo store lacks (added or linked online) are fetched (GET /v1/photos/{sha256}, size and hash
// checked), written to the PhotoStore and indexed in photo_files (origin 'marketplace',
// uploaded_at set: the marketplace has them). At most MaxPerRound a round. A failure is logged
// and left for the next round: it never blocks the feed nor fails the pass. Lives on the engine's
// thread.
class PhotoDownloader : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPerRound = 50;

    PhotoDownloader(Database &db, const Clock &clock, MarketplaceClient &client, PhotoStore *store,
                    QObject *parent = nullptr);

    // Fetches what is missing; done(fetched count) is called once, from the event loop. A new
    // call abandons a round still running.
    void fetchMissing(std::function<void(int)> done);
    // The hashes products name that the store lacks (at most `limit`).
    Result<QStringList> missing(int limit) const;
    bool lastRoundFailed() const { return m_failed; }
    // The engine aborted its requests: the round running (if any) never calls its done.
    void abandon();

private:
    void next();
    void onFetched(const QString &sha256, Result<QByteArray> bytes);
    void finish();

    Database &m_db;
    const Clock &m_clock;
    MarketplaceClient &m_client;
    PhotoStore *m_store;
    QStringList m_queue;
    std::function<void(int)> m_done;
    int m_fetched = 0;
    int m_generation = 0;
    bool m_failed = false;
};

} // namespace comptoir
