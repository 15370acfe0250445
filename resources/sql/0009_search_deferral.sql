-- The search index can be kept up to date once per batch instead of once per row (issue 5:
-- first sync). While the meta key 'search_deferred' exists — only ever inside the transaction that
-- writes it (the sync's page applier), so no other connection sees it — the triggers of the search
-- index do nothing, and the writer indexes the variants it touched with one statement before it
-- removes the key and commits. Row by row, SQLite 3.40's FTS5 writes its pending terms to disk
-- at the start of every following statement that needs a statement journal (a trigger's), which
-- made a 500-product page cost thousands of index segments and their merges.
-- Each trigger runs until its 'END;' line.
DROP TRIGGER search_variant_insert;
DROP TRIGGER search_variant_update;
DROP TRIGGER search_product_update;
DROP TRIGGER search_category_update;
DROP TRIGGER search_barcode_insert;
DROP TRIGGER search_barcode_delete;

CREATE TRIGGER search_variant_insert AFTER INSERT ON variants
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_deferred')
BEGIN
    INSERT INTO catalogue_search (rowid, name, brand, category, label, codes)
    SELECT NEW.id, p.name, p.brand, coalesce(c.name, ''), NEW.label, NEW.reference
      FROM products p LEFT JOIN categories c ON c.id = p.category_id
     WHERE p.id = NEW.product_id;
END;

CREATE TRIGGER search_variant_update AFTER UPDATE OF label, reference, product_id ON variants
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_deferred')
BEGIN
    DELETE FROM catalogue_search WHERE rowid = OLD.id;
    INSERT INTO catalogue_search (rowid, name, brand, category, label, codes)
    SELECT NEW.id, p.name, p.brand, coalesce(c.name, ''), NEW.label,
           NEW.reference || coalesce((SELECT ' ' || group_concat(code, ' ') FROM barcodes WHERE variant_id = NEW.id), '')
      FROM products p LEFT JOIN categories c ON c.id = p.category_id
     WHERE p.id = NEW.product_id;
END;

CREATE TRIGGER search_product_update AFTER UPDATE OF name, brand, category_id ON products
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_deferred')
BEGIN
    UPDATE variants SET label = label WHERE product_id = NEW.id;
END;

CREATE TRIGGER search_category_update AFTER UPDATE OF name ON categories
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_deferred')
BEGIN
    UPDATE variants SET label = label
     WHERE product_id IN (SELECT id FROM products WHERE category_id = NEW.id);
END;

CREATE TRIGGER search_barcode_insert AFTER INSERT ON barcodes
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_deferred')
BEGIN
    UPDATE variants SET label = label WHERE id = NEW.variant_id;
END;

CREATE TRIGGER search_barcode_delete AFTER DELETE ON barcodes
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_deferred')
BEGIN
    UPDATE variants SET label = label WHERE id = OLD.variant_id;
END;
