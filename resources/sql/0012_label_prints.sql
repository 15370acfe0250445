-- issue 14: the shelf and product labels printed (models/labels/labelprints.h): for each variant,
-- the price its last label showed. A variant whose price today differs (changed here or by the
-- marketplace's feed, whoever changed it) is on the list of labels to print again.
CREATE TABLE label_prints (
    variant_id  INTEGER PRIMARY KEY REFERENCES variants(id),
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    printed_at  TEXT NOT NULL
);
