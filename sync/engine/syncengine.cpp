#include "sync/engine/syncengine.h"

#include "sync/client/marketplaceresponses.h"
#include "sync/engine/syncengineprivate.h"
#include "sync/engine/syncstatestore.h"
#include "sync/logging.h"

#include <algorithm>
#include <limits>

namespace comptoir {

using namespace SyncEngineDetail;

SyncEngine::SyncEngine(Database &db, const Clock &clock, UuidV7Generator &uuids,
                       QNetworkAccessManager &network, const EnrolledDevice &device, const QByteArray &token,
                       QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(*this, db, clock, uuids, network, device, token))
{
    d->status.state = SyncState::Idle;
    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->startPass(); });
    connect(&d->dataVersionTimer, &QTimer::timeout, this, [this] { d->pollDataVersion(); });
    d->refreshStatus();
}

SyncEngine::~SyncEngine()
{
    d->client.abortAll();
}

void SyncEngine::setLongPollSeconds(int seconds)
{
    d->longPollSeconds = std::clamp(seconds, 0, MarketplaceLimits::MaxWaitSeconds);
}

void SyncEngine::setBackoff(const Backoff &backoff)
{
    d->backoff = backoff;
}

void SyncEngine::start()
{
    if (d->continuous)
        return;
    qCInfo(lcSync) << "sync engine started";
    d->continuous = true;
    if (auto version = d->readDataVersion())
        d->dataVersion = *version;
    d->dataVersionTimer.start();
    d->startPass();
}

void SyncEngine::stop()
{
    const bool wasActive = d->continuous || d->passRunning || d->retryTimer.isActive();
    d->continuous = false;
    d->dataVersionTimer.stop();
    d->retryTimer.stop();
    d->client.abortAll(); // no callback runs: what was pushed has its id stored; pages roll back
    d->longPolling = false;
    d->passRequested = false;
    d->passRunning = false;
    if (wasActive)
        qCInfo(lcSync) << "sync engine stopped";
    if (d->status.state == SyncState::Syncing || d->status.state == SyncState::Offline) {
        d->status.nextAttempt = {};
        d->setState(SyncState::Idle);
    }
    if (d->onceDone) {
        auto done = std::move(d->onceDone);
        d->onceDone = nullptr;
        d->refreshStatus();
        d->report.pending = d->status.pending;
        d->report.openExceptions = d->status.openExceptions;
        done(d->report);
    }
}

void SyncEngine::nudge()
{
    if (d->status.state == SyncState::NeedsEnrollment)
        return; // the token is worthless: only a new enrollment helps
    if (d->passRunning) {
        d->passRequested = true;
        return;
    }
    if (!d->continuous)
        return;
    d->retryTimer.stop();
    d->startPass();
}

void SyncEngine::runOnce(std::function<void(SyncReport)> done)
{
    d->onceDone = std::move(done);
    d->onceRetries = 0;
    if (d->passRunning)
        return; // the pass under way reports
    d->retryTimer.stop();
    d->startPass();
}

SyncStatus SyncEngine::status() const
{
    return d->status;
}

// ---- the pass -------------------------------------------------------------------------------

void SyncEngine::Private::startPass()
{
    if (longPolling) {
        client.abortAll();
        longPolling = false;
    }
    if (passRunning)
        return;
    passRunning = true;
    passRequested = false;
    epochRestarts = 0;
    seqGapResends = 0;
    lastPushedFirstSeq = 0;
    pushLimit = PushBatchSize;
    if (!onceDone || onceRetries == 0)
        report = SyncReport {}; // a retried `once` pass keeps counting
    status.nextAttempt = {};
    setState(SyncState::Syncing);
    pushNext();
}

