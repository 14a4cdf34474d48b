ALTER TABLE "files" ADD COLUMN "text_state" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "text_method" text;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "text_pages" integer;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "text_error" text;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "text_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "files_text_state_idx" ON "files" USING btree ("text_state") WHERE "files"."text_state" <> 'done';--> statement-breakpoint
-- Files whose text was extracted before the job queue existed: their state, without making
-- every file look changed to OParl clients.
ALTER TABLE "files" DISABLE TRIGGER gremia_set_modified;--> statement-breakpoint
UPDATE "files" SET "text_state" = 'done', "text_method" = CASE WHEN "mime_type" = 'application/pdf' THEN 'pdf' ELSE 'text' END WHERE "text" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ENABLE TRIGGER gremia_set_modified;
