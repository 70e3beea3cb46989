CREATE TABLE "deliberation_rollups" (
	"place_id" uuid NOT NULL,
	"month" date NOT NULL,
	"key" text NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "deliberation_rollups_place_id_month_key_pk" PRIMARY KEY("place_id","month","key")
);
--> statement-breakpoint
CREATE INDEX "submissions_district_status_idx" ON "submissions" USING btree ("district_id","status");--> statement-breakpoint
CREATE INDEX "submissions_township_status_idx" ON "submissions" USING btree ("township_id","status");--> statement-breakpoint
CREATE INDEX "consultations_starts_idx" ON "consultations" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "outcomes_sent_idx" ON "outcomes" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "topics_created_idx" ON "topics" USING btree ("created_at");--> statement-breakpoint
-- hand-written from here: the deliberation rollups' keys, triggers and rebuild (as 0016's for submissions).
-- The district, township and village (depth 0–2) on a place's path, and the month of an instant
-- in the deployment's zone (src/shared/time-zone.ts).
CREATE FUNCTION deliberation_rollup_places(path text, instant timestamptz)
RETURNS TABLE (place_id uuid, depth int, month date) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.depth, date_trunc('month', instant AT TIME ZONE 'Asia/Shanghai')::date
    FROM (VALUES (nullif(split_part(path, '/', 2), '')::uuid, 0),
                 (nullif(split_part(path, '/', 3), '')::uuid, 1),
                 (nullif(split_part(path, '/', 4), '')::uuid, 2)) AS a (place_id, depth)
   WHERE a.place_id IS NOT NULL AND instant IS NOT NULL
