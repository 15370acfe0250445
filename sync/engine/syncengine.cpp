// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/syncengine.h"

#include "models/clock.h"
#include "sync/client/marketplaceresponses.h"
#include "sync/engine/syncstatestore.h"
#include "sync/logging.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace comptoir {

namespace {

// A pass that keeps meeting epoch changes stops rather than loop.
constexpr int MaxEpochRestartsPerPass = 3;

double systemRandom()
{
    return QRandomGenerator::global()->generateDouble();
}

} // namespace

SyncEngine::SyncEngine(Database &db, const Clock &clock, UuidV7Generator &uuids,
                       QNetworkAccessManager &network, const EnrolledDevice &device, const QByteArray &token,
                       PhotoStore *photos, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_clock(clock),
      m_client(network, device.endpoint),
      m_outbox(db, clock, uuids),
      m_backoff(systemRandom),
      m_status(db, clock, m_outbox),
      m_photoUploader(db, clock, m_client, photos),
      m_photoDownloader(db, clock, m_client, photos),
      m_pusher(m_client, m_outbox, m_backoff, m_report, device, &m_photoUploader),
      m_puller(db, clock, m_outbox, m_client, m_backoff, m_report),
      m_dataVersion(db)
{
    m_client.setCredentials(device.shopId, token);
    m_retryTimer.setSingleShot(true);
    m_onceDeadline.setSingleShot(true);
    connect(&m_onceDeadline, &QTimer::timeout, this, &SyncEngine::onOnceDeadline);
    m_status.setState(SyncState::Idle);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::startPass);
    connect(&m_dataVersion, &DataVersionWatch::committedElsewhere, this, &SyncEngine::onCommittedElsewhere);
    connect(&m_pusher, &SyncPusher::outboxDrained, this, [this] { m_puller.pull(); });
    connect(&m_pusher, &SyncPusher::pushFailed, this, &SyncEngine::fail);
    connect(&m_puller, &SyncPuller::caughtUp, this, &SyncEngine::afterPull);
    connect(&m_puller, &SyncPuller::pullFailed, this, &SyncEngine::fail);
    connect(&m_puller, &SyncPuller::changesApplied, this, &SyncEngine::changesApplied);
    connect(&m_puller, &SyncPuller::waitAnswered, this, &SyncEngine::onWaitAnswered);
    connect(&m_puller, &SyncPuller::waitFailed, this, &SyncEngine::onWaitFailed);
    m_status.refresh();
}

SyncEngine::SyncEngine(Database &db, const Clock &clock, UuidV7Generator &uuids,
                       QNetworkAccessManager &network, const EnrolledDevice &device, const QByteArray &token,
                       QObject *parent)
    : SyncEngine(db, clock, uuids, network, device, token, nullptr, parent)
{ }

SyncEngine::~SyncEngine()
{
    m_client.abortAll();
}

void SyncEngine::setLongPollSeconds(int seconds)
{
    m_puller.setLongPollSeconds(seconds);
}

void SyncEngine::setBackoff(const Backoff &backoff)
{
    m_backoff = backoff;
}

void SyncEngine::setOnceLimits(int maxRetryAfterSeconds, int deadlineMs)
{
    m_onceMaxRetryAfterSeconds = std::max(0, maxRetryAfterSeconds);
    m_onceDeadlineMs = std::max(1, deadlineMs);
}

void SyncEngine::start()
{
    if (m_continuous)
        return;
    qCInfo(lcSync) << "sync engine started";
    m_continuous = true;
    m_dataVersion.start();
    startPass();
}

void SyncEngine::stop()
{
    const bool wasActive = m_continuous || m_passRunning || m_retryTimer.isActive();
    m_continuous = false;
    m_dataVersion.stop();
    m_retryTimer.stop();
    abortRequests(); // no callback runs: what was pushed has its id stored; pages roll back
    m_passRequested = false;
    m_passRunning = false;
    if (wasActive)
        qCInfo(lcSync) << "sync engine stopped";
    if (m_status.state() == SyncState::Syncing || m_status.state() == SyncState::Offline) {
        m_status.setNextAttempt({});
        setState(SyncState::Idle);
    }
    m_onceDeadline.stop();
    if (m_onceDone) {
        auto done = std::move(m_onceDone);
        m_onceDone = nullptr;
        m_status.refresh();
        m_report.pending = m_status.status().pending;
        m_report.openExceptions = m_status.status().openExceptions;
        done(m_report);
    }
}

