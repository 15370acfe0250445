-- issue 16: online orders handled in minutes (alerts, deadlines, picking, collection at the till,
-- oversell cases). docs/marketplace-api.md §9, §13 and §10.4 describe what the marketplace sends.

-- payment: paid online ('online'), or at the till when collected ('at_collection').
-- acknowledged_at: when a person at this till first saw the order (the Commandes page shown with it,
-- or it opened for picking); the alert rings again until every placed order is acknowledged. Local.
ALTER TABLE online_orders ADD COLUMN payment TEXT NOT NULL DEFAULT 'online'
    CHECK (payment IN ('online', 'at_collection'));
ALTER TABLE online_orders ADD COLUMN acknowledged_at TEXT;
-- deadline_alerted: the step (status key) whose deadline warning already rang here, so it rings once.
ALTER TABLE online_orders ADD COLUMN deadline_alerted TEXT NOT NULL DEFAULT '';

-- A line the shop could not supply (refused alone, with a reason the customer sees). The order's
-- total_cents (as the marketplace publishes it) counts only the lines not refused.
ALTER TABLE online_order_lines ADD COLUMN refused INTEGER NOT NULL DEFAULT 0 CHECK (refused IN (0, 1));
ALTER TABLE online_order_lines ADD COLUMN refusal_reason TEXT NOT NULL DEFAULT '';

-- Each step of an order as the marketplace publishes it (placed, accepted, …, with its time and who
-- took it: the till's name and the operator, empty for the marketplace's own steps). Replaced
-- whole with each order state.
CREATE TABLE online_order_steps (
    order_id INTEGER NOT NULL REFERENCES online_orders(id),
    step_no  INTEGER NOT NULL CHECK (step_no > 0),
    status   TEXT NOT NULL,
    at       TEXT NOT NULL,
    by_whom  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, step_no)
) WITHOUT ROWID;

-- Picking progress at this till (local): how many of a line were scanned, how many were counted
-- missing. Kept across restarts.
CREATE TABLE order_picks (
    order_id   INTEGER NOT NULL REFERENCES online_orders(id),
    line_no    INTEGER NOT NULL CHECK (line_no > 0),
    picked     INTEGER NOT NULL DEFAULT 0 CHECK (picked >= 0),
    missing    INTEGER NOT NULL DEFAULT 0 CHECK (missing >= 0),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;

-- An order paid at collection is sold at the till: the fiscal ticket of that sale, written in the
-- sale's transaction (the ticket itself stays untouched).
CREATE TABLE order_tickets (
    order_id  INTEGER PRIMARY KEY REFERENCES online_orders(id),
    ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id)
);

-- Oversell cases (§10.4): what opened the case (the stock change's reason and time) and how the
-- shop is handling it (contacted the customer, restocked, refused the order line), as the
-- marketplace publishes them.
ALTER TABLE oversell_cases ADD COLUMN cause TEXT NOT NULL DEFAULT '';
ALTER TABLE oversell_cases ADD COLUMN cause_at TEXT;
ALTER TABLE oversell_cases ADD COLUMN handling_action TEXT NOT NULL DEFAULT '';
ALTER TABLE oversell_cases ADD COLUMN handling_note TEXT NOT NULL DEFAULT '';
ALTER TABLE oversell_cases ADD COLUMN handled_at TEXT;
ALTER TABLE oversell_cases ADD COLUMN handled_by TEXT NOT NULL DEFAULT '';
