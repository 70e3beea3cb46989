// "Within this subtree" for submissions. A submission keeps its district and township beside its
// place (district_id, township_id: migration 0015's triggers keep them through intake, sorting and
// moved subtrees), so a district or a township is asked by its own column, which the indexes
// (district_id | township_id, created_at desc, id desc) answer in the inbox's order; deeper places
// go by their path. Either way the rows are those whose place's path starts with the root's path.
import { eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { inSubtree, pathIds } from '../../platform/db/place-path';
import { places, submissions } from '../../platform/db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const byColumn = (column: typeof submissions.districtId | typeof submissions.townshipId, ids: readonly string[]) =>
  ids.length === 1 ? eq(column, ids[0] as string) : inArray(column, [...ids]);

/**
 * SQL over submissions ⋈ places: the submission's place lies within one of the subtrees at
 * `rootPaths` (the same rows as `inSubtree(places.path, rootPaths)`); false for none.
 */
export function submissionsWithin(rootPaths: readonly string[]): SQL {
  const districts: string[] = [];
  const townships: string[] = [];
  const deeper: string[] = [];
  for (const path of rootPaths) {
    const ids = pathIds(path);
    const own = ids.at(-1) ?? '';
    if (ids.length === 1 && UUID.test(own)) districts.push(own);
    else if (ids.length === 2 && UUID.test(own)) townships.push(own);
    else deeper.push(path);
  }
  const parts: SQL[] = [];
  if (districts.length) parts.push(byColumn(submissions.districtId, districts));
  if (townships.length) parts.push(byColumn(submissions.townshipId, townships));
  if (deeper.length) parts.push(inSubtree(places.path, deeper));
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? (parts[0] as SQL) : (or(...parts) as SQL);
}

/** "Within a place": the filter (`where`) and the place's path (null: no such place, and `where` is false). */
export type WithinPlace = { where: SQL; path: string | null };

/**
 * The filter for "within the place `placeId`": its path read first, so a district or township
 * filters by its column; none of a place that does not exist.
 */
export async function submissionsWithinPlace(db: DbOrTx, placeId: string): Promise<WithinPlace> {
  const [place] = await db.select({ path: places.path }).from(places).where(eq(places.id, placeId));
  return place ? { where: submissionsWithin([place.path]), path: place.path } : { where: sql`false`, path: null };
}
