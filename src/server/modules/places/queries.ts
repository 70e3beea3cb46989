import { and, asc, eq, ilike, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { PLACE_KINDS } from '../../../shared/enums';
import { sortPlacesBy } from '../../../shared/place-order';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtree, pathIds } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';
import { placeTrail } from '../../platform/list-export';
import { normalize } from '../../platform/text/normalize';
import { visiblePlaces, visibleRoots } from './policy';

export type PlaceRow = typeof places.$inferSelect;

// correlated on the outer row: written out because drizzle renders ${places.id} unqualified here
const childCount = sql<number>`(select count(*)::int from places c where c.parent_id = "places"."id" and c.archived_at is null)`;
export const withCount = { ...tableColumns(), childCount };

function tableColumns() {
  const { id, parentId, path, depth, kind, name, code, hasWorkstation, hasCouncil, hasRoom } = places;
  return {
    id,
    parentId,
    path,
    depth,
    kind,
    name,
    code,
    hasWorkstation,
    hasCouncil,
    hasRoom,
    roomAddress: places.roomAddress,
    roomHasSign: places.roomHasSign,
    roomHasVenue: places.roomHasVenue,
    roomHasDuties: places.roomHasDuties,
    roomHasMechanism: places.roomHasMechanism,
    brand: places.brand,
    isDemonstration: places.isDemonstration,
    archivedAt: places.archivedAt,
    createdAt: places.createdAt,
    updatedAt: places.updatedAt,
  };
}

export type PlaceWithCount = PlaceRow & { childCount: number };

/** A place the actor can see, or undefined (another region's place is not there for them). */
export async function findVisiblePlace(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select(withCount)
    .from(places)
    .where(and(eq(places.id, id), visiblePlaces(actor)));
  return row as PlaceWithCount | undefined;
}

/** A place by id regardless of who asks: for use cases that already checked visibility. */
export async function findPlaceById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(places).where(eq(places.id, id));
  return row;
}

export async function listVisibleChildren(
  db: DbOrTx,
  actor: Actor,
  parentId: string | undefined,
  includeArchived: boolean,
) {
  const where: SQL[] = [visiblePlaces(actor)];
  if (parentId) where.push(eq(places.parentId, parentId));
  else where.push(inArray(places.path, visibleRoots(actor)));
  if (!includeArchived) where.push(isNull(places.archivedAt));
  const rows = (await db
    .select(withCount)
    .from(places)
    .where(and(...where))) as PlaceWithCount[];
  // kinds in their order (区县 … 小区), each kind's places as people count (第二网格 before 第十网格)
  return sortPlacesBy(rows, (p) => PLACE_KINDS.indexOf(p.kind));
}

export const SEARCH_LIMIT = 50;

export async function searchVisiblePlaces(db: DbOrTx, actor: Actor, q: string, includeArchived: boolean) {
  // names are stored as entered (简体 on the mainland): 桃園 typed by a 繁體 reader finds 桃园社区
  const simplified = normalize(q);
  const named = [ilike(places.name, `%${escapeLike(q)}%`), ilike(places.name, `%${escapeLike(simplified)}%`)];
  const where: SQL[] = [visiblePlaces(actor), or(...named) as SQL];
  if (!includeArchived) where.push(isNull(places.archivedAt));
  const rows = (await db
    .select(withCount)
    .from(places)
    .where(and(...where))
    .orderBy(asc(places.depth), asc(places.name))
    .limit(SEARCH_LIMIT + 1)) as PlaceWithCount[];
  return sortPlacesBy(rows, (p) => p.depth);
}

/** Names of every ancestor along the given paths, for breadcrumbs. */
export async function ancestorsOf(db: DbOrTx, paths: string[]) {
  const ids = [...new Set(paths.flatMap(pathIds))];
  if (ids.length === 0) return new Map<string, { id: string; name: string; kind: PlaceRow['kind'] }>();
  const rows = await db
    .select({ id: places.id, name: places.name, kind: places.kind })
    .from(places)
    .where(inArray(places.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function siblingNameTaken(db: DbOrTx, parentId: string | null, name: string, exceptId?: string) {
  const where: SQL[] = [
    parentId ? eq(places.parentId, parentId) : isNull(places.parentId),
    eq(places.name, name),
    isNull(places.archivedAt),
  ];
  if (exceptId) where.push(ne(places.id, exceptId));
  const [row] = await db
    .select({ id: places.id })
    .from(places)
    .where(and(...where))
    .limit(1);
  return Boolean(row);
}

export async function codeTaken(db: DbOrTx, code: string, exceptId?: string) {
  const where: SQL[] = [eq(places.code, code)];
  if (exceptId) where.push(ne(places.id, exceptId));
  const [row] = await db
    .select({ id: places.id })
    .from(places)
    .where(and(...where))
    .limit(1);
  return Boolean(row);
}

/** Rewrites the path prefix of a place and everything beneath it. */
export async function reparentSubtree(
  db: DbOrTx,
  input: { id: string; oldPath: string; newPath: string; newParentId: string; depthDelta: number },
) {
  await db
    .update(places)
    .set({
      path: sql`${input.newPath} || substr(${places.path}, ${input.oldPath.length + 1})`,
      depth: sql`${places.depth} + ${input.depthDelta}`,
      updatedAt: new Date(),
    })
    .where(inSubtree(places.path, input.oldPath));
  await db.update(places).set({ parentId: input.newParentId }).where(eq(places.id, input.id));
}

export async function liveChildCount(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(places)
    .where(and(eq(places.parentId, id), isNull(places.archivedAt)));
  return row?.n ?? 0;
}

/** The live (not archived) place with this code, if any: for the open interfaces, which name places by code. */
export async function findLivePlaceByCode(db: DbOrTx, code: string) {
  const [row] = await db
    .select()
    .from(places)
    .where(and(eq(places.code, code), isNull(places.archivedAt)));
  return row;
}

/** Past this many, the templates' sheet of existing places stops (a province holds tens of thousands). */
export const LISTED_PLACES_LIMIT = 20_000;

/** The live places the actor can see, top down, each with its code and its names from the top. */
export async function listRegionPlaces(db: DbOrTx, actor: Actor) {
  return (
    db
      // the path named in full: a select from one table writes its columns unqualified, which the
      // trail's subquery would read as its own
      .select({ code: places.code, name: places.name, trail: placeTrail(sql.raw('"places"."path"')) })
      .from(places)
      .where(and(visiblePlaces(actor), isNull(places.archivedAt)))
      .orderBy(asc(places.path))
      .limit(LISTED_PLACES_LIMIT)
  );
}
