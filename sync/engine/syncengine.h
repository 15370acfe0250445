#pragma once

#include "sync/engine/backoff.h"
#include "sync/enrolment/enrollment.h"
#include "sync/syncstatus.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace comptoir {

class Clock;
class Database;
class MarketplaceClient;
class OutboxStore;
class PageApplier;
class UuidV7Generator;

// The sync loop of one till (DESIGN.md §3, docs/marketplace-api.md §18). Lives on the thread of
// the Database connection and network manager it is given (the worker thread in the app; the
// test's thread in tests; the main thread for `comptoir sync --once`). A pass is:
//   push (batches of the outbox, in seq order, until nothing without a result is left)
//   → pull (snapshot pages while needs_snapshot, then feed pages until has_more is false)
// In continuous mode (start()) the engine then long-polls the feed (wait = LongPollSeconds) and
// starts a new pass at once when nudge() is called (a local change) or a long-poll returns
// changes. Transient errors (network, 5xx, 429) retry after Backoff; a 401 stops with
// NeedsEnrollment (no retry loop); an epoch change sets needs_snapshot and resnapshots; a
// rejected mutation never blocks the queue. stop() aborts what is in flight: nothing is lost,
// the next start resumes from the database.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int PushBatchSize = 200;
    static constexpr int PageSize = 1000;
    static constexpr int LongPollSeconds = 25;

    SyncEngine(Database &db, const Clock &clock, UuidV7Generator &uuids, QNetworkAccessManager &network,
               const EnrolledDevice &device, const QByteArray &token, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setLongPollSeconds(int seconds); // tests and benchmarks: shorter waits
    void setBackoff(const Backoff &backoff);

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
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace comptoir
