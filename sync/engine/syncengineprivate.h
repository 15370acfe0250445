#pragma once

// The private part of SyncEngine (sync/syncengine.h), shared by syncengine.cpp (the pass) and
// syncenginestate.cpp (status, errors, data_version polling). Not part of the public API.
#include "models/clock.h"
#include "models/storage/database.h"
#include "sync/client/marketplaceclient.h"
#include "sync/engine/backoff.h"
#include "sync/engine/outboxstore.h"
#include "sync/engine/pageapplier.h"
#include "sync/engine/syncengine.h"
#include "sync/enrolment/enrollment.h"
#include "sync/syncstatus.h"

#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <optional>

namespace comptoir {

namespace SyncEngineDetail {

constexpr int DataVersionPollMs = 200;
// A pass that keeps meeting epoch changes or seq gaps stops rather than loop.
constexpr int MaxEpochRestartsPerPass = 3;
constexpr int MaxSeqGapResendsPerPass = 3;
// runOnce retries a transient failure this many times (with backoff) before reporting it.
constexpr int OnceTransientRetries = 2;
constexpr int MinPageLimit = 10;

inline double systemRandom()
{
    return QRandomGenerator::global()->generateDouble();
}

} // namespace SyncEngineDetail

struct SyncEngine::Private
{
    Private(SyncEngine &q_, Database &db_, const Clock &clock_, UuidV7Generator &uuids_,
            QNetworkAccessManager &network, const EnrolledDevice &device_, const QByteArray &token)
        : q(q_),
          db(db_),
          clock(clock_),
          device(device_),
          client(network, device_.endpoint),
          outbox(db_, clock_, uuids_),
          applier(db_, clock_, outbox),
          backoff(SyncEngineDetail::systemRandom)
    {
        client.setCredentials(device.shopId, token);
        retryTimer.setSingleShot(true);
        dataVersionTimer.setInterval(SyncEngineDetail::DataVersionPollMs);
    }

    SyncEngine &q;
    Database &db;
    const Clock &clock;
    EnrolledDevice device;
    MarketplaceClient client;
    OutboxStore outbox;
    PageApplier applier;
    Backoff backoff;
    QTimer retryTimer;
    QTimer dataVersionTimer;
    int longPollSeconds = LongPollSeconds;
    int pageLimit = PageSize;
    int pushLimit = PushBatchSize;

    bool continuous = false;
    bool passRunning = false;
    bool passRequested = false;
    bool longPolling = false;
    qint64 dataVersion = -1;
    int epochRestarts = 0;
    int seqGapResends = 0;
    int onceRetries = 0;
    qint64 lastPushedFirstSeq = 0;
    SyncReport report;
    std::function<void(SyncReport)> onceDone;
    SyncStatus status;

    // The loop.
    void startPass();
    void pushNext();
    void pull();
    void requestSnapshotPage(const SnapshotQuery &query);
    void snapshotPageArrived(Result<SnapshotPage> page);
    void longPoll();
    void finishPass(std::optional<Error> error);
    void fail(const Error &error);
    void applied(const PageOutcome &outcome);

    // State.
    void setState(SyncState state);
    void refreshStatus();
    void emitStatus() { Q_EMIT q.statusChanged(status); }
    void recordError(const Error &error);
    void pollDataVersion();
    Result<qint64> readDataVersion() const;
};

} // namespace comptoir
