// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/pageapplier.h"

#include "models/clock.h"
#include "models/storage/database.h"
#include "sync/engine/outboxstore.h"
#include "sync/engine/replicawriter.h"
#include "sync/enrolment/enrollment.h"
#include "sync/logging.h"

#include <QSqlQuery>

namespace comptoir {

namespace {

struct StoredState
{
    std::optional<qint64> epoch;
    qint64 cursor = 0;
    bool needsSnapshot = true;
    std::optional<qint64> snapshotEpoch; // snapshot_id holds the epoch of the snapshot under way
    std::optional<qint64> snapshotCursor;
};

Result<StoredState> readState(const Database &db)
{
    auto q = db.query(QStringLiteral("SELECT epoch, cursor, needs_snapshot, snapshot_id, snapshot_cursor "
                                     "FROM sync_state WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, QStringLiteral("sync_state"),
                         QStringLiteral("no row"));
    const QSqlQuery &row = q.value();
    StoredState state;
    if (!row.value(0).isNull())
        state.epoch = row.value(0).toLongLong();
    state.cursor = row.value(1).toLongLong();
    state.needsSnapshot = row.value(2).toInt() != 0;
    bool ok = false;
    const qint64 snapshotEpoch = row.value(3).toString().toLongLong(&ok);
    if (ok && !row.value(4).isNull()) {
        state.snapshotEpoch = snapshotEpoch;
        state.snapshotCursor = row.value(4).toLongLong();
    }
    return state;
}

// The page must be about the shop this till is enrolled with.
Status checkShop(const Database &db, const QString &shopId)
{
    auto enrolled = db.meta(QString::fromLatin1(Enrollment::MetaShopId));
    if (!enrolled)
        return enrolled.error();
    if (enrolled->isEmpty())
        return makeError(ErrorCode::NotEnrolled);
    if (*enrolled != shopId)
        return makeError(ErrorCode::MarketplaceWrongShop, shopId);
    return {};
}

// Products first: a stock state, an order line or an oversell case of the page may name a variant
// that only the page's product states bring (the feed is compacted, so a product edited after its
// stock changed comes later in cursor order).
Status applyAll(ReplicaWriter &writer, const QList<Change> &changes, bool unconditional, PageOutcome &outcome)
{
    if (Status s = writer.loadPending(); !s)
        return s;
    if (Status s = writer.deferSearchIndex(); !s)
        return s;
    for (const bool products : {true, false}) {
        for (const Change &change : changes) {
            if ((change.kind == ChangeKind::Product) != products)
                continue;
            auto applied = writer.apply(change, unconditional);
            if (!applied)
                return applied.error();
            if (*applied == ReplicaWriter::Outcome::Applied)
                ++outcome.applied;
            else
                ++outcome.skipped;
        }
    }
    if (Status s = writer.updateSearchIndex(); !s)
        return s;
    outcome.changed = writer.changed();
    return {};
}

} // namespace

PageApplier::PageApplier(Database &db, const Clock &clock, OutboxStore &outbox)
    : m_db(db), m_clock(clock), m_outbox(outbox)
{ }

Result<PageOutcome> PageApplier::applyChanges(qint64 since, const ChangesPage &page)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = checkShop(m_db, page.shopId); !s)
        return s.error();
    auto state = readState(m_db);
    if (!state)
        return state.error();
    if (state->needsSnapshot || state->epoch != page.epoch)
        return makeError(ErrorCode::MarketplaceEpochChanged, QString::number(page.epoch),
                         QStringLiteral("feed page of another epoch, or a snapshot is needed"));
    PageOutcome outcome;
    if (state->cursor != since || page.nextCursor < since) {
        // Another pull got there first: cursors only move forward.
        outcome.discarded = true;
        return outcome;
    }

    ReplicaWriter writer(m_db, m_clock, page.lastAppliedSeq);
    if (Status s = applyAll(writer, page.changes, false, outcome); !s)
        return s.error();
    auto parked = m_outbox.acknowledge(page.lastAppliedSeq);
    if (!parked)
        return parked.error();
    outcome.parked = *parked;
    outcome.changed.exceptions = *parked > 0;

