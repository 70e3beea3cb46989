CREATE TABLE "challenges" (
	"id" text PRIMARY KEY NOT NULL,
	"answer_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"ran_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "online_voters" (
	"consultation_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	"address_hash" text,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "online_voters_consultation_id_voter_key_pk" PRIMARY KEY("consultation_id","voter_key")
);
--> statement-breakpoint
CREATE TABLE "rate_counts" (
	"key" text NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_counts_key_bucket_start_pk" PRIMARY KEY("key","bucket_start")
);
--> statement-breakpoint
ALTER TABLE "online_voters" ADD CONSTRAINT "online_voters_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "online_voters_address_idx" ON "online_voters" USING btree ("consultation_id","address_hash","first_seen_at");--> statement-breakpoint
-- voters who took part before addresses were kept: known voters, with no address to count against
INSERT INTO "online_voters" ("consultation_id", "voter_key", "address_hash", "first_seen_at")
SELECT s."consultation_id", v."voter_key", NULL, min(v."created_at")
FROM "statement_votes" v JOIN "statements" s ON s."id" = v."statement_id"
GROUP BY s."consultation_id", v."voter_key";
--> statement-breakpoint
-- counters and open challenges are short-lived: unlogged, a hit writes no WAL and waits for no
-- disk flush (after a crash they start empty, which costs a resident at most one more challenge)
ALTER TABLE "rate_counts" SET UNLOGGED;--> statement-breakpoint
ALTER TABLE "challenges" SET UNLOGGED;
