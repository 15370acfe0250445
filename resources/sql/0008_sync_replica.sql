-- Comptoir local schema, version 8: the sync engine's tables (issue 5, sync/).
-- docs/marketplace-api.md is the protocol; §7.4 (applying a page) and §18 (client obligations)
-- are what these tables serve.
--
-- 1. The outbox, as the engine uses it. Each row gets its mutation id (a UUID made on the device)
--    the first time it is pushed, committed before the request leaves, so a retried push carries
--    the same id. The push result is recorded on the row (result_*); the row is deleted, or moved
--    to sync_exceptions when it was rejected, only when a pulled page acknowledges its seq
--    (last_applied_seq >= seq). A row whose push answer was lost has no result and is pushed again.

ALTER TABLE sync_outbox ADD COLUMN mutation_id TEXT;
ALTER TABLE sync_outbox ADD COLUMN result_status TEXT
    CHECK (result_status IS NULL OR result_status IN ('applied', 'duplicate', 'rejected'));
ALTER TABLE sync_outbox ADD COLUMN result_code TEXT;
ALTER TABLE sync_outbox ADD COLUMN result_message TEXT;
ALTER TABLE sync_outbox ADD COLUMN result_field TEXT;
CREATE UNIQUE INDEX sync_outbox_by_mutation ON sync_outbox (mutation_id) WHERE mutation_id IS NOT NULL;

-- 2. Exceptions: mutations the marketplace refused (a 4xx on one mutation), parked with the
--    server's reason so the queue moves on. A person retries one (a new outbox row with the same
--    kind and payload, so a new seq and mutation id) or a manager discards it (journalled).
--    Rows are never deleted: state says what became of them.
CREATE TABLE sync_exceptions (
    id            INTEGER PRIMARY KEY,
    mutation_id   TEXT NOT NULL UNIQUE,
    seq           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    payload       TEXT NOT NULL,                          -- JSON, as it was pushed
    code          TEXT NOT NULL,                          -- the server's snake_case reason
    message       TEXT NOT NULL DEFAULT '',               -- its English sentence (logs, details)
    field         TEXT NOT NULL DEFAULT '',
    parked_at     TEXT NOT NULL,                          -- ISO 8601 UTC with milliseconds
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'retried', 'discarded')),
    resolved_at   TEXT,
    resolved_by   TEXT                                    -- operator name for retry / discard
);
CREATE INDEX sync_exceptions_open ON sync_exceptions (state, id);