void SyncEngine::Private::pushNext()
{
    auto batch = outbox.nextBatch(pushLimit);
    if (!batch)
        return fail(batch.error());
    if (batch->isEmpty())
        return pull();
    const qint64 firstSeq = batch->constFirst().seq;
    if (firstSeq == lastPushedFirstSeq) {
        // The last push answered without a result for its first row: never loop on it.
        return fail(makeError(ErrorCode::MarketplaceResponseInvalid, QStringLiteral("results"),
                              QStringLiteral("no result for seq %1").arg(firstSeq)));
    }
    PushBatch request;
    request.shopId = device.shopId;
    request.deviceId = device.deviceId;
    request.mutations = batch.value();
    const int count = int(request.mutations.size());
    qCDebug(lcSync) << "pushing" << count << "mutation(s) from seq" << firstSeq;
    client.push(request, [this, count, firstSeq](Result<PushResult> result) {
        if (!result) {
            const Error &error = result.error();
            if (error.code == ErrorCode::MarketplaceSeqGap) {
                const auto expected = expectedSeq(error);
                if (!expected || ++seqGapResends > MaxSeqGapResendsPerPass)
                    return fail(error);
                auto held = outbox.resendFrom(*expected);
                if (!held)
                    return fail(held.error());
                if (!*held) {
                    qCWarning(lcSync) << "seq gap the outbox cannot fill: expected" << *expected;
                    return fail(error);
                }
                lastPushedFirstSeq = 0;
                return pushNext();
            }
            if (error.code == ErrorCode::MarketplaceRequestTooLarge && pushLimit > 1) {
                pushLimit = std::max(1, count / 2);
                qCInfo(lcSync) << "push too large: batches of" << pushLimit;
                return pushNext();
            }
            return fail(error);
        }
        report.pushed += count;
        for (const MutationResult &one : result->results) {
            if (one.status == MutationStatus::Applied)
                ++report.applied;
            else if (one.status == MutationStatus::Duplicate)
                ++report.duplicates;
            if (one.rejected())
                ++report.rejected;
        }
        if (Status recorded = outbox.recordResults(result.value()); !recorded)
            return fail(recorded.error());
        lastPushedFirstSeq = firstSeq;
        backoff.succeeded();
        pushNext();
    });
}

void SyncEngine::Private::pull()
{
    auto stored = readSyncState(db);
    if (!stored)
        return fail(stored.error());
    if (stored->needsSnapshot || !stored->epoch) {
        SnapshotQuery query;
        query.limit = std::min(pageLimit, MarketplaceLimits::MaxPageLimit);
        if (!stored->snapshotNextPage.isEmpty() && stored->snapshotEpoch && stored->snapshotCursor) {
            query.pageToken = stored->snapshotNextPage;
            query.epoch = stored->snapshotEpoch;
            query.cursor = stored->snapshotCursor;
        }
        requestSnapshotPage(query);
        return;
    }
    ChangesQuery query;
    query.since = stored->cursor;
    query.epoch = *stored->epoch;
    query.limit = std::min(pageLimit, MarketplaceLimits::MaxPageLimit);
    query.waitSeconds = 0;
    client.changes(query, [this, since = query.since](Result<ChangesPage> page) {
        if (!page)
            return fail(page.error());
        auto outcome = applier.applyChanges(since, page.value());
        if (!outcome)
            return fail(outcome.error());
        applied(outcome.value());
        backoff.succeeded();
        if (page->hasMore || outcome->discarded)
            return pull();
        finishPass(std::nullopt);
    });
}

void SyncEngine::Private::requestSnapshotPage(const SnapshotQuery &query)
{
    client.snapshot(query, [this](Result<SnapshotPage> page) { snapshotPageArrived(std::move(page)); });
}

// The next page is asked for before this one is applied, so the marketplace prepares it while this
// till writes (a first sync of a big shop takes about the longer of the two, not their sum).
// Callbacks come from the event loop in the order of the requests, one page at a time; a failure
// aborts the page asked for in advance (fail: abortAll), and a restart resumes from the page
// after the last one applied (snapshot_next_page), never from one merely received.
void SyncEngine::Private::snapshotPageArrived(Result<SnapshotPage> page)
{
    if (!page)
        return fail(page.error());
    if (page->hasMore) {
        SnapshotQuery next;
        next.limit = std::min(pageLimit, MarketplaceLimits::MaxPageLimit);
        next.pageToken = page->nextPage;
        next.epoch = page->epoch;
        next.cursor = page->cursor;
        requestSnapshotPage(next);
    }
    auto outcome = applier.applySnapshot(page.value());
    if (!outcome)
        return fail(outcome.error());
    report.snapshot = true;
    applied(outcome.value());
    backoff.succeeded();
    if (!page->hasMore)
        pull();
}

