-- Hand-written: each district also keeps its consultations and their attendances by day (month =
-- the day, keys d:c, d:cf:<form>, d:p, d:p:<kind>). Consultations are scheduled ahead, so the
-- month of today is not a whole month of the rollups: a reach of districts (the province) read the
-- days of it by counting every consultation and attendance of those days; it now reads a row per
-- key, district and day (docs/scaling.md). deliberation_rollup_places gives that row as depth -2;
-- topics and outcomes, dated when they happen and whole up to today, keep no days. The triggers
-- call these functions, so they keep the new rows as they keep the others.
CREATE OR REPLACE FUNCTION deliberation_rollup_places(path text, instant timestamptz)
RETURNS TABLE (place_id uuid, depth int, month date) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.depth,
         date_trunc(CASE a.depth WHEN -1 THEN 'year' WHEN -2 THEN 'day' ELSE 'month' END,
                    instant AT TIME ZONE 'Asia/Shanghai')::date
    FROM (VALUES (nullif(split_part(path, '/', 2), '')::uuid, 0),
                 (nullif(split_part(path, '/', 3), '')::uuid, 1),
                 (nullif(split_part(path, '/', 4), '')::uuid, 2),
                 (nullif(split_part(path, '/', 2), '')::uuid, -1),
                 (nullif(split_part(path, '/', 2), '')::uuid, -2)) AS a (place_id, depth)
   WHERE a.place_id IS NOT NULL AND instant IS NOT NULL
$$;--> statement-breakpoint
-- The prefix of a key at a depth: y: for the district's year, d: for its day.
CREATE FUNCTION deliberation_key_prefix(depth int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE depth WHEN -1 THEN 'y:' WHEN -2 THEN 'd:' ELSE '' END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION deliberation_topic_keys(path text, r topics)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, deliberation_key_prefix(a.depth) || k.key, 1::bigint
    FROM deliberation_rollup_places(path, r.created_at) a,
         LATERAL (VALUES ('t', true), ('ts:' || r.source, a.depth < 2)) AS k (key, kept)
   WHERE k.kept AND a.depth >= -1
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION deliberation_attendance_keys(path text, starts_at timestamptz, kind text, people bigint)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, deliberation_key_prefix(a.depth) || k.key, people
    FROM deliberation_rollup_places(path, starts_at) a,
         LATERAL (VALUES ('p', true), ('p:' || kind, a.depth < 2)) AS k (key, kept)
   WHERE k.kept
$$;--> statement-breakpoint
-- Outcomes' keys (sent, adopted, evaluated): no days.
CREATE OR REPLACE FUNCTION deliberation_keys_at(path text, instant timestamptz, one_key text, delta bigint)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, deliberation_key_prefix(a.depth) || one_key, delta
    FROM deliberation_rollup_places(path, instant) a
   WHERE a.depth >= -1
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION deliberation_consultation_keys(path text, r consultations)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, deliberation_key_prefix(a.depth) || k.key, 1::bigint
    FROM deliberation_rollup_places(path, r.starts_at) a,
         LATERAL (VALUES ('c', true), ('cf:' || r.form, a.depth < 2)) AS k (key, kept)
   WHERE k.kept
  UNION ALL
  SELECT k.* FROM (SELECT p.kind::text AS kind, count(*) AS n FROM participants p
                    WHERE p.consultation_id = r.id AND p.attended_at IS NOT NULL GROUP BY 1) x,
                  deliberation_attendance_keys(path, r.starts_at, x.kind, x.n) k
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION deliberation_outcome_keys(path text, r outcomes)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, a.month, deliberation_key_prefix(a.depth) || k.key, 1::bigint
    FROM deliberation_rollup_places(path, r.sent_at) a,
         LATERAL (VALUES
           ('o', true),
           ('oa', r.status IN ('answered', 'carrying_out', 'carried_out')),
           ('oc', r.status = 'carried_out'),
           ('oad', EXISTS (SELECT 1 FROM outcome_recipients x WHERE x.outcome_id = r.id AND x.verdict = 'adopted')),
           ('oe', EXISTS (SELECT 1 FROM evaluations x WHERE x.outcome_id = r.id))
         ) AS k (key, kept)
   WHERE k.kept AND a.depth >= -1
$$;--> statement-breakpoint
SELECT deliberation_rollups_recompute();
--> statement-breakpoint
ANALYZE deliberation_rollups;