-- 3. The replica of the marketplace's state. Every applied entity remembers the feed cursor of
--    the state it holds: a change whose cursor is not greater is skipped (a replayed or stale page
--    changes nothing).
CREATE TABLE sync_entity_cursors (
    kind   TEXT NOT NULL,                                 -- product, stock, order, oversell_case, conflict
    id     TEXT NOT NULL,                                 -- the entity's UUID
    cursor INTEGER NOT NULL CHECK (cursor > 0),
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

-- Marketplace-side fields of products and variants.
ALTER TABLE products ADD COLUMN marketplace_category TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN moderation_status TEXT NOT NULL DEFAULT '';
-- photos: a JSON array of SHA-256 hex strings (the product's photos, in order).
ALTER TABLE products ADD COLUMN photos TEXT NOT NULL DEFAULT '[]';
ALTER TABLE variants ADD COLUMN safety_stock INTEGER NOT NULL DEFAULT 0 CHECK (safety_stock >= 0);

-- The marketplace's stock of each variant, as last pulled. The till's own on-hand
-- (stock_on_hand) is this on_hand plus its movements the marketplace has not yet acknowledged.
CREATE TABLE stock_server_state (
    variant_id   INTEGER PRIMARY KEY REFERENCES variants(id),
    on_hand      INTEGER NOT NULL,
    reserved     INTEGER NOT NULL CHECK (reserved >= 0),
    safety_stock INTEGER NOT NULL CHECK (safety_stock >= 0),
    available    INTEGER NOT NULL,                        -- on_hand - reserved - safety_stock
    cursor       INTEGER NOT NULL CHECK (cursor > 0)
);

-- Online orders ("click & collect"), as the marketplace publishes them. Customer data is personal:
-- shown in the till, never logged. pending_status: a transition queued here and not yet
-- acknowledged (the list shows it at once).
CREATE TABLE online_orders (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    number         INTEGER NOT NULL CHECK (number > 0),
    status         TEXT NOT NULL CHECK (status IN ('placed', 'accepted', 'rejected', 'ready',
                                                   'collected', 'cancelled')),
    pending_status TEXT CHECK (pending_status IS NULL OR pending_status IN ('accepted', 'rejected',
                                                                            'ready', 'collected')),
    reason         TEXT NOT NULL DEFAULT '',
    customer_name  TEXT NOT NULL DEFAULT '',
    customer_phone TEXT NOT NULL DEFAULT '',
    total_cents    INTEGER NOT NULL,
    placed_at      TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX online_orders_by_status ON online_orders (status, number);

CREATE TABLE online_order_lines (
    order_id         INTEGER NOT NULL REFERENCES online_orders(id),
    line_no          INTEGER NOT NULL CHECK (line_no > 0),
    variant_uuid     TEXT NOT NULL,
    variant_id       INTEGER REFERENCES variants(id),     -- NULL if the variant is not known here yet
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;

-- Oversell cases (§10.4): an open case exists exactly while a variant's available is negative.
CREATE TABLE oversell_cases (
    uuid         TEXT PRIMARY KEY,
    variant_uuid TEXT NOT NULL,
    product_uuid TEXT NOT NULL,
    available    INTEGER NOT NULL,
    opened_at    TEXT NOT NULL,
    resolved     INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    resolved_at  TEXT
) WITHOUT ROWID;

-- The conflict log (DESIGN.md §3.6, §11.3): every value that lost a concurrent edit.
CREATE TABLE sync_conflicts (
    uuid         TEXT PRIMARY KEY,
    product_uuid TEXT NOT NULL,
    variant_uuid TEXT NOT NULL DEFAULT '',
    field        TEXT NOT NULL,
    kept         TEXT NOT NULL,                           -- JSON value
    lost         TEXT NOT NULL,                           -- JSON value
    kept_origin  TEXT NOT NULL,
    lost_origin  TEXT NOT NULL,
    rule         TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    version      INTEGER NOT NULL,
    mutation_id  TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_conflicts_by_time ON sync_conflicts (at);

-- The last sync error, for the status indicator and `comptoir sync --once` (one row).
ALTER TABLE sync_state ADD COLUMN last_error_code TEXT;
ALTER TABLE sync_state ADD COLUMN last_error_at TEXT;
-- The acknowledgement of the last consistent page (has_more false): the local on-hand is the
-- server's on-hand plus the movements with a seq above it (docs/marketplace-api.md §7.4).
ALTER TABLE sync_state ADD COLUMN consistent_seq INTEGER NOT NULL DEFAULT 0 CHECK (consistent_seq >= 0);

-- 4. Outbox rows are now exactly the marketplace's mutations: `kind` is the mutation kind and
--    `payload` its JSON payload (docs/marketplace-api.md §6.4). Rows queued by earlier versions
--    are rewritten in place (their seq does not change): movements to the API's field names,
--    whole tickets to `ticket_summary` (the marketplace takes no lines and no personal data).
UPDATE sync_outbox
   SET payload = json_object('movement_id', json_extract(payload, '$.id'),
                             'variant_id', json_extract(payload, '$.variant_uuid'),
                             'delta', json_extract(payload, '$.delta'),
                             'reason', json_extract(payload, '$.reason'),
                             'occurred_at', json_extract(payload, '$.occurred_at'))
 WHERE kind = 'stock_movement' AND json_extract(payload, '$.movement_id') IS NULL;

UPDATE sync_outbox
   SET kind = 'ticket_summary',
       payload = json_object('ticket_id', json_extract(payload, '$.uuid'),
                             'register_id', json_extract(payload, '$.register_id'),
                             'number', json_extract(payload, '$.number'),
                             'total_cents', json_extract(payload, '$.total_cents'),
                             'occurred_at', json_extract(payload, '$.closed_at'))
 WHERE kind = 'ticket';
