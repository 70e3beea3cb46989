CREATE TYPE "public"."consultation_form" AS ENUM('meeting', 'on_site', 'online', 'building', 'door_to_door', 'micro', 'counterpart', 'sector');--> statement-breakpoint
CREATE TYPE "public"."consultation_status" AS ENUM('scheduled', 'in_progress', 'concluded', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."meeting_rule" AS ENUM('none', 'tens', 'monthly');--> statement-breakpoint
CREATE TYPE "public"."outcome_status" AS ENUM('draft', 'sent', 'answered');--> statement-breakpoint
CREATE TYPE "public"."outcome_type" AS ENUM('recommendation', 'special_report', 'public_opinion', 'proposal', 'village_rules', 'agreement');--> statement-breakpoint
CREATE TYPE "public"."participant_kind" AS ENUM('member', 'resident_rep', 'official', 'expert', 'stakeholder', 'staff');--> statement-breakpoint
CREATE TYPE "public"."plan_item_status" AS ENUM('proposed', 'approved', 'returned');--> statement-breakpoint
CREATE TYPE "public"."stance" AS ENUM('support', 'oppose', 'neutral', 'suggestion');--> statement-breakpoint
CREATE TYPE "public"."topic_source" AS ENUM('submission', 'member', 'leader', 'grid_screening');--> statement-breakpoint
CREATE TYPE "public"."topic_status" AS ENUM('proposed', 'accepted', 'rejected', 'in_consultation', 'concluded', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."topic_urgency" AS ENUM('major', 'minor', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."vote" AS ENUM('agree', 'disagree', 'pass');--> statement-breakpoint
CREATE TABLE "code_counters" (
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "code_counters_prefix_year_pk" PRIMARY KEY("prefix","year")
);
--> statement-breakpoint
CREATE TABLE "consensus_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"stored_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"is_required" boolean NOT NULL,
	"output" text,
	"completed_at" timestamp with time zone,
	"completed_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"topic_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"title" text NOT NULL,
	"form" "consultation_form" NOT NULL,
	"venue" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"status" "consultation_status" DEFAULT 'scheduled' NOT NULL,
	"procedure_name" text,
	"pre_study" text,
	"summary" text,
	"sign_in_token" text NOT NULL,
	"public_token" text,
	"cancel_reason" text,
	"concluded_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"place_id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid,
	"meeting_rule" "meeting_rule" DEFAULT 'none' NOT NULL,
	"monthly_day" integer,
	"default_venue" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dissents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"consensus_item_id" uuid,
	"holder_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"participant_id" uuid,
	"speaker_name" text NOT NULL,
	"stance" "stance" NOT NULL,
	"text" text NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outcome_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"sent_by_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"reply" text,
	"replied_at" timestamp with time zone,
	"instruction" text,
	"instructed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"consultation_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"type" "outcome_type" NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" "outcome_status" DEFAULT 'draft' NOT NULL,
	"consensus_item_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"account_id" uuid,
	"name" text NOT NULL,
	"affiliation" text,
	"kind" "participant_kind" NOT NULL,
	"is_invited" boolean DEFAULT true NOT NULL,
	"attended_at" timestamp with time zone,
	"attendance_method" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"topic_id" uuid NOT NULL,
	"planned_month" integer,
	"status" "plan_item_status" DEFAULT 'proposed' NOT NULL,
	"note" text,
	"proposed_by_id" uuid,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid,
	"built_in_key" text,
	"name" text NOT NULL,
	"description" text,
	"steps" jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_votes" (
	"statement_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	"vote" "vote" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_votes_statement_id_voter_key_pk" PRIMARY KEY("statement_id","voter_key")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"author_key" text NOT NULL,
	"author_name" text,
	"text" text NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"hidden_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topic_submissions" (
	"topic_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_submissions_topic_id_submission_id_pk" PRIMARY KEY("topic_id","submission_id")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"place_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"source" "topic_source" NOT NULL,
	"urgency" "topic_urgency" DEFAULT 'minor' NOT NULL,
	"status" "topic_status" DEFAULT 'proposed' NOT NULL,
	"screening" jsonb,
	"screening_reason" text,
	"screened_by_id" uuid,
	"screened_at" timestamp with time zone,
	"proposed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consensus_items" ADD CONSTRAINT "consensus_items_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_files" ADD CONSTRAINT "consultation_files_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_files" ADD CONSTRAINT "consultation_files_uploaded_by_id_accounts_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_steps" ADD CONSTRAINT "consultation_steps_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_steps" ADD CONSTRAINT "consultation_steps_completed_by_id_accounts_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissents" ADD CONSTRAINT "dissents_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissents" ADD CONSTRAINT "dissents_consensus_item_id_consensus_items_id_fk" FOREIGN KEY ("consensus_item_id") REFERENCES "public"."consensus_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinions" ADD CONSTRAINT "opinions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinions" ADD CONSTRAINT "opinions_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinions" ADD CONSTRAINT "opinions_recorded_by_id_accounts_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_recipients" ADD CONSTRAINT "outcome_recipients_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_recipients" ADD CONSTRAINT "outcome_recipients_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_recipients" ADD CONSTRAINT "outcome_recipients_sent_by_id_accounts_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_proposed_by_id_accounts_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_decided_by_id_accounts_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_votes" ADD CONSTRAINT "statement_votes_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_hidden_by_id_accounts_id_fk" FOREIGN KEY ("hidden_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_submissions" ADD CONSTRAINT "topic_submissions_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_submissions" ADD CONSTRAINT "topic_submissions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_screened_by_id_accounts_id_fk" FOREIGN KEY ("screened_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_proposed_by_id_accounts_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consensus_items_number_key" ON "consensus_items" USING btree ("consultation_id","number");--> statement-breakpoint
CREATE INDEX "consultation_files_consultation_idx" ON "consultation_files" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_steps_position_key" ON "consultation_steps" USING btree ("consultation_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_code_key" ON "consultations" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_sign_in_token_key" ON "consultations" USING btree ("sign_in_token");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_public_token_key" ON "consultations" USING btree ("public_token");--> statement-breakpoint
CREATE INDEX "consultations_place_idx" ON "consultations" USING btree ("place_id","starts_at");--> statement-breakpoint
CREATE INDEX "consultations_topic_idx" ON "consultations" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "opinions_consultation_idx" ON "opinions" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_recipients_key" ON "outcome_recipients" USING btree ("outcome_id","account_id");--> statement-breakpoint
CREATE INDEX "outcome_recipients_account_idx" ON "outcome_recipients" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_code_key" ON "outcomes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "outcomes_consultation_idx" ON "outcomes" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "outcomes_place_idx" ON "outcomes" USING btree ("place_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_account_key" ON "participants" USING btree ("consultation_id","account_id");--> statement-breakpoint
CREATE INDEX "participants_consultation_idx" ON "participants" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_items_year_topic_key" ON "plan_items" USING btree ("year","topic_id");--> statement-breakpoint
CREATE INDEX "plan_items_place_year_idx" ON "plan_items" USING btree ("place_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_built_in_key" ON "procedures" USING btree ("built_in_key");--> statement-breakpoint
CREATE INDEX "statements_consultation_idx" ON "statements" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "topic_submissions_submission_key" ON "topic_submissions" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "topics_code_key" ON "topics" USING btree ("code");--> statement-breakpoint
CREATE INDEX "topics_place_idx" ON "topics" USING btree ("place_id","created_at");--> statement-breakpoint
CREATE INDEX "topics_status_idx" ON "topics" USING btree ("status");