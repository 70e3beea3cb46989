CREATE TYPE "public"."contact_kind" AS ENUM('household', 'resident', 'enterprise', 'sector_group');--> statement-breakpoint
CREATE TYPE "public"."contact_log_kind" AS ENUM('visit', 'call', 'meeting', 'online');--> statement-breakpoint
CREATE TYPE "public"."duty_entry_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."group_position" AS ENUM('lead', 'liaison', 'member');--> statement-breakpoint
CREATE TYPE "public"."member_group_kind" AS ENUM('committee', 'sector', 'council', 'activity', 'district_group', 'local_group');--> statement-breakpoint
CREATE TYPE "public"."member_level" AS ENUM('national', 'provincial', 'municipal', 'county');--> statement-breakpoint
CREATE TYPE "public"."member_place_kind" AS ENUM('workstation', 'assigned');--> statement-breakpoint
CREATE TYPE "public"."reception_status" AS ENUM('scheduled', 'held', 'absent');--> statement-breakpoint
CREATE TYPE "public"."training_kind" AS ENUM('course', 'meeting');--> statement-breakpoint
CREATE TYPE "public"."whistle_status" AS ENUM('open', 'closed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."writing_kind" AS ENUM('public_opinion', 'proposal');--> statement-breakpoint
CREATE TYPE "public"."writing_status" AS ENUM('draft', 'submitted', 'returned', 'adopted', 'forwarded', 'not_adopted');--> statement-breakpoint
ALTER TYPE "public"."role" RENAME TO "role_before_0011";--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'leader', 'liaison', 'member', 'department', 'cppcc');--> statement-breakpoint
ALTER TABLE "grants" ALTER COLUMN "role" SET DATA TYPE "public"."role" USING "role"::text::"public"."role";--> statement-breakpoint
DROP TYPE "public"."role_before_0011";--> statement-breakpoint
ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_before_0011";--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('task_assigned', 'task_urged', 'task_escalated', 'task_instructed', 'task_due_soon', 'task_overdue', 'task_progress', 'task_done', 'task_returned', 'task_accepted', 'outcome_received', 'outcome_replied', 'outcome_instructed', 'revisit_due', 'invited', 'whistle_raised', 'whistle_answered', 'whistle_closed', 'writing_submitted', 'writing_returned', 'writing_adopted', 'reception_duty', 'member_addressed', 'duty_entry_reviewed', 'training_scheduled');--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind";--> statement-breakpoint
DROP TYPE "public"."notification_kind_before_0011";--> statement-breakpoint
CREATE TABLE "contact_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"contact_id" uuid,
	"place_id" uuid NOT NULL,
	"kind" "contact_log_kind" NOT NULL,
	"happened_at" timestamp with time zone NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_manual_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"happened_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"evidence" text NOT NULL,
	"points_tenths" integer NOT NULL,
	"status" "duty_entry_status" DEFAULT 'pending' NOT NULL,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_year_closings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"place_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"results" jsonb NOT NULL,
	"closed_by_id" uuid,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"kind" "contact_kind" NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"phone_cipher" text,
	"phone_masked" text,
	"note" text,
	"visit_every_days" integer DEFAULT 90 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_group_members" (
	"group_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"position" "group_position" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_group_members_group_id_account_id_pk" PRIMARY KEY("group_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "member_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"kind" "member_group_kind" NOT NULL,
	"name" text NOT NULL,
	"sector" text,
	"council_place_id" uuid,
	"paired_group_id" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_places" (
	"account_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"kind" "member_place_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_places_account_id_place_id_kind_pk" PRIMARY KEY("account_id","place_id","kind")
);
--> statement-breakpoint
CREATE TABLE "member_profiles" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"member_no" text,
	"sector" text NOT NULL,
	"level" "member_level" DEFAULT 'county' NOT NULL,
	"party" text NOT NULL,
	"gender" text,
	"employer" text,
	"position" text,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"term_start" integer NOT NULL,
	"term_end" integer NOT NULL,
	"phone_cipher" text,
	"phone_masked" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_profiles_term" CHECK ("member_profiles"."term_end" >= "member_profiles"."term_start")
);
--> statement-breakpoint
CREATE TABLE "member_writings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" "writing_kind" NOT NULL,
	"author_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" "writing_status" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_by_id" uuid,
	"review_note" text,
	"adopted_at" timestamp with time zone,
	"forwarded_at" timestamp with time zone,
	"forwarded_to_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"submission_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue" text,
	"status" "reception_status" DEFAULT 'scheduled' NOT NULL,
	"swapped_from_id" uuid,
	"absence_reason" text,
	"visitors" integer,
	"summary" text,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_slots_time" CHECK ("reception_slots"."ends_at" > "reception_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"training_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"attended_at" timestamp with time zone DEFAULT now() NOT NULL,
	"method" text NOT NULL,
	CONSTRAINT "training_attendance_training_id_account_id_pk" PRIMARY KEY("training_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "training_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"stored_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"kind" "training_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"venue" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"hours_tenths" integer NOT NULL,
	"checkin_token" text NOT NULL,
	"created_by_id" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_time" CHECK ("trainings"."ends_at" > "trainings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "whistle_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"whistle_id" uuid NOT NULL,
	"responder_id" uuid NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	"did_what" text,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "whistles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"place_id" uuid NOT NULL,
	"raised_by_id" uuid NOT NULL,
	"need" text NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"location" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" "whistle_status" DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"rating" integer,
	"rating_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "whistles_rating" CHECK ("whistles"."rating" is null or "whistles"."rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "addressed_member_id" uuid;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "reception_slot_id" uuid;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "contact_log_id" uuid;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "contact_logs" ADD CONSTRAINT "contact_logs_member_id_accounts_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_logs" ADD CONSTRAINT "contact_logs_contact_id_member_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."member_contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_logs" ADD CONSTRAINT "contact_logs_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_manual_entries" ADD CONSTRAINT "duty_manual_entries_member_id_accounts_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_manual_entries" ADD CONSTRAINT "duty_manual_entries_reviewed_by_id_accounts_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_manual_entries" ADD CONSTRAINT "duty_manual_entries_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_rule_sets" ADD CONSTRAINT "duty_rule_sets_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_rule_sets" ADD CONSTRAINT "duty_rule_sets_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_year_closings" ADD CONSTRAINT "duty_year_closings_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_year_closings" ADD CONSTRAINT "duty_year_closings_rule_set_id_duty_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."duty_rule_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_year_closings" ADD CONSTRAINT "duty_year_closings_closed_by_id_accounts_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_contacts" ADD CONSTRAINT "member_contacts_member_id_accounts_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_contacts" ADD CONSTRAINT "member_contacts_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_group_members" ADD CONSTRAINT "member_group_members_group_id_member_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."member_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_group_members" ADD CONSTRAINT "member_group_members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_groups" ADD CONSTRAINT "member_groups_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_groups" ADD CONSTRAINT "member_groups_council_place_id_places_id_fk" FOREIGN KEY ("council_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_places" ADD CONSTRAINT "member_places_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_places" ADD CONSTRAINT "member_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_profiles" ADD CONSTRAINT "member_profiles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_writings" ADD CONSTRAINT "member_writings_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_writings" ADD CONSTRAINT "member_writings_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_writings" ADD CONSTRAINT "member_writings_reviewed_by_id_accounts_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_slots" ADD CONSTRAINT "reception_slots_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_slots" ADD CONSTRAINT "reception_slots_member_id_accounts_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_slots" ADD CONSTRAINT "reception_slots_swapped_from_id_accounts_id_fk" FOREIGN KEY ("swapped_from_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_slots" ADD CONSTRAINT "reception_slots_recorded_by_id_accounts_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_slots" ADD CONSTRAINT "reception_slots_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_files" ADD CONSTRAINT "training_files_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_files" ADD CONSTRAINT "training_files_uploaded_by_id_accounts_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_responses" ADD CONSTRAINT "whistle_responses_whistle_id_whistles_id_fk" FOREIGN KEY ("whistle_id") REFERENCES "public"."whistles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_responses" ADD CONSTRAINT "whistle_responses_responder_id_accounts_id_fk" FOREIGN KEY ("responder_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistles" ADD CONSTRAINT "whistles_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistles" ADD CONSTRAINT "whistles_raised_by_id_accounts_id_fk" FOREIGN KEY ("raised_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_logs_member_idx" ON "contact_logs" USING btree ("member_id","happened_at");--> statement-breakpoint
CREATE INDEX "contact_logs_contact_idx" ON "contact_logs" USING btree ("contact_id","happened_at");--> statement-breakpoint
CREATE INDEX "duty_manual_entries_member_idx" ON "duty_manual_entries" USING btree ("member_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_rule_sets_version_key" ON "duty_rule_sets" USING btree ("place_id","year","version");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_year_closings_key" ON "duty_year_closings" USING btree ("place_id","year") WHERE "duty_year_closings"."is_current";--> statement-breakpoint
CREATE INDEX "member_contacts_member_idx" ON "member_contacts" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "member_contacts_place_idx" ON "member_contacts" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "member_group_members_account_idx" ON "member_group_members" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "member_groups_name_key" ON "member_groups" USING btree ("place_id","name") WHERE "member_groups"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "member_groups_council_idx" ON "member_groups" USING btree ("council_place_id");--> statement-breakpoint
CREATE INDEX "member_places_place_idx" ON "member_places" USING btree ("place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "member_profiles_member_no_key" ON "member_profiles" USING btree ("member_no");--> statement-breakpoint
CREATE UNIQUE INDEX "member_writings_code_key" ON "member_writings" USING btree ("code");--> statement-breakpoint
CREATE INDEX "member_writings_author_idx" ON "member_writings" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "member_writings_place_idx" ON "member_writings" USING btree ("place_id","status");--> statement-breakpoint
CREATE INDEX "reception_slots_place_idx" ON "reception_slots" USING btree ("place_id","starts_at");--> statement-breakpoint
CREATE INDEX "reception_slots_member_idx" ON "reception_slots" USING btree ("member_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_attendance_account_idx" ON "training_attendance" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "training_files_training_idx" ON "training_files" USING btree ("training_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trainings_checkin_token_key" ON "trainings" USING btree ("checkin_token");--> statement-breakpoint
CREATE INDEX "trainings_place_idx" ON "trainings" USING btree ("place_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "whistle_responses_key" ON "whistle_responses" USING btree ("whistle_id","responder_id");--> statement-breakpoint
CREATE INDEX "whistle_responses_responder_idx" ON "whistle_responses" USING btree ("responder_id");--> statement-breakpoint
CREATE UNIQUE INDEX "whistles_code_key" ON "whistles" USING btree ("code");--> statement-breakpoint
CREATE INDEX "whistles_place_idx" ON "whistles" USING btree ("place_id","created_at");--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_addressed_member_id_accounts_id_fk" FOREIGN KEY ("addressed_member_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_reception_slot_id_reception_slots_id_fk" FOREIGN KEY ("reception_slot_id") REFERENCES "public"."reception_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_contact_log_id_contact_logs_id_fk" FOREIGN KEY ("contact_log_id") REFERENCES "public"."contact_logs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_group_id_member_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."member_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submissions_addressed_member_idx" ON "submissions" USING btree ("addressed_member_id");--> statement-breakpoint
CREATE INDEX "submissions_created_by_idx" ON "submissions" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "consultations_group_idx" ON "consultations" USING btree ("group_id");