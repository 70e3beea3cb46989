CREATE TABLE "figures_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "figures_version_slot" CHECK ("figures_version"."id" >= 0 and "figures_version"."id" < 16)
);
--> statement-breakpoint
-- hand-written from here: the figures' data version, the sum of sixteen slots. Every write to a
-- table the dashboards read (all but those in FIGURES_UNREAD, dashboard/kept.ts: sessions, audit,
-- counters, caches, rate and throttle rows, job runs, notifications) adds one to its connection's
-- slot, once per transaction, at commit — the deferred form of the duty tally's version (0021): the
-- slot is the last lock a transaction takes and is held only while it commits, and writers on
-- different connections mostly hold different slots. Slot 0 starts at the clock in milliseconds, so
-- a schema made again (a restore) never repeats a sum an app instance may have kept figures under.
INSERT INTO "figures_version" ("id", "n")
  SELECT i, CASE WHEN i = 0 THEN (extract(epoch from clock_timestamp()) * 1000)::bigint ELSE 0 END
    FROM generate_series(0, 15) i;--> statement-breakpoint
CREATE FUNCTION figures_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('shangliang.figures_bumped', true), '') <> 'y' THEN
    PERFORM set_config('shangliang.figures_bumped', 'y', true);
    UPDATE figures_version SET n = n + 1 WHERE id = pg_backend_pid() % 16;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- TRUNCATE (statement-level, at once: no row-level form)
