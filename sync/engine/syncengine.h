// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "sync/client/marketplaceclient.h"
#include "sync/engine/backoff.h"
#include "sync/engine/dataversionwatch.h"
#include "sync/engine/outboxstore.h"
#include "sync/engine/photodownloader.h"
#include "sync/engine/photouploader.h"
#include "sync/engine/syncpuller.h"
#include "sync/engine/syncpusher.h"
#include "sync/engine/syncstatustracker.h"
#include "sync/enrolment/enrollment.h"
#include "sync/syncstatus.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace comptoir {

class Clock;
class Database;
class PhotoStore;
class UuidV7Generator;

// The sync loop of one till (DESIGN.md §3, docs/marketplace-api.md §18). Lives on the thread of
// the Database connection and network manager it is given (the worker thread in the app; the
// test's thread in tests; the main thread for `comptoir sync --once`). A pass is:
//   push (batches of the outbox, in seq order, until nothing without a result is left: SyncPusher;
//         each batch's photos confirmed on the marketplace first: PhotoUploader)
//   → pull (snapshot pages while needs_snapshot, then feed pages until has_more is false: SyncPuller)
//   → the photos products name that the photo store lacks (PhotoDownloader; never fails the pass)
// In continuous mode (start()) the engine then long-polls the feed (wait = LongPollSeconds) and
// starts a new pass at once when nudge() is called (a local change), another connection queues a
// row (DataVersionWatch) or a long-poll returns changes. Transient errors (network, 5xx, 429)
// retry after Backoff; a 401 stops with NeedsEnrollment (no retry loop); an epoch change sets
// needs_snapshot and resnapshots; a rejected mutation never blocks the queue. stop() aborts what
// is in flight: nothing is lost, the next start resumes from the database. Its parts (client,
// pusher, puller, watch, timers) are its members, made on the thread that makes the engine.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int PushBatchSize = SyncPusher::BatchSize;
    static constexpr int PageSize = SyncPuller::PageSize;
    static constexpr int LongPollSeconds = SyncPuller::LongPollSeconds;

    // With the shop's photo store: the photos the outbox links are uploaded and those the
    // products name are fetched (PhotoUploader, PhotoDownloader).
    SyncEngine(Database &db, const Clock &clock, UuidV7Generator &uuids, QNetworkAccessManager &network,
               const EnrolledDevice &device, const QByteArray &token, PhotoStore *photos,
               QObject *parent = nullptr);
    // Without one (no photo is uploaded nor fetched; a photo_link goes up as it is).
    SyncEngine(Database &db, const Clock &clock, UuidV7Generator &uuids, QNetworkAccessManager &network,
               const EnrolledDevice &device, const QByteArray &token, QObject *parent = nullptr);
    ~SyncEngine() override;

    // runOnce (`comptoir sync --once`) is bounded (docs/marketplace-api.md §15.5): each exchange
    // by its deadline, at most OnceTransientRetries + 1 attempts per failure, a Retry-After longer
    // than OnceMaxRetryAfterSeconds ends it at once (MarketplaceBusy) rather than waiting, and
    // the whole run ends by OnceDeadlineMs whatever happens (MarketplaceStalled, subject
    // "sync --once").
    static constexpr int OnceTransientRetries = 2;
    static constexpr int OnceMaxRetryAfterSeconds = 30;
    static constexpr int OnceDeadlineMs = 10 * 60 * 1000;

    void setLongPollSeconds(int seconds); // tests and benchmarks: shorter waits
    void setBackoff(const Backoff &backoff);
    // Tests: shorter deadlines (the defaults are the documented ones).
    void setDeadlines(const MarketplaceClient::Deadlines &deadlines) { m_client.setDeadlines(deadlines); }
    const MarketplaceClient::Deadlines &deadlines() const { return m_client.deadlines(); }
    void setOnceLimits(int maxRetryAfterSeconds, int deadlineMs);

    // Continuous mode.
    void start();
    void stop();
    void nudge(); // a local change was committed: push as soon as possible
    // One pass and no long-poll; `done` is called once, from the event loop.
    void runOnce(std::function<void(SyncReport)> done);

    SyncStatus status() const;

Q_SIGNALS:
    void statusChanged(const comptoir::SyncStatus &status);
    void changesApplied(const comptoir::SyncChanges &changes);
    void passFinished(const comptoir::SyncReport &report);

private:
    // The pass.
    void startPass();
    void afterPull();
    void finishPass(std::optional<Error> error);
    void fail(const Error &error);
    void longPoll();
    void abortRequests();
    void onWaitAnswered(SyncPuller::WaitAnswer answer);
    void onWaitFailed(const Error &error);
    void onCommittedElsewhere(bool unsentRows);
    void onOnceDeadline();
    bool endOnceIfBusy(const Error &error);

    // The status.
    void setState(SyncState state);
    void emitStatus();

    Database &m_db;
    const Clock &m_clock;
    MarketplaceClient m_client;
    OutboxStore m_outbox;
    Backoff m_backoff;
    SyncReport m_report;
    SyncStatusTracker m_status;
    PhotoUploader m_photoUploader;
    PhotoDownloader m_photoDownloader;
    SyncPusher m_pusher;
    SyncPuller m_puller;
    DataVersionWatch m_dataVersion;
    QTimer m_retryTimer;
    QTimer m_onceDeadline;
    int m_onceMaxRetryAfterSeconds = OnceMaxRetryAfterSeconds;
    int m_onceDeadlineMs = OnceDeadlineMs;

    bool m_fetchPhotos = true; // the next pass looks for photos to fetch even without changes
    bool m_continuous = false;
    bool m_passRunning = false;
    bool m_passRequested = false;
    int m_epochRestarts = 0;
    int m_onceRetries = 0;
    std::function<void(SyncReport)> m_onceDone;
};

} // namespace comptoir
