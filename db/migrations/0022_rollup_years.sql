CREATE INDEX "submission_rollups_key_idx" ON "submission_rollups" USING btree ("place_id","key" collate "C","month");--> statement-breakpoint
CREATE INDEX "deliberation_rollups_key_idx" ON "deliberation_rollups" USING btree ("place_id","key" collate "C","month");--> statement-breakpoint
-- hand-written from here: each district also keeps its counts by year (month = 1 January, every key
-- as y:<key>), so a reach of a hundred districts sums 25 rows each for the year to date instead of
-- 25 a month (docs/scaling.md). The rest as migration 0016 wrote it.
CREATE OR REPLACE FUNCTION submission_rollup_keys(r submissions)
RETURNS TABLE (place_id uuid, month date, key text, n bigint) LANGUAGE sql STABLE AS $$
  SELECT a.place_id, date_trunc(a.span, r.created_at AT TIME ZONE 'Asia/Shanghai')::date, a.prefix || k.key, k.n
    FROM (VALUES (r.district_id, 0, 'month', ''), (r.township_id, 1, 'month', ''), (r.village_id, 2, 'month', ''),
                 (r.district_id, 0, 'year', 'y:')) AS a (place_id, depth, span, prefix),
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
SELECT submission_rollups_recompute();
--> statement-breakpoint
ANALYZE submission_rollups;
