CREATE TYPE "public"."reply_verdict" AS ENUM('adopted', 'partly_adopted', 'not_adopted');--> statement-breakpoint
CREATE TYPE "public"."step_phase" AS ENUM('meeting', 'after');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('task_assigned', 'task_urged', 'task_escalated', 'task_instructed', 'task_due_soon', 'task_overdue', 'task_progress', 'task_done', 'task_returned', 'task_accepted', 'outcome_received', 'outcome_replied', 'outcome_instructed', 'revisit_due', 'invited');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('not_started', 'in_progress', 'done', 'accepted', 'cannot', 'carried_over');--> statement-breakpoint
ALTER TYPE "public"."outcome_status" RENAME TO "outcome_status_before_0007";--> statement-breakpoint
CREATE TYPE "public"."outcome_status" AS ENUM('draft', 'sent', 'answered', 'carrying_out', 'carried_out');--> statement-breakpoint
ALTER TABLE "outcomes" ALTER COLUMN "status" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "outcomes" ALTER COLUMN "status" SET DATA TYPE "public"."outcome_status" USING "status"::text::"public"."outcome_status";--> statement-breakpoint
ALTER TABLE "outcomes" ALTER COLUMN "status" SET DEFAULT 'draft';--> statement-breakpoint
DROP TYPE "public"."outcome_status_before_0007";--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"dedupe_key" text,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"kind" text NOT NULL,
	"note" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "task_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"event_id" bigint,
	"is_photo" boolean NOT NULL,
	"file_name" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"due_at" timestamp with time zone,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"outcome_id" uuid NOT NULL,
	"consensus_item_id" uuid,
	"place_id" uuid NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"owner_id" uuid NOT NULL,
	"co_units" text[] DEFAULT '{}'::text[] NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" "task_status" DEFAULT 'not_started' NOT NULL,
	"status_reason" text,
	"last_progress_at" timestamp with time zone,
	"urged_at" timestamp with time zone,
	"urge_count" integer DEFAULT 0 NOT NULL,
	"awaits_answer" boolean DEFAULT false NOT NULL,
	"escalated_to_id" uuid,
	"escalated_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"accepted_by_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "clock_stopped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consultation_steps" ADD COLUMN "phase" "step_phase" DEFAULT 'meeting' NOT NULL;--> statement-breakpoint
ALTER TABLE "outcome_recipients" ADD COLUMN "verdict" "reply_verdict";--> statement-breakpoint
ALTER TABLE "outcome_recipients" ADD COLUMN "verdict_reason" text;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "carried_out_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "review_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_actor_id_accounts_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_files" ADD CONSTRAINT "task_files_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_files" ADD CONSTRAINT "task_files_event_id_task_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."task_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_files" ADD CONSTRAINT "task_files_uploaded_by_id_accounts_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_milestones" ADD CONSTRAINT "task_milestones_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_consensus_item_id_consensus_items_id_fk" FOREIGN KEY ("consensus_item_id") REFERENCES "public"."consensus_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_owner_id_accounts_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_escalated_to_id_accounts_id_fk" FOREIGN KEY ("escalated_to_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_accepted_by_id_accounts_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_account_idx" ON "notifications" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("account_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "task_events_task_idx" ON "task_events" USING btree ("task_id","at");--> statement-breakpoint
CREATE INDEX "task_files_task_idx" ON "task_files" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_milestones_position_key" ON "task_milestones" USING btree ("task_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_code_key" ON "tasks" USING btree ("code");--> statement-breakpoint
CREATE INDEX "tasks_outcome_idx" ON "tasks" USING btree ("outcome_id");--> statement-breakpoint
CREATE INDEX "tasks_place_idx" ON "tasks" USING btree ("place_id","status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_owner_idx" ON "tasks" USING btree ("owner_id","status");--> statement-breakpoint
-- the built-in procedures' follow-through steps are carried out after the meeting, by tasks
UPDATE "consultation_steps" SET "phase" = 'after' WHERE "completed_at" IS NULL AND "name" IN ('跟踪落实', '成果转化', '评议反馈', '办事', '评事', '多方共治抓管理');
