DROP INDEX "search_entries_body_date_idx";--> statement-breakpoint
CREATE INDEX "search_entries_body_date_idx" ON "search_entries" USING btree ("body_id","date" DESC NULLS LAST);