-- Fuzzy matching of titles, names and references (search). Hand-written: drizzle-kit does not
-- create extensions. PGlite loads pg_trgm from its contrib bundle (db/client).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
