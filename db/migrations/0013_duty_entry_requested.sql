-- notification_kind gains duty_entry_requested (a member's manual duty entry waits for review): the
-- type is recreated, as 0011 and 0012 did, rather than given an added value (a restore replays the
-- migrations and loads the rows in one transaction, where an added value is refused)
ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_before_0013";
--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('task_assigned', 'task_urged', 'task_escalated', 'task_instructed', 'task_due_soon', 'task_overdue', 'task_progress', 'task_done', 'task_returned', 'task_accepted', 'outcome_received', 'outcome_replied', 'outcome_instructed', 'revisit_due', 'invited', 'whistle_raised', 'whistle_answered', 'whistle_closed', 'whistle_withdrawn', 'writing_submitted', 'writing_returned', 'writing_adopted', 'writing_forwarded', 'writing_declined', 'reception_duty', 'member_addressed', 'duty_entry_requested', 'duty_entry_reviewed', 'training_scheduled', 'training_changed', 'training_cancelled');
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind";
--> statement-breakpoint
DROP TYPE "public"."notification_kind_before_0013";
