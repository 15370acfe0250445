-- Comptoir local schema, version 7: the marketplace sync state (issue 5, sync/).
--
-- 1. Numbering the outbox. The marketplace applies a device's mutations in `seq` order, at most
--    once, and answers "duplicate" for any seq at or below the last one it applied
--    (docs/marketplace-api.md, push). sync_outbox.id cannot serve as that seq: rows are deleted
--    once acknowledged, and SQLite gives a plain INTEGER PRIMARY KEY the highest id + 1, so after
--    the outbox has been emptied the ids start again from 1 — the server would take the new
--    mutations for duplicates and silently drop them. So each row gets a `seq` from a counter that
--    never goes down (sync_state.last_queued_seq), assigned by a trigger in the very statement that
--    queues the row: the counter and the row commit or roll back together, so seqs are gap-free
--    (a rolled-back sale leaves no hole the server would wait for) and the code that queues rows
--    (SaleJournal::queue, …) does not change. A seq cannot be chosen by the caller nor changed.
--    Rows already queued before this version are numbered 1, 2, … in id order.
--
-- 2. sync_state: one row. `epoch` and `cursor` are where this till is in the marketplace's change
--    feed (NULL epoch: never synced); `needs_snapshot` is set on enrollment and when the epoch
--    changes; while a paged first sync is under way, snapshot_id / snapshot_cursor /
--    snapshot_next_page let it resume after a restart. `last_applied_seq` is the marketplace's
--    acknowledgement: outbox rows with seq <= it are deleted in the same transaction that stores
--    it. The cursor only moves forward within an epoch, except when a new snapshot is started.
--
-- The device token is NOT here: it lives only in the keychain (SecretStore, key
-- "marketplace-token/<device_id>"). The marketplace address, shop and device ids are in meta
-- (sync/enrollment.h).

ALTER TABLE sync_outbox ADD COLUMN seq INTEGER CHECK (seq IS NULL OR seq > 0);

UPDATE sync_outbox SET seq = (SELECT count(*) FROM sync_outbox AS earlier WHERE earlier.id <= sync_outbox.id);

CREATE UNIQUE INDEX sync_outbox_by_seq ON sync_outbox (seq);

CREATE TABLE sync_state (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    epoch              INTEGER CHECK (epoch IS NULL OR epoch >= 0),
    cursor             INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
    needs_snapshot     INTEGER NOT NULL DEFAULT 1 CHECK (needs_snapshot IN (0, 1)),
    snapshot_id        TEXT,
    snapshot_cursor    INTEGER CHECK (snapshot_cursor IS NULL OR snapshot_cursor >= 0),
    snapshot_next_page TEXT,
    last_applied_seq   INTEGER NOT NULL DEFAULT 0 CHECK (last_applied_seq >= 0),
    last_queued_seq    INTEGER NOT NULL DEFAULT 0 CHECK (last_queued_seq >= 0),
    last_success_at    TEXT                                     -- ISO 8601 UTC with milliseconds
);

INSERT INTO sync_state (id, last_queued_seq) VALUES (1, (SELECT count(*) FROM sync_outbox));

CREATE TRIGGER sync_outbox_seq_not_chosen BEFORE INSERT ON sync_outbox
WHEN NEW.seq IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'sync_outbox.seq is assigned by the database');
END;

CREATE TRIGGER sync_outbox_seq_assign AFTER INSERT ON sync_outbox
BEGIN
    UPDATE sync_state SET last_queued_seq = last_queued_seq + 1 WHERE id = 1;
    UPDATE sync_outbox SET seq = (SELECT last_queued_seq FROM sync_state WHERE id = 1) WHERE id = NEW.id;
END;

CREATE TRIGGER sync_outbox_seq_frozen BEFORE UPDATE OF seq ON sync_outbox
WHEN OLD.seq IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'sync_outbox.seq cannot change');
END;

CREATE TRIGGER sync_state_counter_forward BEFORE UPDATE OF last_queued_seq ON sync_state
WHEN NEW.last_queued_seq < OLD.last_queued_seq
BEGIN
    SELECT RAISE(ABORT, 'sync_state.last_queued_seq cannot go down');
END;

CREATE TRIGGER sync_state_cursor_forward BEFORE UPDATE OF cursor ON sync_state
WHEN NEW.cursor < OLD.cursor AND NEW.epoch IS OLD.epoch AND NEW.needs_snapshot = 0
BEGIN
    SELECT RAISE(ABORT, 'sync_state.cursor cannot move backwards');
END;

CREATE TRIGGER sync_state_kept BEFORE DELETE ON sync_state
BEGIN
    SELECT RAISE(ABORT, 'sync_state is never deleted');
END;
