-- issue 14: a variant's net quantity (models/catalogue/netquantity.h), for the unit price of shelf
-- labels: an amount in the unit's base (grams, millilitres or items) and the unit it is shown in.
-- Local to the shop (the marketplace's protocol has no field for it).
ALTER TABLE variants ADD COLUMN net_amount INTEGER NOT NULL DEFAULT 0
    CHECK (net_amount >= 0 AND net_amount <= 1000000);
ALTER TABLE variants ADD COLUMN net_unit TEXT NOT NULL DEFAULT ''
    CHECK (net_unit IN ('', 'piece', 'g', 'kg', 'ml', 'l'));
