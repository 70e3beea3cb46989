ALTER TABLE "submissions" ADD COLUMN "district_id" uuid;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "township_id" uuid;--> statement-breakpoint
CREATE INDEX "submissions_created_idx" ON "submissions" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "submissions_district_created_idx" ON "submissions" USING btree ("district_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "submissions_township_created_idx" ON "submissions" USING btree ("township_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE FUNCTION submissions_subtree() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p text;
BEGIN
  SELECT path INTO p FROM places WHERE id = NEW.place_id;
  NEW.district_id := nullif(split_part(p, '/', 2), '')::uuid;
  NEW.township_id := nullif(split_part(p, '/', 3), '')::uuid;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER submissions_subtree BEFORE INSERT OR UPDATE OF place_id ON submissions
  FOR EACH ROW EXECUTE FUNCTION submissions_subtree();--> statement-breakpoint
CREATE FUNCTION places_subtree() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE submissions
     SET district_id = nullif(split_part(NEW.path, '/', 2), '')::uuid,
         township_id = nullif(split_part(NEW.path, '/', 3), '')::uuid
   WHERE place_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER places_subtree AFTER UPDATE OF path ON places
  FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION places_subtree();--> statement-breakpoint
UPDATE submissions s
   SET district_id = nullif(split_part(p.path, '/', 2), '')::uuid,
       township_id = nullif(split_part(p.path, '/', 3), '')::uuid
  FROM places p
 WHERE p.id = s.place_id;