CREATE FUNCTION figures_bump_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE figures_version SET n = n + 1 WHERE id = pg_backend_pid() % 16;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_accounts AFTER INSERT OR UPDATE OR DELETE ON "accounts" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_api_keys AFTER INSERT OR UPDATE OR DELETE ON "api_keys" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_categories AFTER INSERT OR UPDATE OR DELETE ON "categories" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_consensus_items AFTER INSERT OR UPDATE OR DELETE ON "consensus_items" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_consultation_files AFTER INSERT OR UPDATE OR DELETE ON "consultation_files" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_consultation_steps AFTER INSERT OR UPDATE OR DELETE ON "consultation_steps" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_consultations AFTER INSERT OR UPDATE OR DELETE ON "consultations" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_contact_logs AFTER INSERT OR UPDATE OR DELETE ON "contact_logs" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_councils AFTER INSERT OR UPDATE OR DELETE ON "councils" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_coverage_counts AFTER INSERT OR UPDATE OR DELETE ON "coverage_counts" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_deliberation_rollups AFTER INSERT OR UPDATE OR DELETE ON "deliberation_rollups" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_dissents AFTER INSERT OR UPDATE OR DELETE ON "dissents" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_duty_manual_entries AFTER INSERT OR UPDATE OR DELETE ON "duty_manual_entries" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_duty_rule_sets AFTER INSERT OR UPDATE OR DELETE ON "duty_rule_sets" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_duty_year_closings AFTER INSERT OR UPDATE OR DELETE ON "duty_year_closings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_evaluations AFTER INSERT OR UPDATE OR DELETE ON "evaluations" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_grants AFTER INSERT OR UPDATE OR DELETE ON "grants" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_member_contacts AFTER INSERT OR UPDATE OR DELETE ON "member_contacts" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_member_group_members AFTER INSERT OR UPDATE OR DELETE ON "member_group_members" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_member_groups AFTER INSERT OR UPDATE OR DELETE ON "member_groups" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_member_places AFTER INSERT OR UPDATE OR DELETE ON "member_places" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_member_profiles AFTER INSERT OR UPDATE OR DELETE ON "member_profiles" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_member_writings AFTER INSERT OR UPDATE OR DELETE ON "member_writings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_online_voters AFTER INSERT OR UPDATE OR DELETE ON "online_voters" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_opinions AFTER INSERT OR UPDATE OR DELETE ON "opinions" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_outcome_recipients AFTER INSERT OR UPDATE OR DELETE ON "outcome_recipients" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_outcomes AFTER INSERT OR UPDATE OR DELETE ON "outcomes" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_participants AFTER INSERT OR UPDATE OR DELETE ON "participants" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_places AFTER INSERT OR UPDATE OR DELETE ON "places" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_plan_items AFTER INSERT OR UPDATE OR DELETE ON "plan_items" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_procedures AFTER INSERT OR UPDATE OR DELETE ON "procedures" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_proposal_handlings AFTER INSERT OR UPDATE OR DELETE ON "proposal_handlings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_reception_slots AFTER INSERT OR UPDATE OR DELETE ON "reception_slots" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_revisit_photos AFTER INSERT OR UPDATE OR DELETE ON "revisit_photos" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_revisits AFTER INSERT OR UPDATE OR DELETE ON "revisits" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_settings AFTER INSERT OR UPDATE OR DELETE ON "settings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_statement_votes AFTER INSERT OR UPDATE OR DELETE ON "statement_votes" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_statements AFTER INSERT OR UPDATE OR DELETE ON "statements" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_submission_events AFTER INSERT OR UPDATE OR DELETE ON "submission_events" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_submission_photos AFTER INSERT OR UPDATE OR DELETE ON "submission_photos" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_submission_rollups AFTER INSERT OR UPDATE OR DELETE ON "submission_rollups" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_submissions AFTER INSERT OR UPDATE OR DELETE ON "submissions" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_task_events AFTER INSERT OR UPDATE OR DELETE ON "task_events" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_task_files AFTER INSERT OR UPDATE OR DELETE ON "task_files" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_task_milestones AFTER INSERT OR UPDATE OR DELETE ON "task_milestones" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_tasks AFTER INSERT OR UPDATE OR DELETE ON "tasks" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_topic_submissions AFTER INSERT OR UPDATE OR DELETE ON "topic_submissions" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_topics AFTER INSERT OR UPDATE OR DELETE ON "topics" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_training_attendance AFTER INSERT OR UPDATE OR DELETE ON "training_attendance" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_training_files AFTER INSERT OR UPDATE OR DELETE ON "training_files" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_training_invitees AFTER INSERT OR UPDATE OR DELETE ON "training_invitees" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_trainings AFTER INSERT OR UPDATE OR DELETE ON "trainings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_whistle_calls AFTER INSERT OR UPDATE OR DELETE ON "whistle_calls" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_whistle_responses AFTER INSERT OR UPDATE OR DELETE ON "whistle_responses" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER figures_whistles AFTER INSERT OR UPDATE OR DELETE ON "whistles" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION figures_bump();--> statement-breakpoint
CREATE TRIGGER figures_accounts_truncate AFTER TRUNCATE ON "accounts" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_api_keys_truncate AFTER TRUNCATE ON "api_keys" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_categories_truncate AFTER TRUNCATE ON "categories" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_consensus_items_truncate AFTER TRUNCATE ON "consensus_items" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_consultation_files_truncate AFTER TRUNCATE ON "consultation_files" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_consultation_steps_truncate AFTER TRUNCATE ON "consultation_steps" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_consultations_truncate AFTER TRUNCATE ON "consultations" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_contact_logs_truncate AFTER TRUNCATE ON "contact_logs" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_councils_truncate AFTER TRUNCATE ON "councils" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_coverage_counts_truncate AFTER TRUNCATE ON "coverage_counts" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_deliberation_rollups_truncate AFTER TRUNCATE ON "deliberation_rollups" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_dissents_truncate AFTER TRUNCATE ON "dissents" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_duty_manual_entries_truncate AFTER TRUNCATE ON "duty_manual_entries" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_duty_rule_sets_truncate AFTER TRUNCATE ON "duty_rule_sets" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_duty_year_closings_truncate AFTER TRUNCATE ON "duty_year_closings" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_evaluations_truncate AFTER TRUNCATE ON "evaluations" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_grants_truncate AFTER TRUNCATE ON "grants" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_member_contacts_truncate AFTER TRUNCATE ON "member_contacts" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_member_group_members_truncate AFTER TRUNCATE ON "member_group_members" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_member_groups_truncate AFTER TRUNCATE ON "member_groups" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_member_places_truncate AFTER TRUNCATE ON "member_places" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_member_profiles_truncate AFTER TRUNCATE ON "member_profiles" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_member_writings_truncate AFTER TRUNCATE ON "member_writings" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_online_voters_truncate AFTER TRUNCATE ON "online_voters" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_opinions_truncate AFTER TRUNCATE ON "opinions" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_outcome_recipients_truncate AFTER TRUNCATE ON "outcome_recipients" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_outcomes_truncate AFTER TRUNCATE ON "outcomes" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_participants_truncate AFTER TRUNCATE ON "participants" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_places_truncate AFTER TRUNCATE ON "places" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_plan_items_truncate AFTER TRUNCATE ON "plan_items" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_procedures_truncate AFTER TRUNCATE ON "procedures" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_proposal_handlings_truncate AFTER TRUNCATE ON "proposal_handlings" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_reception_slots_truncate AFTER TRUNCATE ON "reception_slots" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_revisit_photos_truncate AFTER TRUNCATE ON "revisit_photos" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_revisits_truncate AFTER TRUNCATE ON "revisits" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_settings_truncate AFTER TRUNCATE ON "settings" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_statement_votes_truncate AFTER TRUNCATE ON "statement_votes" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_statements_truncate AFTER TRUNCATE ON "statements" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_submission_events_truncate AFTER TRUNCATE ON "submission_events" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_submission_photos_truncate AFTER TRUNCATE ON "submission_photos" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_submission_rollups_truncate AFTER TRUNCATE ON "submission_rollups" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_submissions_truncate AFTER TRUNCATE ON "submissions" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_task_events_truncate AFTER TRUNCATE ON "task_events" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_task_files_truncate AFTER TRUNCATE ON "task_files" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_task_milestones_truncate AFTER TRUNCATE ON "task_milestones" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_tasks_truncate AFTER TRUNCATE ON "tasks" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_topic_submissions_truncate AFTER TRUNCATE ON "topic_submissions" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_topics_truncate AFTER TRUNCATE ON "topics" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_training_attendance_truncate AFTER TRUNCATE ON "training_attendance" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_training_files_truncate AFTER TRUNCATE ON "training_files" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_training_invitees_truncate AFTER TRUNCATE ON "training_invitees" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_trainings_truncate AFTER TRUNCATE ON "trainings" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_whistle_calls_truncate AFTER TRUNCATE ON "whistle_calls" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_whistle_responses_truncate AFTER TRUNCATE ON "whistle_responses" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();--> statement-breakpoint
CREATE TRIGGER figures_whistles_truncate AFTER TRUNCATE ON "whistles" FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_now();
