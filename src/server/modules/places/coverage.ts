// Coverage (覆盖): which places of a subtree have a council, a room, all of 四有, a members'
// workstation, a demonstration site, or a member serving there. The places list and the dashboard
// count by the same conditions, so a coverage figure lists back as exactly those places.
import { and, asc, count, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { PlaceCoverage } from '../../../shared/api/places';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { inSubtree } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';
import { visiblePlaces } from './policy';
import { type PlaceWithCount, withCount } from './queries';

/** The grassroots places a coverage ratio is taken over (村、社区). */
export const GRASSROOTS_KINDS = ['village', 'community'] as const;

/** 四有: unified sign, fixed venue, clear duties, working mechanism — all four. */
export const hasFourHaves = sql`(${places.roomHasSign} and ${places.roomHasVenue} and ${places.roomHasDuties} and ${places.roomHasMechanism})`;

/**
 * A live member serves at the place or beneath it: the place is one of the places along the path of
 * a place a live member serves. Set-based (the ids on those paths, a semi-join), and only the served
 * places within `scopePath`'s subtree are read — by the path index, each probed for its assignments
 * ("offset 0" keeps that probe per place rather than a scan of every assignment).
 */
export const hasMemberServing = (scopePath: string) =>
  sql`${places.id} in (select x.id::uuid from places csp cross join lateral (select 1 from member_places cmp join accounts ca on ca.id = cmp.account_id where cmp.place_id = csp.id and not ca.is_disabled offset 0) as cm cross join lateral unnest(string_to_array(trim(both '/' from csp.path), '/')) as x(id) where ${inSubtree(sql`csp.path`, scopePath)})`;

/**
 * What each coverage filter holds within the subtree at `scopePath`, as SQL over places; flags count
 * at any level, the others among 村、社区.
 */
export function coverageCondition(has: PlaceCoverage, scopePath: string): SQL {
  switch (has) {
    case 'all':
      return inArray(places.kind, [...GRASSROOTS_KINDS]);
    case 'council':
      return sql`${places.hasCouncil}`;
    case 'room':
      return sql`${places.hasRoom}`;
    case 'four_haves':
      return and(sql`${places.hasRoom}`, hasFourHaves) as SQL;
    case 'workstation':
      return sql`${places.hasWorkstation}`;
    case 'demonstration':
      return sql`${places.isDemonstration}`;
    case 'members':
      return and(inArray(places.kind, [...GRASSROOTS_KINDS]), hasMemberServing(scopePath)) as SQL;
  }
}

/** The live places the actor sees within the subtree at `withinPath` that hold `has` (default: 村、社区). */
export function coverageFilters(actor: Actor, q: { withinPath: string; has?: PlaceCoverage | undefined }): SQL[] {
  return [
    visiblePlaces(actor),
    isNull(places.archivedAt),
    inSubtree(places.path, q.withinPath),
    coverageCondition(q.has ?? 'all', q.withinPath),
  ];
}

/** A coverage figure's places, the first `limit` by name, and how many there are. */
export async function listCoveredPlaces(
  db: DbOrTx,
  actor: Actor,
  q: { withinPath: string; has?: PlaceCoverage | undefined },
  limit: number,
) {
  const where = and(...coverageFilters(actor, q));
  const [rows, [total]] = await Promise.all([
    db.select(withCount).from(places).where(where).orderBy(asc(places.path)).limit(limit),
    db.select({ n: count() }).from(places).where(where),
  ]);
  return { rows: rows as PlaceWithCount[], total: total?.n ?? 0 };
}
