-- `head` was never read: the document vector is what queries match and rank.
ALTER TABLE "search_entries" DROP COLUMN "head";--> statement-breakpoint
-- Vectors and snippet text go to TOAST from 256 bytes on, so the heap rows a facet count or a
-- GIN-listed query reads stay narrow (papers were 2-8 KB inline). New rows only; a rebuild
-- (gremia search:rebuild) applies it to existing ones.
ALTER TABLE "search_entries" SET (toast_tuple_target = 256);
