// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/result.h"
#include "sync/engine/pageapplier.h"
#include "sync/marketplacetypes.h"
#include "sync/syncstatus.h"

#include <QObject>

namespace comptoir {

class Backoff;
class Clock;
class Database;
class MarketplaceClient;
class OutboxStore;

// The pull side of a sync pass (docs/marketplace-api.md §7, §8): snapshot pages while sync_state
// asks for one, then feed pages until has_more is false; and, between passes, the long poll of
// the feed. Each page is applied by its PageApplier in one transaction with its cursor. A page
// too large for this till (MarketplaceResponseTooLarge) makes the pages smaller (halvePageLimit).
// Counts pages and changes in the pass's report. Lives on the thread of the engine that owns it.
class SyncPuller : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 1000;
    static constexpr int MinPageLimit = 10;
    static constexpr int LongPollSeconds = 25;

    // How a long poll ended.
    enum class WaitAnswer {
        Quiet, // nothing new
        Applied, // changes applied, and the feed has no more
        Behind, // the feed has more, or the page was discarded (the cursor had moved): a pass is due
    };

    SyncPuller(Database &db, const Clock &clock, OutboxStore &outbox, MarketplaceClient &client,
               Backoff &backoff, SyncReport &report, QObject *parent = nullptr);

    void setLongPollSeconds(int seconds); // clamped to [0, MarketplaceLimits::MaxWaitSeconds]
    // Half the page size, never below MinPageLimit.
    void halvePageLimit();

    // Pulls until caught up: snapshot pages first when sync_state needs one, then the feed. Ends
    // with caughtUp() or pullFailed(), from the event loop or at once.
    void pull();

    // Asks the feed for changes, waiting up to the long poll's length; ends with waitAnswered()
    // or waitFailed(), from the event loop. Returns false, asking nothing, when sync_state needs a
    // snapshot (a pass is due); an error when sync_state cannot be read.
    Result<bool> waitForChanges();
    bool isWaiting() const { return m_waiting; }
    // The client's requests were aborted: no long poll is under way any more.
    void requestsAborted() { m_waiting = false; }

Q_SIGNALS:
    // The last page of the feed is applied (has_more false).
    void caughtUp();
    void pullFailed(const comptoir::Error &error);
    // A page changed these local tables.
    void changesApplied(const comptoir::SyncChanges &changes);
    // A long poll's answer is applied (its report counted afresh).
    void waitAnswered(comptoir::SyncPuller::WaitAnswer answer);
    void waitFailed(const comptoir::Error &error);

private:
    int pageLimit() const;
    void requestSnapshotPage(const SnapshotQuery &query);
    void onSnapshotPage(Result<SnapshotPage> page);
    void onChangesPage(qint64 since, Result<ChangesPage> page);
    void onWaitAnswered(qint64 since, Result<ChangesPage> page);
    void applied(const PageOutcome &outcome);
    void fail(const Error &error);

    Database &m_db;
    MarketplaceClient &m_client;
    Backoff &m_backoff;
    SyncReport &m_report;
    PageApplier m_applier;
    int m_pageLimit = PageSize;
    int m_longPollSeconds = LongPollSeconds;
    bool m_waiting = false;
};

} // namespace comptoir
