-- Comptoir local schema, version 3: repeated wrong PINs lock an operator out for a while
-- (models/operators.h). A right PIN, or a new PIN, clears both columns.
-- locked_until: ISO 8601 UTC with milliseconds; NULL when not locked.

ALTER TABLE operators ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0);
ALTER TABLE operators ADD COLUMN locked_until TEXT;
