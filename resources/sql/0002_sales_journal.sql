-- Comptoir local schema, version 2: operators (cashiers), the sales journal (tickets, their
-- lines and payments: write-once), parked tickets, cancelled tickets and the sync outbox.

CREATE TABLE operators (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    role       TEXT NOT NULL CHECK (role IN ('cashier', 'manager')),
    pin_hash   TEXT NOT NULL,          -- "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>"
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

-- A validated ticket: a sale or a refund. Write-once, like its lines and payments.
CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,              -- UUIDv7 made on the device
    register_id        TEXT NOT NULL,
    number             INTEGER NOT NULL CHECK (number > 0), -- gap-free per register
    kind               TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    original_ticket_id INTEGER REFERENCES tickets(id),    -- refunds only
    operator_id        INTEGER NOT NULL REFERENCES operators(id),
    operator_name      TEXT NOT NULL,                     -- as printed, even if renamed later
    business_day       TEXT NOT NULL,                     -- YYYY-MM-DD, the day it is closed in
    closed_at          TEXT NOT NULL,                     -- ISO 8601 UTC with milliseconds
    total_cents        INTEGER NOT NULL,                  -- VAT included, after discounts
    discount_cents     INTEGER NOT NULL DEFAULT 0,        -- ticket-level discount
    discount_percent_bp INTEGER NOT NULL DEFAULT 0,       -- the ticket discount as typed, if a percentage
    tendered_cents     INTEGER NOT NULL DEFAULT 0,        -- cash handed over
    change_cents       INTEGER NOT NULL DEFAULT 0 CHECK (change_cents >= 0),
    UNIQUE (register_id, number),
    CHECK ((kind = 'refund') = (original_ticket_id IS NOT NULL))
);
CREATE INDEX tickets_day ON tickets(business_day);
CREATE INDEX tickets_original ON tickets(original_ticket_id);

CREATE TABLE ticket_lines (
    id                INTEGER PRIMARY KEY,
    ticket_id         INTEGER NOT NULL REFERENCES tickets(id),
    position          INTEGER NOT NULL CHECK (position > 0),
    variant_id        INTEGER REFERENCES variants(id),     -- NULL for a free-price line
    label             TEXT NOT NULL,
    quantity          INTEGER NOT NULL CHECK (quantity <> 0), -- negative on a refund
    unit_price_cents  INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    vat_rate_bp       INTEGER NOT NULL CHECK (vat_rate_bp IN (2000, 1000, 550, 210)),
    discount_cents    INTEGER NOT NULL DEFAULT 0,          -- line discount, same sign as the line
    discount_percent_bp INTEGER NOT NULL DEFAULT 0,        -- the line discount as typed, if a percentage
    ticket_discount_cents INTEGER NOT NULL DEFAULT 0,      -- this line's share of the ticket discount
    total_cents       INTEGER NOT NULL,                    -- quantity × unit price − discounts
    original_line_id  INTEGER REFERENCES ticket_lines(id), -- refunds: the line refunded
    UNIQUE (ticket_id, position)
);
CREATE INDEX ticket_lines_original ON ticket_lines(original_line_id);

CREATE TABLE ticket_payments (
    id           INTEGER PRIMARY KEY,
    ticket_id    INTEGER NOT NULL REFERENCES tickets(id),
    position     INTEGER NOT NULL CHECK (position > 0),
    method       TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque', 'voucher')),
    amount_cents INTEGER NOT NULL,                          -- negative on a refund
    reference    TEXT NOT NULL DEFAULT '',                  -- cheque number, voucher code…
    UNIQUE (ticket_id, position)
);

-- VAT per rate, as computed and printed on the ticket.
CREATE TABLE ticket_vat (
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id),
    vat_rate_bp INTEGER NOT NULL,
    base_cents  INTEGER NOT NULL,   -- excluding VAT
    vat_cents   INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, vat_rate_bp)
) WITHOUT ROWID;

CREATE TRIGGER tickets_no_update BEFORE UPDATE ON tickets
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;

CREATE TRIGGER tickets_no_delete BEFORE DELETE ON tickets
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;

CREATE TRIGGER ticket_lines_no_update BEFORE UPDATE ON ticket_lines
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;

CREATE TRIGGER ticket_lines_no_delete BEFORE DELETE ON ticket_lines
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;

CREATE TRIGGER ticket_payments_no_update BEFORE UPDATE ON ticket_payments
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;

CREATE TRIGGER ticket_payments_no_delete BEFORE DELETE ON ticket_payments
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;

CREATE TRIGGER ticket_vat_no_update BEFORE UPDATE ON ticket_vat
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;

CREATE TRIGGER ticket_vat_no_delete BEFORE DELETE ON ticket_vat
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;

-- A ticket in progress that the cashier set aside. Not fiscal: deleted when resumed.
CREATE TABLE parked_tickets (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL DEFAULT '',
    operator_id INTEGER REFERENCES operators(id),
    parked_at   TEXT NOT NULL,
    content     TEXT NOT NULL             -- the cart as JSON
);

-- A ticket in progress that was cancelled: recorded, never deleted.
CREATE TABLE cancelled_tickets (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    register_id TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators(id),
    cancelled_at TEXT NOT NULL,
    total_cents INTEGER NOT NULL,
    line_count  INTEGER NOT NULL,
    content     TEXT NOT NULL              -- the cart as JSON
);

CREATE TRIGGER cancelled_tickets_no_update BEFORE UPDATE ON cancelled_tickets
BEGIN
    SELECT RAISE(ABORT, 'cancelled tickets are write-once');
END;

CREATE TRIGGER cancelled_tickets_no_delete BEFORE DELETE ON cancelled_tickets
BEGIN
    SELECT RAISE(ABORT, 'cancelled tickets are write-once');
END;

-- The sync outbox: one row per change to push, written in the same transaction as the change.
-- Rows are deleted only when the marketplace acknowledges them (issue 5).
CREATE TABLE sync_outbox (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,            -- 'stock_movement', 'ticket', …
    entity_id  TEXT NOT NULL,            -- the movement's or ticket's UUID
    payload    TEXT NOT NULL,            -- JSON
    created_at TEXT NOT NULL
);
