-- Failed logins of addresses without an account (auth/login). An account table like users:
-- no change-notify trigger, since nothing in it changes what an anonymous reader sees.
CREATE TABLE "login_failures" (
	"body_id" integer NOT NULL,
	"email_digest" text NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_failed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "login_failures_body_id_email_digest_pk" PRIMARY KEY("body_id","email_digest")
);
--> statement-breakpoint
ALTER TABLE "login_failures" ADD CONSTRAINT "login_failures_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;