void SyncEngine::Private::applied(const PageOutcome &outcome)
{
    if (outcome.discarded) {
        qCInfo(lcSync) << "page discarded: the cursor had moved";
        return;
    }
    ++report.pages;
    report.changes += outcome.applied;
    report.skipped += outcome.skipped;
    if (outcome.changed.any())
        Q_EMIT q.changesApplied(outcome.changed);
}

void SyncEngine::Private::longPoll()
{
    auto stored = readSyncState(db);
    if (!stored)
        return fail(stored.error());
    if (stored->needsSnapshot || !stored->epoch)
        return startPass();
    ChangesQuery query;
    query.since = stored->cursor;
    query.epoch = *stored->epoch;
    query.limit = std::min(pageLimit, MarketplaceLimits::MaxPageLimit);
    query.waitSeconds = longPollSeconds;
    longPolling = true;
    client.changes(query, [this, since = query.since](Result<ChangesPage> page) {
        longPolling = false;
        if (!page) {
            passRunning = true; // fail() ends a pass
            report = SyncReport {};
            return fail(page.error());
        }
        report = SyncReport {};
        auto outcome = applier.applyChanges(since, page.value());
        if (!outcome) {
            passRunning = true;
            return fail(outcome.error());
        }
        backoff.succeeded();
        if (!page->changes.isEmpty() || outcome->discarded || page->hasMore) {
            applied(outcome.value());
            refreshStatus();
            emitStatus();
            if (page->hasMore || outcome->discarded)
                return startPass();
        }
        if (continuous)
            longPoll();
    });
}

void SyncEngine::Private::finishPass(std::optional<Error> error)
{
    passRunning = false;
    if (!error) {
        onceRetries = 0;
        status.lastError.reset();
        status.nextAttempt = {};
        status.state = SyncState::Idle;
    }
    refreshStatus();
    auto stored = readSyncState(db);
    if (stored)
        report.cursor = stored->cursor;
    report.pending = status.pending;
    report.openExceptions = status.openExceptions;
    report.error = error;
    qCInfo(lcSync).nospace() << "sync pass " << (error ? "stopped" : "done") << ": pushed " << report.pushed
                             << " (applied " << report.applied << ", duplicates " << report.duplicates
                             << ", rejected " << report.rejected << "), pages " << report.pages
                             << ", changes " << report.changes << ", cursor " << report.cursor << ", pending "
                             << report.pending;
    emitStatus();
    Q_EMIT q.passFinished(report);
    if (onceDone && (!error || !retryTimer.isActive())) {
        auto done = std::move(onceDone);
        onceDone = nullptr;
        done(report);
    }
    if (!continuous || error)
        return; // an error has scheduled its retry (or stopped for good)
    if (passRequested)
        return startPass();
    longPoll();
}

void SyncEngine::Private::fail(const Error &error)
{
    client.abortAll();
    longPolling = false;
    if (error.code == ErrorCode::MarketplaceEpochChanged && ++epochRestarts <= MaxEpochRestartsPerPass) {
        qCInfo(lcSync) << "the marketplace's epoch changed: taking a new snapshot";
        if (Status s = requireSnapshot(db); !s)
            return fail(s.error());
        return pull();
    }
    recordError(error);
    status.lastError = error;
    qCWarning(lcSync) << "sync failed:" << syncErrorKey(error) << error.subject << error.detail;
    if (error.code == ErrorCode::MarketplaceUnauthorized) {
        continuous = false;
        dataVersionTimer.stop();
        status.state = SyncState::NeedsEnrollment;
        return finishPass(error);
    }
    if (isTransient(error)) {
        if (error.code == ErrorCode::MarketplaceResponseTooLarge)
            pageLimit = std::max(MinPageLimit, pageLimit / 2);
        const bool retry = continuous || (onceDone && onceRetries++ < OnceTransientRetries);
        status.state = SyncState::Offline;
        if (retry) {
            const qint64 delay = backoff.nextDelayMs(retryAfterMs(error).value_or(0));
            status.nextAttempt = clock.now().toUTC().addMSecs(delay);
            retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
            qCInfo(lcSync) << "retrying in" << delay << "ms";
        } else {
            status.nextAttempt = {};
        }
        return finishPass(error);
    }
    // Stop and report (§15.4): tried again at the next start, or when a person asks (nudge); a
    // local change does not restart it (pollDataVersion).
    status.state = SyncState::Stopped;
    status.nextAttempt = {};
    finishPass(error);
}

} // namespace comptoir