$$;--> statement-breakpoint
-- A topic counts in the month it was raised (the topics list's 创建 filter), by source.
CREATE FUNCTION deliberation_topic_keys(path text, r topics)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, k.key, 1::bigint
    FROM deliberation_rollup_places(path, r.created_at) a,
         LATERAL (VALUES ('t', true), ('ts:' || r.source, a.depth < 2)) AS k (key, kept)
   WHERE k.kept
$$;--> statement-breakpoint
-- Attendances (people signed in) count in their consultation's month, by kind.
CREATE FUNCTION deliberation_attendance_keys(path text, starts_at timestamptz, kind text, people bigint)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, k.key, people
    FROM deliberation_rollup_places(path, starts_at) a,
         LATERAL (VALUES ('p', true), ('p:' || kind, a.depth < 2)) AS k (key, kept)
   WHERE k.kept
$$;--> statement-breakpoint
-- One key at the district, township and village of a place in the month of an instant.
CREATE FUNCTION deliberation_keys_at(path text, instant timestamptz, one_key text, delta bigint)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, one_key, delta FROM deliberation_rollup_places(path, instant) a
$$;--> statement-breakpoint
-- A consultation counts in the month it starts (the consultations list's 时间 filter), by form,
-- with its attendances as they stand.
CREATE FUNCTION deliberation_consultation_keys(path text, r consultations)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, k.key, 1::bigint
    FROM deliberation_rollup_places(path, r.starts_at) a,
         LATERAL (VALUES ('c', true), ('cf:' || r.form, a.depth < 2)) AS k (key, kept)
   WHERE k.kept
  UNION ALL
  SELECT k.* FROM (SELECT p.kind::text AS kind, count(*) AS n FROM participants p
                    WHERE p.consultation_id = r.id AND p.attended_at IS NOT NULL GROUP BY 1) x,
                  deliberation_attendance_keys(path, r.starts_at, x.kind, x.n) k
$$;--> statement-breakpoint
-- An outcome counts once sent, in the month it was sent (the outcomes list's 报送 filter): answered
-- and carried out by status (reached or passed), adopted and evaluated by its recipients and
-- evaluations as they stand.
CREATE FUNCTION deliberation_outcome_keys(path text, r outcomes)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, k.key, 1::bigint
    FROM deliberation_rollup_places(path, r.sent_at) a,
         LATERAL (VALUES
           ('o', true),
           ('oa', r.status IN ('answered', 'carrying_out', 'carried_out')),
           ('oc', r.status = 'carried_out'),
           ('oad', EXISTS (SELECT 1 FROM outcome_recipients x WHERE x.outcome_id = r.id AND x.verdict = 'adopted')),
           ('oe', EXISTS (SELECT 1 FROM evaluations x WHERE x.outcome_id = r.id))
         ) AS k (key, kept)
   WHERE k.kept
$$;--> statement-breakpoint
-- Every count from the records themselves: what the rebuild writes and the check compares with.
CREATE FUNCTION deliberation_rollups_counted()
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT c.place_id, c.month, c.key, sum(c.n)::bigint FROM (
    SELECT k.* FROM topics r JOIN places p ON p.id = r.place_id, deliberation_topic_keys(p.path, r) k
    UNION ALL
    SELECT k.* FROM consultations r JOIN places p ON p.id = r.place_id, deliberation_consultation_keys(p.path, r) k
    UNION ALL
    SELECT k.* FROM outcomes r JOIN places p ON p.id = r.place_id, deliberation_outcome_keys(p.path, r) k
  ) c GROUP BY 1, 2, 3
$$;--> statement-breakpoint
-- Each statement's changes, summed and written in key order (writers lock the shared district rows
-- in one order: no deadlocks), as submission_rollups are kept.
CREATE FUNCTION deliberation_rollups_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
    SELECT k.place_id, k.month, k.key, sum(k.n) FROM new_rows r JOIN places p ON p.id = r.place_id,
           deliberation_topic_keys(p.path, r) k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
    SELECT d.place_id, d.month, d.key, sum(d.n) FROM (
             SELECT k.* FROM new_rows r JOIN places p ON p.id = r.place_id, deliberation_topic_keys(p.path, r) k
             UNION ALL
             SELECT k.place_id, k.month, k.key, -k.n FROM old_rows r JOIN places p ON p.id = r.place_id,
                    deliberation_topic_keys(p.path, r) k) d
     GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  ELSE
    INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
    SELECT k.place_id, k.month, k.key, -sum(k.n) FROM old_rows r JOIN places p ON p.id = r.place_id,
           deliberation_topic_keys(p.path, r) k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION deliberation_rollups_consultations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
    SELECT k.place_id, k.month, k.key, sum(k.n) FROM new_rows r JOIN places p ON p.id = r.place_id,
           deliberation_consultation_keys(p.path, r) k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
    SELECT d.place_id, d.month, d.key, sum(d.n) FROM (
             SELECT k.* FROM new_rows r JOIN places p ON p.id = r.place_id, deliberation_consultation_keys(p.path, r) k
             UNION ALL
             SELECT k.place_id, k.month, k.key, -k.n FROM old_rows r JOIN places p ON p.id = r.place_id,
                    deliberation_consultation_keys(p.path, r) k) d
     GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  ELSE
    -- its participants go first (a foreign key): their attendances were taken away with them
    INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
    SELECT k.place_id, k.month, k.key, -sum(k.n) FROM old_rows r JOIN places p ON p.id = r.place_id,
           deliberation_consultation_keys(p.path, r) k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- Attendances added and taken away, at their consultation's month and places as they stand.
CREATE FUNCTION deliberation_rollups_participants() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[]; kinds text[]; ns bigint[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(d.consultation_id), array_agg(d.kind), array_agg(d.n) INTO ids, kinds, ns
      FROM (SELECT r.consultation_id, r.kind::text AS kind, count(*) AS n FROM new_rows r
             WHERE r.attended_at IS NOT NULL GROUP BY 1, 2) d;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(d.consultation_id), array_agg(d.kind), array_agg(d.n) INTO ids, kinds, ns
      FROM (SELECT x.consultation_id, x.kind, sum(x.n) AS n FROM (
              SELECT r.consultation_id, r.kind::text AS kind, 1 AS n FROM new_rows r WHERE r.attended_at IS NOT NULL
              UNION ALL
              SELECT r.consultation_id, r.kind::text, -1 FROM old_rows r WHERE r.attended_at IS NOT NULL) x
             GROUP BY 1, 2 HAVING sum(x.n) <> 0) d;
  ELSE
    SELECT array_agg(d.consultation_id), array_agg(d.kind), array_agg(d.n) INTO ids, kinds, ns
      FROM (SELECT r.consultation_id, r.kind::text AS kind, -count(*) AS n FROM old_rows r
             WHERE r.attended_at IS NOT NULL GROUP BY 1, 2) d;
  END IF;
  IF ids IS NULL THEN RETURN NULL; END IF;
  INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
  SELECT k.place_id, k.month, k.key, sum(k.n)
    FROM unnest(ids, kinds, ns) AS d (consultation_id, kind, n)
    JOIN consultations c ON c.id = d.consultation_id JOIN places p ON p.id = c.place_id,
         deliberation_attendance_keys(p.path, c.starts_at, d.kind, d.n) k
   GROUP BY 1, 2, 3 HAVING sum(k.n) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION deliberation_rollups_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
    SELECT k.place_id, k.month, k.key, sum(k.n) FROM new_rows r JOIN places p ON p.id = r.place_id,
           deliberation_outcome_keys(p.path, r) k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
    SELECT d.place_id, d.month, d.key, sum(d.n) FROM (
             SELECT k.* FROM new_rows r JOIN places p ON p.id = r.place_id, deliberation_outcome_keys(p.path, r) k
             UNION ALL
             SELECT k.place_id, k.month, k.key, -k.n FROM old_rows r JOIN places p ON p.id = r.place_id,
                    deliberation_outcome_keys(p.path, r) k) d
     GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  ELSE
    -- its recipients and evaluations go first (foreign keys): adopted and evaluated went with them
    INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
    SELECT k.place_id, k.month, k.key, -sum(k.n) FROM old_rows r JOIN places p ON p.id = r.place_id,
           deliberation_outcome_keys(p.path, r) k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- 采纳 of the outcomes whose recipients a statement touched: whether one adopted it before the
-- statement (the untouched rows, or the touched ones as they were) and whether one does now.
CREATE FUNCTION deliberation_rollups_recipients() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[]; befores boolean[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(o.outcome_id), array_agg(EXISTS (
             SELECT 1 FROM outcome_recipients x WHERE x.outcome_id = o.outcome_id AND x.verdict = 'adopted'
                AND NOT EXISTS (SELECT 1 FROM new_rows r WHERE r.id = x.id))) INTO ids, befores
      FROM (SELECT DISTINCT outcome_id FROM new_rows) o;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(o.outcome_id), array_agg(EXISTS (
             SELECT 1 FROM outcome_recipients x WHERE x.outcome_id = o.outcome_id AND x.verdict = 'adopted'
                AND NOT EXISTS (SELECT 1 FROM new_rows r WHERE r.id = x.id))
           OR EXISTS (SELECT 1 FROM old_rows r WHERE r.outcome_id = o.outcome_id AND r.verdict = 'adopted'))
      INTO ids, befores
      FROM (SELECT outcome_id FROM new_rows UNION SELECT outcome_id FROM old_rows) o;
  ELSE
    SELECT array_agg(o.outcome_id), array_agg(EXISTS (
             SELECT 1 FROM outcome_recipients x WHERE x.outcome_id = o.outcome_id AND x.verdict = 'adopted')
           OR EXISTS (SELECT 1 FROM old_rows r WHERE r.outcome_id = o.outcome_id AND r.verdict = 'adopted'))
      INTO ids, befores
      FROM (SELECT DISTINCT outcome_id FROM old_rows) o;
  END IF;
  IF ids IS NULL THEN RETURN NULL; END IF;
  INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
  SELECT k.place_id, k.month, k.key, sum(k.n)
    FROM unnest(ids, befores) AS d (outcome_id, before)
    JOIN outcomes o ON o.id = d.outcome_id JOIN places p ON p.id = o.place_id,
         LATERAL (SELECT EXISTS (SELECT 1 FROM outcome_recipients x
                                  WHERE x.outcome_id = o.id AND x.verdict = 'adopted')::int - d.before::int AS n) f,
         deliberation_keys_at(p.path, o.sent_at, 'oad', f.n) k
   WHERE f.n <> 0
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END $$;--> statement-breakpoint
-- 评价 of the outcomes whose evaluations a statement touched, the same way.
CREATE FUNCTION deliberation_rollups_evaluations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[]; befores boolean[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(o.outcome_id), array_agg(EXISTS (
             SELECT 1 FROM evaluations x WHERE x.outcome_id = o.outcome_id
                AND NOT EXISTS (SELECT 1 FROM new_rows r WHERE r.id = x.id))) INTO ids, befores
      FROM (SELECT DISTINCT outcome_id FROM new_rows) o;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(o.outcome_id), array_agg(EXISTS (
             SELECT 1 FROM evaluations x WHERE x.outcome_id = o.outcome_id
                AND NOT EXISTS (SELECT 1 FROM new_rows r WHERE r.id = x.id))
           OR EXISTS (SELECT 1 FROM old_rows r WHERE r.outcome_id = o.outcome_id))
      INTO ids, befores
      FROM (SELECT outcome_id FROM new_rows UNION SELECT outcome_id FROM old_rows) o;
  ELSE
    SELECT array_agg(o.outcome_id), array_agg(EXISTS (SELECT 1 FROM evaluations x WHERE x.outcome_id = o.outcome_id)
           OR EXISTS (SELECT 1 FROM old_rows r WHERE r.outcome_id = o.outcome_id))
      INTO ids, befores
      FROM (SELECT DISTINCT outcome_id FROM old_rows) o;
  END IF;
  IF ids IS NULL THEN RETURN NULL; END IF;
  INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
  SELECT k.place_id, k.month, k.key, sum(k.n)
    FROM unnest(ids, befores) AS d (outcome_id, before)
    JOIN outcomes o ON o.id = d.outcome_id JOIN places p ON p.id = o.place_id,
         LATERAL (SELECT EXISTS (SELECT 1 FROM evaluations x WHERE x.outcome_id = o.id)::int - d.before::int AS n) f,
         deliberation_keys_at(p.path, o.sent_at, 'oe', f.n) k
   WHERE f.n <> 0
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END $$;--> statement-breakpoint
-- A moved place (its path changed, and its subtree's with it) moves the counts of its records.
CREATE FUNCTION deliberation_rollups_places() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO deliberation_rollups AS t (place_id, month, key, n)
  SELECT d.place_id, d.month, d.key, sum(d.n) FROM (
           WITH moved AS (SELECT n.id, o.path AS old_path, n.path AS new_path
                            FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.path <> n.path)
           SELECT k.* FROM moved m JOIN topics r ON r.place_id = m.id, deliberation_topic_keys(m.new_path, r) k
           UNION ALL
           SELECT k.place_id, k.month, k.key, -k.n FROM moved m JOIN topics r ON r.place_id = m.id,
                  deliberation_topic_keys(m.old_path, r) k
           UNION ALL
           SELECT k.* FROM moved m JOIN consultations r ON r.place_id = m.id,
                  deliberation_consultation_keys(m.new_path, r) k
           UNION ALL
           SELECT k.place_id, k.month, k.key, -k.n FROM moved m JOIN consultations r ON r.place_id = m.id,
                  deliberation_consultation_keys(m.old_path, r) k
           UNION ALL
           SELECT k.* FROM moved m JOIN outcomes r ON r.place_id = m.id, deliberation_outcome_keys(m.new_path, r) k
           UNION ALL
           SELECT k.place_id, k.month, k.key, -k.n FROM moved m JOIN outcomes r ON r.place_id = m.id,
                  deliberation_outcome_keys(m.old_path, r) k) d
   GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_topics_insert AFTER INSERT ON topics
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_topics();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_topics_update AFTER UPDATE ON topics
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_topics();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_topics_delete AFTER DELETE ON topics
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_topics();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_consultations_insert AFTER INSERT ON consultations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_consultations();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_consultations_update AFTER UPDATE ON consultations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_consultations();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_consultations_delete AFTER DELETE ON consultations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_consultations();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_participants_insert AFTER INSERT ON participants
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_participants();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_participants_update AFTER UPDATE ON participants
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_participants();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_participants_delete AFTER DELETE ON participants
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_participants();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_outcomes_insert AFTER INSERT ON outcomes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_outcomes();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_outcomes_update AFTER UPDATE ON outcomes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_outcomes();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_outcomes_delete AFTER DELETE ON outcomes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_outcomes();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_recipients_insert AFTER INSERT ON outcome_recipients
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_recipients();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_recipients_update AFTER UPDATE ON outcome_recipients
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_recipients();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_recipients_delete AFTER DELETE ON outcome_recipients
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_recipients();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_evaluations_insert AFTER INSERT ON evaluations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_evaluations();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_evaluations_update AFTER UPDATE ON evaluations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_evaluations();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_evaluations_delete AFTER DELETE ON evaluations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_evaluations();--> statement-breakpoint
CREATE TRIGGER deliberation_rollups_places AFTER UPDATE ON places
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deliberation_rollups_places();--> statement-breakpoint
-- Rebuilds every count from the records (writers wait meanwhile), in key order; how many rows it wrote.
CREATE FUNCTION deliberation_rollups_recompute() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE written bigint;
BEGIN
  LOCK TABLE topics, consultations, participants, outcomes, outcome_recipients, evaluations IN SHARE MODE;
  DELETE FROM deliberation_rollups;
  INSERT INTO deliberation_rollups (place_id, month, key, n)
  SELECT c.place_id, c.month, c.key, c.n FROM deliberation_rollups_counted() c ORDER BY 1, 2, 3;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;--> statement-breakpoint
SELECT deliberation_rollups_recompute();
