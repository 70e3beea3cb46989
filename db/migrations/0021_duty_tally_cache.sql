CREATE TABLE "duty_tally_cache" (
	"statement" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"rows" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "duty_tally_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "duty_tally_version_one" CHECK ("duty_tally_version"."id" = 1)
);--> statement-breakpoint
-- hand-written from here: the duty tally's data version. Every write that can change a tally adds
-- one to it, once per transaction, at commit (a deferred constraint trigger): the version row is
-- always the last lock a transaction takes, so writers that also lock rollup rows cannot deadlock on
-- it, and a transaction writing 500 rows bumps it once (a transaction-local flag).
INSERT INTO "duty_tally_version" ("id", "n") VALUES (1, 0);--> statement-breakpoint
CREATE FUNCTION duty_tally_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('shangliang.duty_tally_bumped', true), '') <> 'y' THEN
    PERFORM set_config('shangliang.duty_tally_bumped', 'y', true);
    UPDATE duty_tally_version SET n = n + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- TRUNCATE (statement-level, at once: no row-level form)
CREATE FUNCTION duty_tally_bump_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE duty_tally_version SET n = n + 1 WHERE id = 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_participants AFTER INSERT OR UPDATE OR DELETE ON "participants" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_opinions AFTER INSERT OR UPDATE OR DELETE ON "opinions" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_contact_logs AFTER INSERT OR UPDATE OR DELETE ON "contact_logs" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_reception_slots AFTER INSERT OR UPDATE OR DELETE ON "reception_slots" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_whistle_responses AFTER INSERT OR UPDATE OR DELETE ON "whistle_responses" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_member_writings AFTER INSERT OR UPDATE OR DELETE ON "member_writings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_training_attendance AFTER INSERT OR UPDATE OR DELETE ON "training_attendance" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_duty_manual_entries AFTER INSERT OR UPDATE OR DELETE ON "duty_manual_entries" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_duty_year_closings AFTER INSERT OR UPDATE OR DELETE ON "duty_year_closings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_duty_rule_sets AFTER INSERT OR UPDATE OR DELETE ON "duty_rule_sets" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_grants AFTER INSERT OR UPDATE OR DELETE ON "grants" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_consultations AFTER UPDATE OF status, starts_at OR DELETE ON "consultations" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_topics_new AFTER INSERT ON "topics" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.proposed_by_id IS NOT NULL) EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_topics_edit AFTER UPDATE OF source, status, proposed_by_id, created_at ON "topics" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.proposed_by_id IS NOT NULL OR NEW.proposed_by_id IS NOT NULL) EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_topics_gone AFTER DELETE ON "topics" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.proposed_by_id IS NOT NULL) EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_submissions_new AFTER INSERT ON "submissions" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.created_by_id IS NOT NULL) EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_submissions_edit AFTER UPDATE OF channel, created_by_id, created_at ON "submissions" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.created_by_id IS NOT NULL OR NEW.created_by_id IS NOT NULL) EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_submissions_gone AFTER DELETE ON "submissions" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.created_by_id IS NOT NULL) EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_whistles AFTER UPDATE OF status OR DELETE ON "whistles" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_trainings AFTER UPDATE OF archived_at, starts_at, hours_tenths OR DELETE ON "trainings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_accounts AFTER UPDATE OF is_disabled, home_place_id OR DELETE ON "accounts" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duty_tally_places AFTER UPDATE OF path OR DELETE ON "places" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duty_tally_bump();--> statement-breakpoint
CREATE TRIGGER duty_tally_participants_truncate AFTER TRUNCATE ON "participants" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_opinions_truncate AFTER TRUNCATE ON "opinions" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_contact_logs_truncate AFTER TRUNCATE ON "contact_logs" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_reception_slots_truncate AFTER TRUNCATE ON "reception_slots" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_whistle_responses_truncate AFTER TRUNCATE ON "whistle_responses" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_member_writings_truncate AFTER TRUNCATE ON "member_writings" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_training_attendance_truncate AFTER TRUNCATE ON "training_attendance" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_duty_manual_entries_truncate AFTER TRUNCATE ON "duty_manual_entries" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_duty_year_closings_truncate AFTER TRUNCATE ON "duty_year_closings" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_duty_rule_sets_truncate AFTER TRUNCATE ON "duty_rule_sets" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_grants_truncate AFTER TRUNCATE ON "grants" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_consultations_truncate AFTER TRUNCATE ON "consultations" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_topics_truncate AFTER TRUNCATE ON "topics" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_submissions_truncate AFTER TRUNCATE ON "submissions" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_whistles_truncate AFTER TRUNCATE ON "whistles" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_trainings_truncate AFTER TRUNCATE ON "trainings" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_accounts_truncate AFTER TRUNCATE ON "accounts" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();--> statement-breakpoint
CREATE TRIGGER duty_tally_places_truncate AFTER TRUNCATE ON "places" FOR EACH STATEMENT EXECUTE FUNCTION duty_tally_bump_now();
