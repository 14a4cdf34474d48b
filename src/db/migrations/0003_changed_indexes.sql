CREATE INDEX "files_body_modified_idx" ON "files" USING btree ("body_id","modified");--> statement-breakpoint
CREATE INDEX "papers_body_modified_idx" ON "papers" USING btree ("body_id","modified");