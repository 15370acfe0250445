-- Comptoir local schema, version 10: every row of the sales journal carries its business day
-- (issue 18, docs/closing.md). Tickets and closures had it; payments and cancelled tickets get
-- it now, written once like every other column of theirs (the write-once triggers are recreated
-- with the tables).
--
-- SQLite cannot add a NOT NULL column without a default nor a CHECK to a table, so both tables are
-- rebuilt (as fiscal_chain was in version 6) and their existing rows copied with their day:
-- - a payment takes its ticket's business_day;
-- - a cancelled ticket takes the business day it would have had when it was cancelled, as
--   openBusinessDay computes it (models/sales/businessday.h): the local date of cancelled_at,
--   unless a Z of its register made at or before that instant had closed that date or a later
--   one, in which case the day after the last day so closed. "Local" is the time zone of the
--   machine running the migration ('localtime'), which is the zone the shop's days followed
--   before the shop's time zone became a setting (it defaults to the system's at first start).
-- Nothing of the fiscal chain changes: a ticket's canonical form already holds its business day,
-- and cancelled tickets are chained through their TicketCancelled event, not their row.

CREATE TABLE ticket_payments_v10 (
    id           INTEGER PRIMARY KEY,
    ticket_id    INTEGER NOT NULL REFERENCES tickets(id),
    position     INTEGER NOT NULL CHECK (position > 0),
    method       TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque', 'voucher')),
    amount_cents INTEGER NOT NULL,                          -- negative on a refund
    reference    TEXT NOT NULL DEFAULT '',                  -- cheque number, voucher code…
    business_day TEXT NOT NULL                              -- YYYY-MM-DD, its ticket's
                 CHECK (business_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    UNIQUE (ticket_id, position)
);
INSERT INTO ticket_payments_v10 (id, ticket_id, position, method, amount_cents, reference, business_day)
SELECT p.id, p.ticket_id, p.position, p.method, p.amount_cents, p.reference,
       (SELECT t.business_day FROM tickets t WHERE t.id = p.ticket_id)
FROM ticket_payments p ORDER BY p.id;
DROP TABLE ticket_payments;
ALTER TABLE ticket_payments_v10 RENAME TO ticket_payments;
CREATE INDEX ticket_payments_day ON ticket_payments(business_day);

CREATE TRIGGER ticket_payments_no_update BEFORE UPDATE ON ticket_payments
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;
CREATE TRIGGER ticket_payments_no_delete BEFORE DELETE ON ticket_payments
BEGIN
    SELECT RAISE(ABORT, 'validated tickets are write-once');
END;
-- A payment belongs to the day of the ticket it pays, never another.
CREATE TRIGGER ticket_payments_ticket_day BEFORE INSERT ON ticket_payments
WHEN NEW.business_day IS NOT (SELECT t.business_day FROM tickets t WHERE t.id = NEW.ticket_id)
BEGIN
    SELECT RAISE(ABORT, 'a payment belongs to the business day of its ticket');
END;

CREATE TABLE cancelled_tickets_v10 (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    register_id  TEXT NOT NULL,
    operator_id  INTEGER REFERENCES operators(id),
    cancelled_at TEXT NOT NULL,
    total_cents  INTEGER NOT NULL,
    line_count   INTEGER NOT NULL,
    content      TEXT NOT NULL,             -- the cart as JSON
    business_day TEXT NOT NULL              -- YYYY-MM-DD, the day whose Z counts it
                 CHECK (business_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
INSERT INTO cancelled_tickets_v10 (id, uuid, register_id, operator_id, cancelled_at, total_cents,
                                   line_count, content, business_day)
SELECT x.id, x.uuid, x.register_id, x.operator_id, x.cancelled_at, x.total_cents, x.line_count, x.content,
       max(coalesce(date(x.cancelled_at, 'localtime'), substr(x.cancelled_at, 1, 10)),
           coalesce((SELECT date(max(c.business_day), '+1 day') FROM closures c
                     WHERE c.register_id = x.register_id AND c.kind = 'day'
                       AND c.closed_at <= x.cancelled_at), ''))
FROM cancelled_tickets x ORDER BY x.id;
DROP TABLE cancelled_tickets;
ALTER TABLE cancelled_tickets_v10 RENAME TO cancelled_tickets;
CREATE INDEX cancelled_tickets_day ON cancelled_tickets(register_id, business_day);

CREATE TRIGGER cancelled_tickets_no_update BEFORE UPDATE ON cancelled_tickets
BEGIN
    SELECT RAISE(ABORT, 'cancelled tickets are write-once');
END;
CREATE TRIGGER cancelled_tickets_no_delete BEFORE DELETE ON cancelled_tickets
BEGIN
    SELECT RAISE(ABORT, 'cancelled tickets are write-once');
END;
-- Like a ticket, a cancelled ticket never joins a day (or a month) already closed: it would be
-- counted in no Z.
CREATE TRIGGER cancelled_tickets_not_in_closed_day BEFORE INSERT ON cancelled_tickets
WHEN EXISTS (SELECT 1 FROM closures c WHERE c.register_id = NEW.register_id AND c.kind = 'day'
             AND c.business_day >= NEW.business_day)
BEGIN
    SELECT RAISE(ABORT, 'the business day of this cancelled ticket is already closed');
END;
CREATE TRIGGER cancelled_tickets_not_in_closed_month BEFORE INSERT ON cancelled_tickets
WHEN EXISTS (SELECT 1 FROM period_closures p WHERE p.register_id = NEW.register_id AND p.kind = 'month'
             AND p.period >= substr(NEW.business_day, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'the month of this cancelled ticket is already closed');
END;
