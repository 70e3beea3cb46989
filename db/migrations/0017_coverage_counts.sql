CREATE TABLE "coverage_counts" (
	"place_id" uuid PRIMARY KEY NOT NULL,
	"places" integer DEFAULT 0 NOT NULL,
	"councils" integer DEFAULT 0 NOT NULL,
	"rooms" integer DEFAULT 0 NOT NULL,
	"four_haves" integer DEFAULT 0 NOT NULL,
	"workstations" integer DEFAULT 0 NOT NULL,
	"demonstrations" integer DEFAULT 0 NOT NULL,
	"places_with_members" integer DEFAULT 0 NOT NULL,
	"members" integer DEFAULT 0 NOT NULL,
	"members_homed" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coverage_counts" ADD CONSTRAINT "coverage_counts_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- ── coverage_counts: hand-written from here to the end (re-append after regenerating) ──────────
-- A subtree is a path range: every path beneath '/a/b/' lies in ['/a/b/', '/a/b/~'), since paths
-- hold only uuids' characters and '/', all below '~'; the range is what places_path_prefix_idx answers.
-- The places whose rows are kept: the first three ids of each path (depth 0, 1 and 2).
CREATE FUNCTION coverage_roots(paths text[]) RETURNS uuid[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(DISTINCT x.id::uuid), '{}')
    FROM unnest(paths) AS p(path),
         LATERAL unnest((string_to_array(trim(BOTH '/' FROM p.path), '/'))[1:3]) AS x(id)
   WHERE p.path IS NOT NULL AND x.id <> ''
$$;--> statement-breakpoint
-- The paths an account counts at: its home and the places it serves.
CREATE FUNCTION coverage_account_paths(ids uuid[]) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT array(
    SELECT h.path FROM accounts a JOIN places h ON h.id = a.home_place_id WHERE a.id = ANY(ids)
    UNION
    SELECT sp.path FROM member_places mp JOIN places sp ON sp.id = mp.place_id WHERE mp.account_id = ANY(ids))
$$;--> statement-breakpoint
-- Recounts the rows of `ids` (those still at depth ≤ 2; others lose their row) by the dashboard's own
-- conditions. The rows are locked first, in one order: a writer of the same subtree waits for this
-- transaction and then counts with its changes (each statement of the function sees what committed).
CREATE FUNCTION coverage_counts_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  DELETE FROM coverage_counts c
   WHERE c.place_id = ANY(ids)
     AND NOT EXISTS (SELECT 1 FROM places p WHERE p.id = c.place_id AND p.depth <= 2);
  PERFORM 1 FROM coverage_counts WHERE place_id = ANY(ids) ORDER BY place_id FOR UPDATE;
  INSERT INTO coverage_counts AS c (place_id, places, councils, rooms, four_haves, workstations,
                                    demonstrations, places_with_members, members, members_homed)
  SELECT r.id, s.places, s.councils, s.rooms, s.four_haves, s.workstations, s.demonstrations, w.n, m.n, m.homed
    FROM places r
   CROSS JOIN LATERAL (
     SELECT count(*) FILTER (WHERE p.kind IN ('village', 'community'))::int AS places,
            count(*) FILTER (WHERE p.has_council)::int AS councils,
            count(*) FILTER (WHERE p.has_room)::int AS rooms,
            count(*) FILTER (WHERE p.has_room AND p.room_has_sign AND p.room_has_venue
                                 AND p.room_has_duties AND p.room_has_mechanism)::int AS four_haves,
            count(*) FILTER (WHERE p.has_workstation)::int AS workstations,
            count(*) FILTER (WHERE p.is_demonstration)::int AS demonstrations
       FROM places p
      WHERE p.path ~>=~ r.path AND p.path ~<~ (r.path || '~') AND p.archived_at IS NULL) s
   CROSS JOIN LATERAL (
     -- villages and communities at or above a place a live member serves ("LIMIT 1" and "OFFSET 0"
     -- keep each inner query a probe by index per place, not a scan of all assignments)
     SELECT count(*)::int AS n
       FROM places p
      CROSS JOIN LATERAL (
        SELECT 1 FROM places sp
         CROSS JOIN LATERAL (
           SELECT 1 FROM member_places mp JOIN accounts a ON a.id = mp.account_id
            WHERE mp.place_id = sp.id AND NOT a.is_disabled OFFSET 0) y
         WHERE sp.path ~>=~ p.path AND sp.path ~<~ (p.path || '~')
         LIMIT 1) z
      WHERE p.path ~>=~ r.path AND p.path ~<~ (r.path || '~') AND p.archived_at IS NULL
        AND p.kind IN ('village', 'community')) w
   CROSS JOIN LATERAL (
     -- live members homed or serving in the subtree, each once; and those homed there
     SELECT count(DISTINCT x.account_id)::int AS n,
            count(DISTINCT x.account_id) FILTER (WHERE x.home)::int AS homed
       FROM places sp
      CROSS JOIN LATERAL (
        SELECT a.id AS account_id, true AS home FROM accounts a
         WHERE a.home_place_id = sp.id AND NOT a.is_disabled
           AND EXISTS (SELECT 1 FROM grants g WHERE g.account_id = a.id AND g.role = 'member')
        UNION ALL
        SELECT a.id, false FROM member_places mp JOIN accounts a ON a.id = mp.account_id
         WHERE mp.place_id = sp.id AND NOT a.is_disabled
           AND EXISTS (SELECT 1 FROM grants g WHERE g.account_id = a.id AND g.role = 'member')
        OFFSET 0) x
      WHERE sp.path ~>=~ r.path AND sp.path ~<~ (r.path || '~')) m
   WHERE r.id = ANY(ids) AND r.depth <= 2
  ON CONFLICT (place_id) DO UPDATE
    SET places = excluded.places, councils = excluded.councils, rooms = excluded.rooms,
        four_haves = excluded.four_haves, workstations = excluded.workstations,
        demonstrations = excluded.demonstrations, places_with_members = excluded.places_with_members,
        members = excluded.members, members_homed = excluded.members_homed;
END $$;--> statement-breakpoint
-- places: a place added, removed, moved (old and new ancestors), archived or its flags changed
CREATE FUNCTION coverage_counts_places() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM coverage_counts_refresh(coverage_roots(array(SELECT path FROM new_rows)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM coverage_counts_refresh(coverage_roots(array(SELECT path FROM old_rows)));
  ELSE
    PERFORM coverage_counts_refresh(coverage_roots(array(
      SELECT unnest(array[o.path, n.path])
        FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o.path, o.depth, o.kind, o.archived_at, o.has_council, o.has_room, o.room_has_sign,
              o.room_has_venue, o.room_has_duties, o.room_has_mechanism, o.has_workstation, o.is_demonstration)
             IS DISTINCT FROM
             (n.path, n.depth, n.kind, n.archived_at, n.has_council, n.has_room, n.room_has_sign,
              n.room_has_venue, n.room_has_duties, n.room_has_mechanism, n.has_workstation, n.is_demonstration))));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER coverage_counts_places_insert AFTER INSERT ON places REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_places();--> statement-breakpoint
CREATE TRIGGER coverage_counts_places_update AFTER UPDATE ON places
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_places();--> statement-breakpoint
CREATE TRIGGER coverage_counts_places_delete AFTER DELETE ON places REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_places();--> statement-breakpoint
-- member_places: a member assigned to a place or taken off it
CREATE FUNCTION coverage_counts_member_places() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM coverage_counts_refresh(coverage_roots(array(
      SELECT p.path FROM new_rows n JOIN places p ON p.id = n.place_id)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM coverage_counts_refresh(coverage_roots(array(
      SELECT p.path FROM old_rows o JOIN places p ON p.id = o.place_id)));
  ELSE
    PERFORM coverage_counts_refresh(coverage_roots(array(
      SELECT p.path FROM (SELECT place_id FROM old_rows UNION SELECT place_id FROM new_rows) x
        JOIN places p ON p.id = x.place_id)));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER coverage_counts_member_places_insert AFTER INSERT ON member_places
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_member_places();--> statement-breakpoint
CREATE TRIGGER coverage_counts_member_places_update AFTER UPDATE ON member_places
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_member_places();--> statement-breakpoint
CREATE TRIGGER coverage_counts_member_places_delete AFTER DELETE ON member_places
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_member_places();--> statement-breakpoint
-- accounts: added, removed, disabled or enabled, or homed elsewhere (old home, new home, places served)
CREATE FUNCTION coverage_counts_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM coverage_counts_refresh(coverage_roots(coverage_account_paths(array(SELECT id FROM new_rows))));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM coverage_counts_refresh(coverage_roots(array(
      SELECT p.path FROM old_rows o JOIN places p ON p.id = o.home_place_id)));
  ELSE
    PERFORM coverage_counts_refresh(coverage_roots(
      coverage_account_paths(array(
        SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE (o.is_disabled, o.home_place_id) IS DISTINCT FROM (n.is_disabled, n.home_place_id)))
      || array(
        SELECT p.path FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN places p ON p.id = o.home_place_id
         WHERE o.home_place_id IS DISTINCT FROM n.home_place_id)));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER coverage_counts_accounts_insert AFTER INSERT ON accounts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_accounts();--> statement-breakpoint
CREATE TRIGGER coverage_counts_accounts_update AFTER UPDATE ON accounts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_accounts();--> statement-breakpoint
CREATE TRIGGER coverage_counts_accounts_delete AFTER DELETE ON accounts REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_accounts();--> statement-breakpoint
-- grants: a member role given or taken away (a member counts once they hold one)
CREATE FUNCTION coverage_counts_grants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM coverage_counts_refresh(coverage_roots(coverage_account_paths(array(
      SELECT account_id FROM new_rows WHERE role = 'member'))));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM coverage_counts_refresh(coverage_roots(coverage_account_paths(array(
      SELECT account_id FROM old_rows WHERE role = 'member'))));
  ELSE
    PERFORM coverage_counts_refresh(coverage_roots(coverage_account_paths(array(
      SELECT account_id FROM old_rows WHERE role = 'member'
      UNION SELECT account_id FROM new_rows WHERE role = 'member'))));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER coverage_counts_grants_insert AFTER INSERT ON grants REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_grants();--> statement-breakpoint
CREATE TRIGGER coverage_counts_grants_update AFTER UPDATE ON grants
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_grants();--> statement-breakpoint
CREATE TRIGGER coverage_counts_grants_delete AFTER DELETE ON grants REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_grants();--> statement-breakpoint
SELECT coverage_counts_refresh(array(SELECT id FROM places WHERE depth <= 2));--> statement-breakpoint
ANALYZE coverage_counts;