void SyncEngine::nudge()
{
    if (m_status.state() == SyncState::NeedsEnrollment)
        return; // the token is worthless: only a new enrollment helps
    if (m_passRunning) {
        m_passRequested = true;
        return;
    }
    if (!m_continuous)
        return;
    m_retryTimer.stop();
    startPass();
}

void SyncEngine::runOnce(std::function<void(SyncReport)> done)
{
    m_onceDone = std::move(done);
    m_onceRetries = 0;
    m_onceDeadline.start(m_onceDeadlineMs);
    if (m_passRunning)
        return; // the pass under way reports
    m_retryTimer.stop();
    startPass();
}

SyncStatus SyncEngine::status() const
{
    return m_status.status();
}

// ---- the pass -------------------------------------------------------------------------------

void SyncEngine::afterPull()
{
    if (!m_fetchPhotos && m_report.changes == 0)
        return finishPass(std::nullopt);
    m_photoDownloader.fetchMissing([this](int fetched) {
        m_report.photosDownloaded += fetched;
        m_fetchPhotos = m_photoDownloader.lastRoundFailed() || fetched == PhotoDownloader::MaxPerRound;
        finishPass(std::nullopt);
    });
}

void SyncEngine::startPass()
{
    if (m_puller.isWaiting())
        abortRequests();
    if (m_passRunning)
        return;
    m_passRunning = true;
    m_passRequested = false;
    m_epochRestarts = 0;
    if (!m_onceDone || m_onceRetries == 0)
        m_report = SyncReport {}; // a retried `once` pass keeps counting
    m_status.setNextAttempt({});
    setState(SyncState::Syncing);
    m_pusher.pushAll();
}

void SyncEngine::abortRequests()
{
    m_client.abortAll();
    m_puller.requestsAborted();
    m_photoUploader.abandon();
    m_photoDownloader.abandon();
}

void SyncEngine::longPoll()
{
    auto waiting = m_puller.waitForChanges();
    if (!waiting)
        return fail(waiting.error());
    if (!*waiting)
        return startPass();
}

void SyncEngine::onWaitAnswered(SyncPuller::WaitAnswer answer)
{
    if (answer != SyncPuller::WaitAnswer::Quiet) {
        m_status.refresh();
        emitStatus();
        if (answer == SyncPuller::WaitAnswer::Behind)
            return startPass();
    }
    if (m_continuous)
        longPoll();
}

void SyncEngine::onWaitFailed(const Error &error)
{
    m_passRunning = true; // fail() ends a pass
    fail(error);
}

void SyncEngine::finishPass(std::optional<Error> error)
{
    m_passRunning = false;
    if (!error) {
        m_onceRetries = 0;
        m_status.clearError();
        m_status.setNextAttempt({});
        m_status.setState(SyncState::Idle);
    }
    m_status.refresh();
    auto stored = readSyncState(m_db);
    if (stored)
        m_report.cursor = stored->cursor;
    m_report.pending = m_status.status().pending;
    m_report.openExceptions = m_status.status().openExceptions;
    m_report.error = error;
    qCInfo(lcSync).nospace() << "sync pass " << (error ? "stopped" : "done") << ": pushed " << m_report.pushed
                             << " (applied " << m_report.applied << ", duplicates " << m_report.duplicates
                             << ", rejected " << m_report.rejected << "), pages " << m_report.pages
                             << ", changes " << m_report.changes << ", cursor " << m_report.cursor
                             << ", pending " << m_report.pending;
    emitStatus();
    Q_EMIT passFinished(m_report);
    if (m_onceDone && (!error || !m_retryTimer.isActive())) {
        m_onceDeadline.stop();
        auto done = std::move(m_onceDone);
        m_onceDone = nullptr;
        done(m_report);
    }
    if (!m_continuous || error)
        return; // an error has scheduled its retry (or stopped for good)
    if (m_passRequested)
        return startPass();
    longPoll();
}

