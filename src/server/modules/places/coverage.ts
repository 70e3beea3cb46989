// Coverage (覆盖): which places of a subtree have a council, a room, all of 四有, a members'
// workstation, a demonstration site, or a member serving there. The places list and the dashboard
// count by the same conditions, so a coverage figure lists back as exactly those places.
import { and, asc, count, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { PlaceCoverage } from '../../../shared/api/places';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';
import { visiblePlaces } from './policy';
import { type PlaceWithCount, withCount } from './queries';

/** The grassroots places a coverage ratio is taken over (村、社区). */
export const GRASSROOTS_KINDS = ['village', 'community'] as const;

/** 四有: unified sign, fixed venue, clear duties, working mechanism — all four. */
export const hasFourHaves = sql`(${places.roomHasSign} and ${places.roomHasVenue} and ${places.roomHasDuties} and ${places.roomHasMechanism})`;

/** A live member serves at the place or beneath it (written out: correlated on the outer row). */
export const hasMemberServing = sql`exists (select 1 from member_places cmp join places csp on csp.id = cmp.place_id join accounts ca on ca.id = cmp.account_id where not ca.is_disabled and starts_with(csp.path, "places"."path"))`;

/** What each coverage filter holds, as SQL over places; flags count at any level, the others among 村、社区. */
export const COVERAGE_SQL = {
  all: inArray(places.kind, [...GRASSROOTS_KINDS]),
  council: sql`${places.hasCouncil}`,
  room: sql`${places.hasRoom}`,
  four_haves: and(sql`${places.hasRoom}`, hasFourHaves) as SQL,
  workstation: sql`${places.hasWorkstation}`,
  demonstration: sql`${places.isDemonstration}`,
  members: and(inArray(places.kind, [...GRASSROOTS_KINDS]), hasMemberServing) as SQL,
} satisfies Record<PlaceCoverage, SQL>;

/** The live places the actor sees within `withinId`'s subtree that hold `has` (default: 村、社区). */
export function coverageFilters(actor: Actor, q: { within: string; has?: PlaceCoverage | undefined }): SQL[] {
  return [
    visiblePlaces(actor),
    isNull(places.archivedAt),
    inSubtreeOfPlace(places.path, q.within),
    COVERAGE_SQL[q.has ?? 'all'],
  ];
}

/** A coverage figure's places, the first `limit` by name, and how many there are. */
export async function listCoveredPlaces(
  db: DbOrTx,
  actor: Actor,
  q: { within: string; has?: PlaceCoverage | undefined },
  limit: number,
) {
  const where = and(...coverageFilters(actor, q));
  const [rows, [total]] = await Promise.all([
    db.select(withCount).from(places).where(where).orderBy(asc(places.path)).limit(limit),
    db.select({ n: count() }).from(places).where(where),
  ]);
  return { rows: rows as PlaceWithCount[], total: total?.n ?? 0 };
}
