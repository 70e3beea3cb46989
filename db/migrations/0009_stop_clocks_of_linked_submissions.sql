-- Submissions already linked to a topic stop their clock (issue 10): from when they were linked,
-- or their last re-sort when that came later, as the code now does on linking.
UPDATE "submissions" s
SET "clock_stopped_at" = GREATEST(ts."created_at", COALESCE((
      SELECT max(e."at") FROM "submission_events" e WHERE e."submission_id" = s."id"
        AND e."kind" IN ('to_grid', 'to_community', 'to_township', 'to_department', 'reopen')), ts."created_at"))
FROM "topic_submissions" ts
WHERE ts."submission_id" = s."id" AND s."clock_stopped_at" IS NULL
  AND s."status" IN ('received', 'grid', 'community', 'township', 'department');