void SyncEngine::fail(const Error &error)
{
    abortRequests();
    if (error.code == ErrorCode::MarketplaceEpochChanged && ++m_epochRestarts <= MaxEpochRestartsPerPass) {
        qCInfo(lcSync) << "the marketplace's epoch changed: taking a new snapshot";
        if (Status s = requireSnapshot(m_db); !s)
            return fail(s.error());
        return m_puller.pull();
    }
    m_status.recordError(error);
    qCWarning(lcSync) << "sync failed:" << syncErrorKey(error) << error.subject << error.detail;
    if (error.code == ErrorCode::MarketplaceUnauthorized) {
        m_continuous = false;
        m_dataVersion.stop();
        m_status.setState(SyncState::NeedsEnrollment);
        return finishPass(error);
    }
    if (isTransient(error)) {
        if (error.code == ErrorCode::MarketplaceResponseTooLarge)
            m_puller.halvePageLimit();
        if (endOnceIfBusy(error))
            return;
        const bool retry = m_continuous || (m_onceDone && m_onceRetries++ < OnceTransientRetries);
        m_status.setState(SyncState::Offline);
        if (retry) {
            const qint64 delay = m_backoff.nextDelayMs(retryAfterMs(error).value_or(0));
            m_status.setNextAttempt(m_clock.now().toUTC().addMSecs(delay));
            m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
            qCInfo(lcSync) << "retrying in" << delay << "ms";
        } else {
            m_status.setNextAttempt({});
        }
        return finishPass(error);
    }
    // Stop and report (§15.4): tried again at the next start, or when a person asks (nudge); a
    // local change does not restart it (onCommittedElsewhere).
    m_status.setState(SyncState::Stopped);
    m_status.setNextAttempt({});
    finishPass(error);
}

// A one-shot run asked to wait longer than it waits (Retry-After): it ends now, saying so, rather
// than hold a volunteer's terminal (or a script) for the time asked. Continuous mode waits, capped
// (retryAfterMs).
bool SyncEngine::endOnceIfBusy(const Error &error)
{
    const auto asked = retryAfterAskedSeconds(error);
    if (m_continuous || !m_onceDone || !asked || *asked <= m_onceMaxRetryAfterSeconds)
        return false;
    const Error busy = makeError(ErrorCode::MarketplaceBusy, QString::number(*asked), error.detail);
    qCWarning(lcSync) << "the marketplace asks to wait" << *asked << "s: the one-shot sync ends";
    m_status.recordError(busy);
    m_status.setState(SyncState::Offline);
    m_status.setNextAttempt({});
    finishPass(busy);
    return true;
}

// The one-shot run's own deadline passed (a server that answers each exchange just in time, page
// after page): whatever is under way is aborted (nothing half-applied: pages roll back) and the
// run ends, saying it stalled.
void SyncEngine::onOnceDeadline()
{
    if (!m_onceDone)
        return;
    abortRequests();
    m_retryTimer.stop();
    const Error stalled = makeError(ErrorCode::MarketplaceStalled, QStringLiteral("sync --once"),
                                    QString::number(m_onceDeadlineMs / 1000));
    qCWarning(lcSync) << "the one-shot sync passed its deadline of" << m_onceDeadlineMs << "ms";
    m_status.recordError(stalled);
    m_status.setState(SyncState::Offline);
    m_status.setNextAttempt({});
    finishPass(stalled);
}

// Another connection committed (DataVersionWatch): push at once if it queued something.
void SyncEngine::onCommittedElsewhere(bool unsentRows)
{
    if (m_status.refreshPending())
        emitStatus();
    if (!unsentRows)
        return;
    if (m_passRunning) {
        m_passRequested = true;
        return;
    }
    const SyncState state = m_status.state();
    if (state == SyncState::Offline || state == SyncState::Stopped || state == SyncState::NeedsEnrollment)
        return; // the backoff (or a person) decides
    startPass();
}

// ---- the status -----------------------------------------------------------------------------

void SyncEngine::setState(SyncState state)
{
    m_status.setState(state);
    m_status.refresh();
    emitStatus();
}

void SyncEngine::emitStatus()
{
    Q_EMIT statusChanged(m_status.status());
}

} // namespace comptoir
