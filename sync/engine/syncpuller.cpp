// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/syncpuller.h"

#include "sync/client/marketplaceclient.h"
#include "sync/client/marketplaceresponses.h"
#include "sync/engine/backoff.h"
#include "sync/engine/syncstatestore.h"
#include "sync/logging.h"

#include <algorithm>

namespace comptoir {

SyncPuller::SyncPuller(Database &db, const Clock &clock, OutboxStore &outbox, MarketplaceClient &client,
                       Backoff &backoff, SyncReport &report, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_client(client),
      m_backoff(backoff),
      m_report(report),
      m_applier(db, clock, outbox)
{ }

void SyncPuller::setLongPollSeconds(int seconds)
{
    m_longPollSeconds = std::clamp(seconds, 0, MarketplaceLimits::MaxWaitSeconds);
}

void SyncPuller::halvePageLimit()
{
    m_pageLimit = std::max(MinPageLimit, m_pageLimit / 2);
}

int SyncPuller::pageLimit() const
{
    return std::min(m_pageLimit, MarketplaceLimits::MaxPageLimit);
}

void SyncPuller::fail(const Error &error)
{
    Q_EMIT pullFailed(error);
}

void SyncPuller::pull()
{
    auto stored = readSyncState(m_db);
    if (!stored)
        return fail(stored.error());
    if (stored->needsSnapshot || !stored->epoch) {
        SnapshotQuery query;
        query.limit = pageLimit();
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
    query.limit = pageLimit();
    query.waitSeconds = 0;
    m_client.changes(query, [this, since = query.since](Result<ChangesPage> page) {
        onChangesPage(since, std::move(page));
    });
}

void SyncPuller::onChangesPage(qint64 since, Result<ChangesPage> page)
{
    if (!page)
        return fail(page.error());
    auto outcome = m_applier.applyChanges(since, page.value());
    if (!outcome)
        return fail(outcome.error());
    applied(outcome.value());
    m_backoff.succeeded();
    if (page->hasMore || outcome->discarded)
        return pull();
    Q_EMIT caughtUp();
}

void SyncPuller::requestSnapshotPage(const SnapshotQuery &query)
{
    m_client.snapshot(query, [this](Result<SnapshotPage> page) { onSnapshotPage(std::move(page)); });
}

// The next page is asked for before this one is applied, so the marketplace prepares it while this
// till writes (a first sync of a big shop takes about the longer of the two, not their sum).
// Callbacks come from the event loop in the order of the requests, one page at a time; a failure
// aborts the page asked for in advance (the engine's fail: abortAll), and a restart resumes from
// the page after the last one applied (snapshot_next_page), never from one merely received.
void SyncPuller::onSnapshotPage(Result<SnapshotPage> page)
{
    if (!page)
        return fail(page.error());
    if (page->hasMore) {
        SnapshotQuery next;
        next.limit = pageLimit();
        next.pageToken = page->nextPage;
        next.epoch = page->epoch;
        next.cursor = page->cursor;
        requestSnapshotPage(next);
    }
    auto outcome = m_applier.applySnapshot(page.value());
    if (!outcome)
        return fail(outcome.error());
    m_report.snapshot = true;
    applied(outcome.value());
    m_backoff.succeeded();
    if (!page->hasMore)
        pull();
}

void SyncPuller::applied(const PageOutcome &outcome)
{
    if (outcome.discarded) {
        qCInfo(lcSync) << "page discarded: the cursor had moved";
        return;
    }
    ++m_report.pages;
    m_report.changes += outcome.applied;
    m_report.skipped += outcome.skipped;
    if (outcome.changed.any())
        Q_EMIT changesApplied(outcome.changed);
}

Result<bool> SyncPuller::waitForChanges()
{
    auto stored = readSyncState(m_db);
    if (!stored)
        return stored.error();
    if (stored->needsSnapshot || !stored->epoch)
        return false;
    ChangesQuery query;
    query.since = stored->cursor;
    query.epoch = *stored->epoch;
    query.limit = pageLimit();
    query.waitSeconds = m_longPollSeconds;
    m_waiting = true;
    m_client.changes(query, [this, since = query.since](Result<ChangesPage> page) {
        onWaitAnswered(since, std::move(page));
    });
    return true;
}

void SyncPuller::onWaitAnswered(qint64 since, Result<ChangesPage> page)
{
    m_waiting = false;
    m_report = SyncReport {}; // what a long poll brings is counted on its own
    if (!page) {
        Q_EMIT waitFailed(page.error());
        return;
    }
    auto outcome = m_applier.applyChanges(since, page.value());
    if (!outcome) {
        Q_EMIT waitFailed(outcome.error());
        return;
    }
    m_backoff.succeeded();
    if (page->changes.isEmpty() && !outcome->discarded && !page->hasMore) {
        Q_EMIT waitAnswered(WaitAnswer::Quiet);
        return;
    }
    applied(outcome.value());
    Q_EMIT waitAnswered(page->hasMore || outcome->discarded ? WaitAnswer::Behind : WaitAnswer::Applied);
}

} // namespace comptoir
