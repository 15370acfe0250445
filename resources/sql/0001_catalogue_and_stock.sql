-- Comptoir local schema, version 1: the catalogue, the stock ledger and the search index.
-- Applied by Migrator in one transaction. Statements end with ';' at the end of a line;
-- a CREATE TRIGGER runs until its 'END;' line.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE products (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    brand              TEXT NOT NULL DEFAULT '',
    category_id        INTEGER REFERENCES categories(id),
    vat_rate_bp        INTEGER NOT NULL CHECK (vat_rate_bp IN (2000, 1000, 550, 210)),
    description        TEXT NOT NULL DEFAULT '',
    online_title       TEXT NOT NULL DEFAULT '',
    online_description TEXT NOT NULL DEFAULT '',
    visible_online     INTEGER NOT NULL DEFAULT 0 CHECK (visible_online IN (0, 1)),
    archived           INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    server_version     INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX products_category ON products(category_id);

CREATE TABLE variants (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    product_id          INTEGER NOT NULL REFERENCES products(id),
    label               TEXT NOT NULL DEFAULT '',
    reference           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(reference)) > 0),
    price_cents         INTEGER NOT NULL CHECK (price_cents >= 0),
    cost_cents          INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),
    low_stock_threshold INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_threshold >= 0),
    archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    -- Accent- and case-folded "product name + label", written by the code, for ordering.
    sort_key            TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX variants_product ON variants(product_id);
CREATE INDEX variants_sort ON variants(sort_key, id);

CREATE TABLE barcodes (
    code       TEXT PRIMARY KEY,
    variant_id INTEGER NOT NULL REFERENCES variants(id)
) WITHOUT ROWID;
CREATE INDEX barcodes_variant ON barcodes(variant_id);

-- The stock ledger: append-only. On-hand is cached in stock_on_hand, written in the
-- same transaction as each movement.
CREATE TABLE stock_movements (
    id               TEXT PRIMARY KEY,            -- UUIDv7 made on the device
    variant_id       INTEGER NOT NULL REFERENCES variants(id),
    delta            INTEGER NOT NULL,
    counted_quantity INTEGER,                     -- set for reason 'count' only
    reason           TEXT NOT NULL CHECK (reason IN ('sale', 'return', 'receipt', 'adjustment', 'count',
                                                     'online_reserve', 'online_commit', 'online_release')),
    note             TEXT NOT NULL DEFAULT '',
    occurred_at      TEXT NOT NULL,               -- ISO 8601 UTC with milliseconds
    device_id        TEXT NOT NULL,
    device_seq       INTEGER NOT NULL CHECK (device_seq > 0),
    origin           TEXT NOT NULL DEFAULT 'local',
    UNIQUE (device_id, device_seq),
    CHECK ((reason = 'count') = (counted_quantity IS NOT NULL))
) WITHOUT ROWID;
CREATE INDEX stock_movements_variant ON stock_movements(variant_id, occurred_at);

CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock_movements is append-only');
END;

CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock_movements is append-only');
END;

CREATE TABLE stock_on_hand (
    variant_id INTEGER PRIMARY KEY REFERENCES variants(id),
    quantity   INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER variants_on_hand_row AFTER INSERT ON variants
BEGIN
    INSERT INTO stock_on_hand (variant_id, quantity) VALUES (NEW.id, 0);
END;

CREATE TRIGGER stock_movements_apply AFTER INSERT ON stock_movements
BEGIN
    UPDATE stock_on_hand
       SET quantity = CASE WHEN NEW.reason = 'count' THEN NEW.counted_quantity
                           ELSE quantity + NEW.delta END
     WHERE variant_id = NEW.variant_id;
END;

-- Full-text search over one document per variant (rowid = variants.id).
CREATE VIRTUAL TABLE catalogue_search USING fts5(
    name, brand, category, label, codes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER search_variant_insert AFTER INSERT ON variants
BEGIN
    INSERT INTO catalogue_search (rowid, name, brand, category, label, codes)
    SELECT NEW.id, p.name, p.brand, coalesce(c.name, ''), NEW.label, NEW.reference
      FROM products p LEFT JOIN categories c ON c.id = p.category_id
     WHERE p.id = NEW.product_id;
END;

CREATE TRIGGER search_variant_update AFTER UPDATE OF label, reference, product_id ON variants
BEGIN
    DELETE FROM catalogue_search WHERE rowid = OLD.id;
    INSERT INTO catalogue_search (rowid, name, brand, category, label, codes)
    SELECT NEW.id, p.name, p.brand, coalesce(c.name, ''), NEW.label,
           NEW.reference || coalesce((SELECT ' ' || group_concat(code, ' ') FROM barcodes WHERE variant_id = NEW.id), '')
      FROM products p LEFT JOIN categories c ON c.id = p.category_id
     WHERE p.id = NEW.product_id;
END;

CREATE TRIGGER search_product_update AFTER UPDATE OF name, brand, category_id ON products
BEGIN
    UPDATE variants SET label = label WHERE product_id = NEW.id;
END;

CREATE TRIGGER search_category_update AFTER UPDATE OF name ON categories
BEGIN
    UPDATE variants SET label = label
     WHERE product_id IN (SELECT id FROM products WHERE category_id = NEW.id);
END;

CREATE TRIGGER search_barcode_insert AFTER INSERT ON barcodes
BEGIN
    UPDATE variants SET label = label WHERE id = NEW.variant_id;
END;

CREATE TRIGGER search_barcode_delete AFTER DELETE ON barcodes
BEGIN
    UPDATE variants SET label = label WHERE id = OLD.variant_id;
END;
