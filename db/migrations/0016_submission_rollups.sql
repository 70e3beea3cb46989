CREATE TABLE "submission_rollups" (
	"place_id" uuid NOT NULL,
	"month" date NOT NULL,
	"key" text NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "submission_rollups_place_id_month_key_pk" PRIMARY KEY("place_id","month","key")
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "village_id" uuid;--> statement-breakpoint
CREATE INDEX "accounts_home_place_idx" ON "accounts" USING btree ("home_place_id");--> statement-breakpoint
CREATE INDEX "submissions_open_idx" ON "submissions" USING btree ("district_id","township_id","village_id","due_at","created_at") WHERE "submissions"."status" in ('received', 'grid', 'community', 'township', 'department') and "submissions"."clock_stopped_at" is null;--> statement-breakpoint
-- hand-written from here: the village kept with the district and township, then the rollups
CREATE OR REPLACE FUNCTION submissions_subtree() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p text;
BEGIN
  SELECT path INTO p FROM places WHERE id = NEW.place_id;
  NEW.district_id := nullif(split_part(p, '/', 2), '')::uuid;
  NEW.township_id := nullif(split_part(p, '/', 3), '')::uuid;
  NEW.village_id := nullif(split_part(p, '/', 4), '')::uuid;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION places_subtree() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE submissions
     SET district_id = nullif(split_part(NEW.path, '/', 2), '')::uuid,
         township_id = nullif(split_part(NEW.path, '/', 3), '')::uuid,
         village_id = nullif(split_part(NEW.path, '/', 4), '')::uuid
   WHERE place_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
UPDATE submissions s
   SET village_id = nullif(split_part(p.path, '/', 4), '')::uuid
  FROM places p
 WHERE p.id = s.place_id AND split_part(p.path, '/', 4) <> '';--> statement-breakpoint
-- What one submission adds to the rollups: a count at each of its district, township and village
-- in the month it was received (Beijing time, the deployment's zone: src/shared/time-zone.ts).
-- Channel and category are kept at district and township only (a village's dashboard counts live).
CREATE FUNCTION submission_rollup_keys(r submissions)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, date_trunc('month', r.created_at AT TIME ZONE 'Asia/Shanghai')::date, k.key, k.n
    FROM (VALUES (r.district_id, 0), (r.township_id, 1), (r.village_id, 2)) AS a (place_id, depth),
         LATERAL (VALUES
           ('n', 1::bigint, true),
           ('ch:' || r.channel, 1::bigint, a.depth < 2),
           ('cat:' || r.category_id, 1::bigint, a.depth < 2 AND r.category_id IS NOT NULL),
           ('st:' || r.status, 1::bigint, true),
           ('rated', 1::bigint, r.satisfaction IS NOT NULL),
           ('sat', coalesce(r.satisfaction, 0)::bigint, r.satisfaction IS NOT NULL)
         ) AS k (key, n, kept)
   WHERE a.place_id IS NOT NULL AND k.kept
$$;--> statement-breakpoint
-- Each statement adds its new rows and takes away its old ones, in key order (so two writers lock
-- the shared district rows in the same order and never deadlock).
CREATE FUNCTION submission_rollups_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO submission_rollups AS t (place_id, month, key, n)
  SELECT c.place_id, c.month, c.key, sum(c.n) FROM new_rows r, submission_rollup_keys(r) c
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION submission_rollups_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO submission_rollups AS t (place_id, month, key, n)
  SELECT d.place_id, d.month, d.key, sum(d.n) FROM (
           SELECT c.place_id, c.month, c.key, c.n FROM new_rows r, submission_rollup_keys(r) c
           UNION ALL
           SELECT c.place_id, c.month, c.key, -c.n FROM old_rows r, submission_rollup_keys(r) c) d
   GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION submission_rollups_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO submission_rollups AS t (place_id, month, key, n)
  SELECT c.place_id, c.month, c.key, -sum(c.n) FROM old_rows r, submission_rollup_keys(r) c
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (place_id, month, key) DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER submission_rollups_insert AFTER INSERT ON submissions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION submission_rollups_on_insert();--> statement-breakpoint
CREATE TRIGGER submission_rollups_update AFTER UPDATE ON submissions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION submission_rollups_on_update();--> statement-breakpoint
CREATE TRIGGER submission_rollups_delete AFTER DELETE ON submissions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION submission_rollups_on_delete();--> statement-breakpoint
-- Rebuilds every rollup from the rows (writers wait meanwhile); returns how many rows it wrote.
CREATE FUNCTION submission_rollups_recompute() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE written bigint;
BEGIN
  LOCK TABLE submissions IN SHARE MODE;
  DELETE FROM submission_rollups;
  INSERT INTO submission_rollups (place_id, month, key, n)
  -- in key order: a district's or township's months lie together on disk, as the dashboards read them
  SELECT c.place_id, c.month, c.key, sum(c.n) FROM submissions r, submission_rollup_keys(r) c
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;--> statement-breakpoint
SELECT submission_rollups_recompute();
