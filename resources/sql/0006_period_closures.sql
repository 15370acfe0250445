-- Comptoir local schema, version 6: monthly and yearly closures (ISCA / NF525 conditions,
-- docs/fiscal.md). Write-once, chained and signed like the day closures they sum up.

-- A closure of one calendar month (the sum of its day closures) or of one calendar year (the
-- sum of its month closures) of one register. Made AUTOMATICALLY once the period has ended and
-- all its days (months) are closed (models/periodclosing.h): no operator closes them, so
-- closed_by is always 'automatic'.
CREATE TABLE period_closures (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,                -- UUIDv7 made on the device
    register_id          TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('month', 'year')),
    period               TEXT NOT NULL,                       -- 'YYYY-MM' (month) or 'YYYY' (year)
    number               INTEGER NOT NULL CHECK (number > 0), -- gap-free per register and kind
    closed_at            TEXT NOT NULL,                       -- ISO 8601 UTC with milliseconds
    closed_by            TEXT NOT NULL DEFAULT 'automatic' CHECK (closed_by = 'automatic'), -- no operator
    first_closure_number INTEGER NOT NULL,  -- first day closure (month) or month closure (year) covered
    last_closure_number  INTEGER NOT NULL,  -- last one covered
    day_count            INTEGER NOT NULL CHECK (day_count > 0), -- day closures covered
    sale_count           INTEGER NOT NULL CHECK (sale_count >= 0),
    refund_count         INTEGER NOT NULL CHECK (refund_count >= 0),
    cancelled_count      INTEGER NOT NULL CHECK (cancelled_count >= 0),
    sales_cents          INTEGER NOT NULL,                    -- sum of the covered closures' sales
    refunds_cents        INTEGER NOT NULL,                    -- sum of their refunds (<= 0)
    total_cents          INTEGER NOT NULL,                    -- sales + refunds
    discount_cents       INTEGER NOT NULL,
    grand_total_cents    INTEGER NOT NULL,                    -- perpetual: the last covered closure's
    CHECK ((kind = 'month' AND period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
           OR (kind = 'year' AND period GLOB '[0-9][0-9][0-9][0-9]')),
    UNIQUE (register_id, kind, number),
    UNIQUE (register_id, kind, period)
);

-- Per payment method: the sums of the covered closures' counts and amounts.
CREATE TABLE period_closure_payments (
    closure_id   INTEGER NOT NULL REFERENCES period_closures(id),
    method       TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque', 'voucher')),
    count        INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (closure_id, method)
) WITHOUT ROWID;

-- Per VAT rate: the sums of the covered closures' bases and VAT.
CREATE TABLE period_closure_vat (
    closure_id  INTEGER NOT NULL REFERENCES period_closures(id),
    vat_rate_bp INTEGER NOT NULL,
    base_cents  INTEGER NOT NULL,
    vat_cents   INTEGER NOT NULL,
    PRIMARY KEY (closure_id, vat_rate_bp)
) WITHOUT ROWID;

CREATE TRIGGER period_closures_no_update BEFORE UPDATE ON period_closures
BEGIN
    SELECT RAISE(ABORT, 'period closures are write-once');
END;
CREATE TRIGGER period_closures_no_delete BEFORE DELETE ON period_closures
BEGIN
    SELECT RAISE(ABORT, 'period closures are write-once');
END;
CREATE TRIGGER period_closure_payments_no_update BEFORE UPDATE ON period_closure_payments
BEGIN
    SELECT RAISE(ABORT, 'period closures are write-once');
END;
CREATE TRIGGER period_closure_payments_no_delete BEFORE DELETE ON period_closure_payments
BEGIN
    SELECT RAISE(ABORT, 'period closures are write-once');
END;
CREATE TRIGGER period_closure_vat_no_update BEFORE UPDATE ON period_closure_vat
BEGIN
    SELECT RAISE(ABORT, 'period closures are write-once');
END;
CREATE TRIGGER period_closure_vat_no_delete BEFORE DELETE ON period_closure_vat
BEGIN
    SELECT RAISE(ABORT, 'period closures are write-once');
END;

-- Nothing joins a month once it is closed (a clock put back could otherwise add to it).
CREATE TRIGGER tickets_not_in_closed_month BEFORE INSERT ON tickets
WHEN EXISTS (SELECT 1 FROM period_closures p WHERE p.register_id = NEW.register_id AND p.kind = 'month'
             AND p.period >= substr(NEW.business_day, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'the month of this ticket is already closed');
END;
CREATE TRIGGER closures_not_in_closed_month BEFORE INSERT ON closures
WHEN EXISTS (SELECT 1 FROM period_closures p WHERE p.register_id = NEW.register_id AND p.kind = 'month'
             AND p.period >= substr(NEW.business_day, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'the month of this closure is already closed');
END;

-- The chain now also holds month and year closures: fiscal_chain is rebuilt with the wider
-- CHECK (SQLite cannot alter one), rows and write-once triggers unchanged.
CREATE TABLE fiscal_chain_v6 (
    seq           INTEGER PRIMARY KEY CHECK (seq > 0),
    register_id   TEXT NOT NULL,
    record_type   TEXT NOT NULL
                  CHECK (record_type IN ('ticket', 'closure', 'event', 'month-closure', 'year-closure')),
    record_id     INTEGER NOT NULL,
    previous_hash TEXT NOT NULL,          -- 64 hex digits; 64 zeros for the first record
    hash          TEXT NOT NULL UNIQUE,   -- 64 hex digits
    signature     TEXT NOT NULL,          -- base64 of the 64-byte Ed25519 signature of the hash
    stored_at     TEXT NOT NULL,          -- ISO 8601 UTC with milliseconds
    UNIQUE (record_type, record_id)
);
INSERT INTO fiscal_chain_v6 (seq, register_id, record_type, record_id, previous_hash, hash, signature,
                             stored_at)
SELECT seq, register_id, record_type, record_id, previous_hash, hash, signature, stored_at
FROM fiscal_chain ORDER BY seq;
DROP TABLE fiscal_chain;
ALTER TABLE fiscal_chain_v6 RENAME TO fiscal_chain;

CREATE TRIGGER fiscal_chain_no_update BEFORE UPDATE ON fiscal_chain
BEGIN
    SELECT RAISE(ABORT, 'the fiscal chain is write-once');
END;
CREATE TRIGGER fiscal_chain_no_delete BEFORE DELETE ON fiscal_chain
BEGIN
    SELECT RAISE(ABORT, 'the fiscal chain is write-once');
END;
