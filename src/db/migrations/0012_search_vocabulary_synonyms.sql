CREATE TABLE "search_synonyms" (
	"body_id" integer PRIMARY KEY NOT NULL,
	"groups" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"body_id" integer NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "search_words_body_id_word_pk" PRIMARY KEY("body_id","word")
);
--> statement-breakpoint
ALTER TABLE "search_synonyms" ADD CONSTRAINT "search_synonyms_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- hand-written below
-- prefix lookups of the vocabulary (is „mull“ the start of a word?) need the pattern operator class
CREATE INDEX "search_words_prefix_idx" ON "search_words" ("body_id", "word" text_pattern_ops);--> statement-breakpoint
INSERT INTO "search_words" ("body_id", "word")
  SELECT DISTINCT e.body_id, w FROM "search_entries" e, unnest(tsvector_to_array(e.document)) w
  WHERE e.public AND w ~ '^[[:alpha:]]{3,40}$'
  ON CONFLICT DO NOTHING;
