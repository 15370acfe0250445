-- Comptoir local schema, version 5: the fiscal chain (ISCA / NF525 conditions, docs/fiscal.md)
-- and the technical events journal. Both are write-once.

-- Every validated ticket, closure and technical event, in the order they were stored, with the
-- hash of the record before it and the register's Ed25519 signature. One chain per register;
-- seq is gap-free. hash = SHA-256(previous hash ‖ canonical serialisation of the record).
CREATE TABLE fiscal_chain (
    seq           INTEGER PRIMARY KEY CHECK (seq > 0),
    register_id   TEXT NOT NULL,
    record_type   TEXT NOT NULL CHECK (record_type IN ('ticket', 'closure', 'event')),
    record_id     INTEGER NOT NULL,
    previous_hash TEXT NOT NULL,          -- 64 hex digits; 64 zeros for the first record
    hash          TEXT NOT NULL UNIQUE,   -- 64 hex digits
    signature     TEXT NOT NULL,          -- base64 of the 64-byte Ed25519 signature of the hash
    stored_at     TEXT NOT NULL,          -- ISO 8601 UTC with milliseconds
    UNIQUE (record_type, record_id)
);

CREATE TRIGGER fiscal_chain_no_update BEFORE UPDATE ON fiscal_chain
BEGIN
    SELECT RAISE(ABORT, 'the fiscal chain is write-once');
END;
CREATE TRIGGER fiscal_chain_no_delete BEFORE DELETE ON fiscal_chain
BEGIN
    SELECT RAISE(ABORT, 'the fiscal chain is write-once');
END;

-- The technical events journal: start, stop, login, failed login, ticket cancelled in progress,
-- VAT rate change, closure, export, archive, restore, clock moved back or jumped, sync error,
-- signing key created…
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    register_id TEXT NOT NULL,
    kind        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,           -- ISO 8601 UTC with milliseconds
    operator_id INTEGER REFERENCES operators(id),
    detail      TEXT NOT NULL DEFAULT '{}' -- JSON object, no personal data, no secrets
);
CREATE INDEX events_kind ON events(kind, occurred_at);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'the events journal is write-once');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'the events journal is write-once');
END;
