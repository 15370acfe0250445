// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"
#include "sync/syncstatus.h"

namespace comptoir {

class Clock;
class Database;
class OutboxStore;

struct PageOutcome
{
    bool discarded = false; // the stored cursor was not the page's `since`: nothing applied
    int applied = 0;
    int skipped = 0; // not newer than the state held (replay)
    int parked = 0; // outbox rows moved to exceptions by this page's acknowledgement
    SyncChanges changed;
};

// Applies pulled pages to the local replica (docs/marketplace-api.md §7.4, §8, §9–§13), each page
// in ONE transaction together with its cursor and the outbox acknowledgement: on any error nothing
// of the page remains and the cursor is unmoved. The caller (SyncEngine) has already validated the
// shape (MarketplaceClient); this checks shop, epoch and cursor against the stored sync_state.
class PageApplier
{
public:
    PageApplier(Database &db, const Clock &clock, OutboxStore &outbox);

    // A feed page asked with `since`: compare-and-set sync_state.cursor (since → nextCursor);
    // epoch must equal the stored epoch (a different one is MarketplaceEpochChanged: the caller
    // resnapshots). Sets consistent_seq when !page.hasMore, last_success_at always.
    Result<PageOutcome> applyChanges(qint64 since, const ChangesPage &page);
    // A snapshot page. The first page (no snapshot under way) records snapshot_cursor and the
    // epoch; continuing pages must match them; the last page (!hasMore) sets epoch, cursor =
    // snapshot cursor, needs_snapshot = 0 and clears the snapshot columns. Entities held locally
    // but absent from a complete snapshot are left as they are (tombstones come as archived states).
    Result<PageOutcome> applySnapshot(const SnapshotPage &page);

private:
    Result<PageOutcome> applySnapshotPage(const SnapshotPage &page);

    Database &m_db;
    const Clock &m_clock;
    OutboxStore &m_outbox;
};

} // namespace comptoir
