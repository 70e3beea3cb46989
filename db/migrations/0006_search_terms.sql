ALTER TABLE "submissions" ADD COLUMN "search_terms" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "search_terms_version" integer DEFAULT -1 NOT NULL;--> statement-breakpoint
CREATE INDEX "submissions_terms_idx" ON "submissions" USING gin ("search_terms");