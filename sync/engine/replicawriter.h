// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/engine/orderreplicawriter.h"
#include "sync/engine/productreplicawriter.h"
#include "sync/engine/replicasearchindex.h"
#include "sync/engine/stockreplicawriter.h"
#include "sync/marketplacetypes.h"
#include "sync/syncstatus.h"

#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;

// Writes pulled entity states into the local replica (docs/marketplace-api.md §7.4 step 3, §8,
// §9–§13) for PageApplier, inside the transaction PageApplier holds. One writer per page: it reads
// once what this till has queued and the marketplace has not yet acknowledged (outbox rows with
// seq > the page's last_applied_seq) and keeps it on top of the server's states:
//   - product fields named by pending product_upsert / product_archive / photo_link rows are not
//     overwritten (§18: "the state that follows their acknowledgement settles them");
//   - the local on-hand of a variant is the server's on_hand plus its pending stock_movement rows
//     in seq order (a count resets to its counted_quantity, later deltas add).
// This class keeps each entity's cursor (sync_entity_cursors) and hands each state to its part:
// ProductReplicaWriter (products, variants, conflict log entries), StockReplicaWriter (stock
// states, oversell cases), OrderReplicaWriter (online orders); ReplicaSearchIndex keeps the
// catalogue's search index.
//
// A stock state for a variant not known here (its product comes in a later page: the feed is
// compacted, so a product changed after its stock sits at a higher cursor) cannot go into
// stock_server_state (a foreign key on variants). It is not lost: its cursor is stored like any
// other and the state is kept in the meta table under UnplacedStockPrefix + variant uuid, then
// applied when the product state creates the variant. apply() reports it as Deferred.
class ReplicaWriter
{
public:
    enum class Outcome { Applied, Skipped, Deferred };

    static constexpr const char *UnplacedStockPrefix = StockReplicaWriter::UnplacedStockPrefix;

    ReplicaWriter(Database &db, const Clock &clock, qint64 lastAppliedSeq);
    // Its parts hold references to its members.
    ReplicaWriter(const ReplicaWriter &) = delete;
    ReplicaWriter &operator=(const ReplicaWriter &) = delete;

    // Reads the pending outbox rows (once, before any apply()).
    Status loadPending();
    // Applies one change as a full state. A feed change whose cursor is not greater than the one
    // stored for its entity is Skipped; `unconditional` (snapshot items) replaces it regardless.
    Result<Outcome> apply(const Change &change, bool unconditional);

    const SyncChanges &changed() const { return m_changed; }

    // The catalogue's search index, kept once per page instead of once per row (ReplicaSearchIndex):
    // deferSearchIndex() before the first apply(), updateSearchIndex() after the last one.
    Status deferSearchIndex();
    Status updateSearchIndex();

private:
    Result<std::optional<qint64>> storedCursor(const QString &kind, const QString &id) const;
    Status storeCursor(const QString &kind, const QString &id, qint64 cursor);

    Database &m_db;
    const qint64 m_lastAppliedSeq;
    SyncChanges m_changed;
    StockReplicaWriter m_stock;
    OrderReplicaWriter m_orders;
    ReplicaSearchIndex m_search;
    ProductReplicaWriter m_products;
};

} // namespace comptoir
