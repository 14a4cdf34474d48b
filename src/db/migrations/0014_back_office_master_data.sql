CREATE TABLE "uploads" (
	"file_id" integer PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"user_id" integer,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "contact_address" text;--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "logo_file_id" integer;--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "notice_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "reference_formats" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "legislative_terms" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "accessibility" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "end_date" date;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "seats" integer;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "represents_person_id" integer;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "citizen_member" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "uploads_unclaimed_idx" ON "uploads" USING btree ("created") WHERE "uploads"."claimed" is null;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_represents_person_id_persons_id_fk" FOREIGN KEY ("represents_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_record_idx" ON "audit_events" USING btree ("body_id",("detail"->>'record'));--> statement-breakpoint
-- hand-written below
-- the body's logo is a file; the foreign key is here and not in bodies.tables.ts, because files
-- rows reference their body and the two table modules must not import each other
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_logo_file_id_files_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."files"("id") ON DELETE set null;
