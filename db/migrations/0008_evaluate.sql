CREATE TYPE "public"."evaluation_kind" AS ENUM('leader', 'member', 'resident');--> statement-breakpoint
CREATE TYPE "public"."proposal_reply_category" AS ENUM('adopted', 'planned', 'for_reference');--> statement-breakpoint
CREATE TYPE "public"."satisfaction" AS ENUM('satisfied', 'basically_satisfied', 'unsatisfied');--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outcome_id" uuid NOT NULL,
	"kind" "evaluation_kind" NOT NULL,
	"account_id" uuid,
	"voter_key" text,
	"score" integer NOT NULL,
	"comment" text,
	"is_hidden" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_handlings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outcome_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"proposer" text NOT NULL,
	"proposer_id" uuid,
	"year" integer NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"reply_category" "proposal_reply_category",
	"reply" text,
	"replied_at" timestamp with time zone,
	"met_at" timestamp with time zone,
	"met_with" text,
	"meeting_note" text,
	"satisfaction" "satisfaction",
	"satisfaction_note" text,
	"satisfaction_at" timestamp with time zone,
	"rehandle_count" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revisit_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"revisit_id" uuid,
	"outcome_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revisits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outcome_id" uuid NOT NULL,
	"task_id" uuid,
	"visited_at" timestamp with time zone NOT NULL,
	"findings" text NOT NULL,
	"residents_view" text,
	"is_problem_back" boolean NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "evaluation_token" text;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_handlings" ADD CONSTRAINT "proposal_handlings_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_handlings" ADD CONSTRAINT "proposal_handlings_unit_id_accounts_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_handlings" ADD CONSTRAINT "proposal_handlings_proposer_id_accounts_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_handlings" ADD CONSTRAINT "proposal_handlings_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisit_photos" ADD CONSTRAINT "revisit_photos_revisit_id_revisits_id_fk" FOREIGN KEY ("revisit_id") REFERENCES "public"."revisits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisit_photos" ADD CONSTRAINT "revisit_photos_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisit_photos" ADD CONSTRAINT "revisit_photos_uploaded_by_id_accounts_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisits" ADD CONSTRAINT "revisits_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisits" ADD CONSTRAINT "revisits_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisits" ADD CONSTRAINT "revisits_recorded_by_id_accounts_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_account_key" ON "evaluations" USING btree ("outcome_id","kind","account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_voter_key" ON "evaluations" USING btree ("outcome_id","voter_key");--> statement-breakpoint
CREATE INDEX "evaluations_outcome_idx" ON "evaluations" USING btree ("outcome_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_handlings_unit_key" ON "proposal_handlings" USING btree ("outcome_id","unit_id");--> statement-breakpoint
CREATE INDEX "proposal_handlings_unit_year_idx" ON "proposal_handlings" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "revisit_photos_revisit_idx" ON "revisit_photos" USING btree ("revisit_id");--> statement-breakpoint
CREATE INDEX "revisits_outcome_idx" ON "revisits" USING btree ("outcome_id","visited_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_evaluation_token_key" ON "outcomes" USING btree ("evaluation_token");