    if (Status s
        = m_db.exec(QStringLiteral("UPDATE sync_state SET cursor = ?, "
                                   "consistent_seq = CASE WHEN ? THEN ? ELSE consistent_seq END, "
                                   "last_applied_seq = max(last_applied_seq, ?), last_success_at = ?, "
                                   "last_error_code = NULL, last_error_at = NULL WHERE id = 1"),
                    {page.nextCursor, page.hasMore ? 0 : 1, page.lastAppliedSeq, page.lastAppliedSeq,
                     m_clock.now().toUTC().toString(Qt::ISODateWithMs)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCDebug(lcSync) << "feed page applied: cursor" << since << "->" << page.nextCursor << "applied"
                    << outcome.applied << "skipped" << outcome.skipped;
    return outcome;
}

Result<PageOutcome> PageApplier::applySnapshot(const SnapshotPage &page)
{
    // A snapshot page is written without waiting for the disk at its commit (synchronous=NORMAL,
    // WAL: still atomic, and durable against a crash of the program; a power cut may lose the
    // last pages, which are then asked for again with their cursor and acknowledgement, as after
    // a restart). A first sync commits hundreds of pages; every other write keeps FULL.
    if (m_db.transactionDepth() == 0) {
        if (Status s = m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
            return s.error();
    }
    auto applied = applySnapshotPage(page);
    if (m_db.transactionDepth() == 0) {
        if (Status s = m_db.exec(QStringLiteral("PRAGMA synchronous = FULL")); !s)
            return s.error();
    }
    return applied;
}

Result<PageOutcome> PageApplier::applySnapshotPage(const SnapshotPage &page)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = checkShop(m_db, page.shopId); !s)
        return s.error();
    auto state = readState(m_db);
    if (!state)
        return state.error();

    const bool continuing = state->snapshotEpoch == page.epoch && state->snapshotCursor == page.cursor;
    if (!continuing) {
        // A first page. Any page not matching the snapshot under way starts a new one: the client
        // checks that continuing pages keep their first page's epoch and cursor, so a different
        // page is the first page of a snapshot started again (after a 410, a restart…). Re-applying
        // is harmless (full states); cursors held from an earlier snapshot or epoch are not
        // comparable with the new ones and are forgotten.
        if (state->snapshotCursor)
            qCInfo(lcSync) << "snapshot started again at cursor" << page.cursor;
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM sync_entity_cursors")); !s)
            return s.error();
        const QString unplaced = QString::fromLatin1(ReplicaWriter::UnplacedStockPrefix);
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM meta WHERE substr(key, 1, ?) = ?"),
                                 {unplaced.size(), unplaced});
            !s)
            return s.error();
        if (Status s = m_db.exec(QStringLiteral("UPDATE sync_state SET needs_snapshot = 1, snapshot_id = ?, "
                                                "snapshot_cursor = ? WHERE id = 1"),
                                 {QString::number(page.epoch), page.cursor});
            !s)
            return s.error();
    }

    PageOutcome outcome;
    ReplicaWriter writer(m_db, m_clock, page.lastAppliedSeq);
    if (Status s = applyAll(writer, page.items, true, outcome); !s)
        return s.error();
    auto parked = m_outbox.acknowledge(page.lastAppliedSeq);
    if (!parked)
        return parked.error();
    outcome.parked = *parked;
    outcome.changed.exceptions = *parked > 0;

    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    if (page.hasMore) {
        if (Status s
            = m_db.exec(QStringLiteral("UPDATE sync_state SET snapshot_next_page = ?, "
                                       "last_applied_seq = max(last_applied_seq, ?), last_success_at = ?, "
                                       "last_error_code = NULL, last_error_at = NULL WHERE id = 1"),
                        {page.nextPage, page.lastAppliedSeq, now});
            !s)
            return s.error();
    } else {
        // The cursor is set while needs_snapshot is still 1: a snapshot may put it below the one
        // held in the same epoch (a server restored without an epoch bump, §7.5 cursor_ahead).
        if (Status s
            = m_db.exec(QStringLiteral("UPDATE sync_state SET epoch = ?, cursor = ?, consistent_seq = ?, "
                                       "last_applied_seq = max(last_applied_seq, ?), last_success_at = ?, "
                                       "last_error_code = NULL, last_error_at = NULL WHERE id = 1"),
                        {page.epoch, page.cursor, page.lastAppliedSeq, page.lastAppliedSeq, now});
            !s)
            return s.error();
        if (Status s
            = m_db.exec(QStringLiteral("UPDATE sync_state SET needs_snapshot = 0, snapshot_id = NULL, "
                                       "snapshot_cursor = NULL, snapshot_next_page = NULL WHERE id = 1"));
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCDebug(lcSync) << "snapshot page applied at cursor" << page.cursor << "items" << page.items.size()
                    << (page.hasMore ? "more to come" : "complete");
    return outcome;
}

} // namespace comptoir
