-- issue 15: photos and the online listing.
--
-- The shop's photos (models/photos): each prepared photo is stored once in the data folder under
-- its SHA-256 (<data>/photos/<first two hex digits>/<sha256>.jpg). This table is their index.
-- A product's photos, in order (the first is the main one), stay in products.photos (0008, a JSON
-- array of these hashes), changed with a photo_link mutation in the same transaction.
-- uploaded_at: when the marketplace confirmed it holds the photo (HEAD 200, PUT 200/201), so a
-- restarted till does not send it again; refused_code/refused_reason: the marketplace refused the
-- upload (413, 415, a repeated 422), shown with the parked photo_link.
CREATE TABLE photo_files (
    sha256         TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    bytes          INTEGER NOT NULL CHECK (bytes > 0),
    width          INTEGER NOT NULL CHECK (width > 0),
    height         INTEGER NOT NULL CHECK (height > 0),
    source_name    TEXT NOT NULL DEFAULT '',     -- the file's name it came from (no folder)
    origin         TEXT NOT NULL DEFAULT 'shop' CHECK (origin IN ('shop', 'marketplace')),
    added_at       TEXT NOT NULL,
    uploaded_at    TEXT,
    refused_code   TEXT,
    refused_reason TEXT
);

-- Photos from the watched folder (or the command line) that no product claimed yet: scanning a
-- product in the inbox assigns one. Removed from here when assigned or discarded.
CREATE TABLE photo_inbox (
    sha256      TEXT PRIMARY KEY REFERENCES photo_files(sha256),
    source_name TEXT NOT NULL,
    added_at    TEXT NOT NULL
);

-- The marketplace's taxonomy (its categories, sent down in the feed as the `taxonomy` entity):
-- id as the marketplace names it ("papeterie/carnets"), its parent (NULL at the top), its name,
-- and its full path ("Papeterie > Carnets") for the searchable picker.
CREATE TABLE marketplace_categories (
    id        TEXT PRIMARY KEY,
    parent_id TEXT,
    name      TEXT NOT NULL,
    path      TEXT NOT NULL,
    position  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX marketplace_categories_by_parent ON marketplace_categories (parent_id, position);
