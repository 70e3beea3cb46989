-- notification_kind gains writing_forwarded, writing_declined, whistle_withdrawn, training_changed and
-- training_cancelled: the type is recreated, as 0011 did, rather than given added values (a restore
-- replays the migrations and loads the rows in one transaction, where an added value is refused)
ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_before_0012";
--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('task_assigned', 'task_urged', 'task_escalated', 'task_instructed', 'task_due_soon', 'task_overdue', 'task_progress', 'task_done', 'task_returned', 'task_accepted', 'outcome_received', 'outcome_replied', 'outcome_instructed', 'revisit_due', 'invited', 'whistle_raised', 'whistle_answered', 'whistle_closed', 'whistle_withdrawn', 'writing_submitted', 'writing_returned', 'writing_adopted', 'writing_forwarded', 'writing_declined', 'reception_duty', 'member_addressed', 'duty_entry_reviewed', 'training_scheduled', 'training_changed', 'training_cancelled');
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind";
--> statement-breakpoint
DROP TYPE "public"."notification_kind_before_0012";
--> statement-breakpoint
CREATE TABLE "training_invitees" (
	"training_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_invitees_training_id_account_id_pk" PRIMARY KEY("training_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "whistle_calls" (
	"whistle_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"called_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "whistle_calls_whistle_id_account_id_pk" PRIMARY KEY("whistle_id","account_id")
);
--> statement-breakpoint
DROP INDEX "member_writings_code_key";
--> statement-breakpoint
ALTER TABLE "proposal_handlings" ALTER COLUMN "outcome_id" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "member_writings" ALTER COLUMN "code" DROP NOT NULL;
--> statement-breakpoint
-- a draft has no code until it is submitted (it held a stand-in "draft:<id>" until now)
UPDATE "member_writings" SET "code" = NULL WHERE "code" LIKE 'draft:%';
--> statement-breakpoint
ALTER TABLE "proposal_handlings" ADD COLUMN "writing_id" uuid;
--> statement-breakpoint
ALTER TABLE "training_invitees" ADD CONSTRAINT "training_invitees_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "training_invitees" ADD CONSTRAINT "training_invitees_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD CONSTRAINT "whistle_calls_whistle_id_whistles_id_fk" FOREIGN KEY ("whistle_id") REFERENCES "public"."whistles"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "whistle_calls" ADD CONSTRAINT "whistle_calls_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "training_invitees_account_idx" ON "training_invitees" USING btree ("account_id");
--> statement-breakpoint
CREATE INDEX "whistle_calls_account_idx" ON "whistle_calls" USING btree ("account_id");
--> statement-breakpoint
ALTER TABLE "proposal_handlings" ADD CONSTRAINT "proposal_handlings_writing_id_member_writings_id_fk" FOREIGN KEY ("writing_id") REFERENCES "public"."member_writings"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_handlings_writing_unit_key" ON "proposal_handlings" USING btree ("writing_id","unit_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "member_writings_code_key" ON "member_writings" USING btree ("code") WHERE "member_writings"."code" is not null;
--> statement-breakpoint
ALTER TABLE "proposal_handlings" ADD CONSTRAINT "proposal_handlings_one_proposal" CHECK (num_nonnulls("proposal_handlings"."outcome_id", "proposal_handlings"."writing_id") = 1);
--> statement-breakpoint
-- who was called to a whistle and invited to a training were read back from their notices until
-- now (whistle_raised, training_scheduled: one per person): the same people, from when they were told
INSERT INTO "whistle_calls" ("whistle_id", "account_id", "called_at")
SELECT n."entity_id", n."account_id", min(n."created_at")
  FROM "notifications" n JOIN "whistles" w ON w."id" = n."entity_id"
 WHERE n."entity_type" = 'whistle' AND n."kind" = 'whistle_raised'
 GROUP BY n."entity_id", n."account_id";
--> statement-breakpoint
INSERT INTO "training_invitees" ("training_id", "account_id", "invited_at")
SELECT n."entity_id", n."account_id", min(n."created_at")
  FROM "notifications" n JOIN "trainings" t ON t."id" = n."entity_id"
 WHERE n."entity_type" = 'training' AND n."kind" = 'training_scheduled'
 GROUP BY n."entity_id", n."account_id";
--> statement-breakpoint
-- a review's notice names its verdict now: those filed before say it too
UPDATE "notifications" n SET "params" = n."params" || jsonb_build_object('verdict', e."status"::text)
  FROM "duty_manual_entries" e
 WHERE n."kind" = 'duty_entry_reviewed' AND n."entity_type" = 'duty_entry' AND e."id" = n."entity_id"
   AND e."status" <> 'pending';
