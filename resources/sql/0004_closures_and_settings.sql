-- Comptoir local schema, version 4: the day's closing (Z report) and the receipt print log.
-- Both are write-once, like the tickets they sum up or print.

-- A closure of one business day of one register (the Z report), with the totals it printed.
-- Tickets belong to the closure of their business_day. Once a day is closed, the next sale
-- belongs to the next day (models/businessday.h).
CREATE TABLE closures (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,               -- UUIDv7 made on the device
    register_id         TEXT NOT NULL,
    kind                TEXT NOT NULL DEFAULT 'day' CHECK (kind IN ('day')),
    number              INTEGER NOT NULL CHECK (number > 0), -- gap-free per register and kind
    business_day        TEXT NOT NULL,                      -- YYYY-MM-DD
    closed_at           TEXT NOT NULL,                      -- ISO 8601 UTC with milliseconds
    operator_id         INTEGER NOT NULL REFERENCES operators(id),
    operator_name       TEXT NOT NULL,
    first_ticket_number INTEGER,                            -- NULL when the day had no ticket
    last_ticket_number  INTEGER,
    sale_count          INTEGER NOT NULL CHECK (sale_count >= 0),
    refund_count        INTEGER NOT NULL CHECK (refund_count >= 0),
    cancelled_count     INTEGER NOT NULL CHECK (cancelled_count >= 0), -- tickets cancelled in progress
    sales_cents         INTEGER NOT NULL,                   -- sum of sale totals (>= 0)
    refunds_cents       INTEGER NOT NULL,                   -- sum of refund totals (<= 0)
    total_cents         INTEGER NOT NULL,                   -- sales + refunds
    discount_cents      INTEGER NOT NULL,                   -- all discounts given (line + ticket)
    cash_float_cents    INTEGER NOT NULL,                   -- the float in the drawer at opening
    cash_expected_cents INTEGER NOT NULL,                   -- float + cash taken − cash given back
    cash_counted_cents  INTEGER NOT NULL,                   -- what the manager counted
    grand_total_cents   INTEGER NOT NULL,                   -- perpetual: every closure's total so far
    UNIQUE (register_id, kind, number),
    UNIQUE (register_id, kind, business_day)
);

-- Per payment method: how many payments and their sum (refunds negative).
CREATE TABLE closure_payments (
    closure_id   INTEGER NOT NULL REFERENCES closures(id),
    method       TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque', 'voucher')),
    count        INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (closure_id, method)
) WITHOUT ROWID;

-- Per VAT rate: base excluding VAT, VAT and total including VAT (refunds negative).
CREATE TABLE closure_vat (
    closure_id  INTEGER NOT NULL REFERENCES closures(id),
    vat_rate_bp INTEGER NOT NULL,
    base_cents  INTEGER NOT NULL,
    vat_cents   INTEGER NOT NULL,
    PRIMARY KEY (closure_id, vat_rate_bp)
) WITHOUT ROWID;

CREATE TRIGGER closures_no_update BEFORE UPDATE ON closures
BEGIN
    SELECT RAISE(ABORT, 'closures are write-once');
END;
CREATE TRIGGER closures_no_delete BEFORE DELETE ON closures
BEGIN
    SELECT RAISE(ABORT, 'closures are write-once');
END;
CREATE TRIGGER closure_payments_no_update BEFORE UPDATE ON closure_payments
BEGIN
    SELECT RAISE(ABORT, 'closures are write-once');
END;
CREATE TRIGGER closure_payments_no_delete BEFORE DELETE ON closure_payments
BEGIN
    SELECT RAISE(ABORT, 'closures are write-once');
END;
CREATE TRIGGER closure_vat_no_update BEFORE UPDATE ON closure_vat
BEGIN
    SELECT RAISE(ABORT, 'closures are write-once');
END;
CREATE TRIGGER closure_vat_no_delete BEFORE DELETE ON closure_vat
BEGIN
    SELECT RAISE(ABORT, 'closures are write-once');
END;

-- A sale closed in a day that is already closed is a bug: refuse it at the storage level too.
CREATE TRIGGER tickets_not_in_closed_day BEFORE INSERT ON tickets
WHEN EXISTS (SELECT 1 FROM closures c WHERE c.register_id = NEW.register_id AND c.kind = 'day'
             AND c.business_day >= NEW.business_day)
BEGIN
    SELECT RAISE(ABORT, 'the business day of this ticket is already closed');
END;

-- Every paper (or PDF) copy of a ticket's receipt: the first is the ORIGINAL (duplicate_number
-- 0), the next ones are DUPLICATA 1, 2… Written when the printer took the receipt.
CREATE TABLE receipt_prints (
    id               INTEGER PRIMARY KEY,
    ticket_id        INTEGER NOT NULL REFERENCES tickets(id),
    duplicate_number INTEGER NOT NULL CHECK (duplicate_number >= 0),
    printed_at       TEXT NOT NULL,
    operator_id      INTEGER REFERENCES operators(id),
    UNIQUE (ticket_id, duplicate_number)
);

CREATE TRIGGER receipt_prints_no_update BEFORE UPDATE ON receipt_prints
BEGIN
    SELECT RAISE(ABORT, 'the receipt print log is write-once');
END;
CREATE TRIGGER receipt_prints_no_delete BEFORE DELETE ON receipt_prints
BEGIN
    SELECT RAISE(ABORT, 'the receipt print log is write-once');
END;
