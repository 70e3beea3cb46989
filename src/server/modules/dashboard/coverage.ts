import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { inSubtree } from '../../platform/db/place-path';
import { accounts, memberProfiles, places } from '../../platform/db/schema';
import { rosterFilters } from '../members';
import { COVERAGE_SQL, coverageFilters, visiblePlaces } from '../places';
import { addTo, childOf, countWhere, type Section, sumOf } from './section';

const FLAGS = {
  places: 'all',
  councils: 'council',
  rooms: 'room',
  fourHaves: 'four_haves',
  workstations: 'workstation',
  demonstrations: 'demonstration',
  placesWithMembers: 'members',
} as const;

/**
 * 覆盖 (as of today): the places of the subtree with a council, a room, all of 四有, a workstation,
 * a demonstration site, a member serving; and the members on the roster of the place.
 */
export const coverageFigures: Section = async (db, actor, place) => {
  const counted = Object.fromEntries(
    Object.entries(FLAGS).map(([key, has]) => [
      key,
      // all of a reach: the query's own conditions keep to it, as a place's list keeps to its subtree
      countWhere(place.id ? coverageFilters(actor, { within: place.id, has }) : [COVERAGE_SQL[has]]),
    ]),
  ) as Record<keyof typeof FLAGS, ReturnType<typeof countWhere>>;
  // a member counts in each child holding their home or a place they serve (as the roster's filter)
  const homeOrServed = sql`lateral (select ${places.path} as path union all select sp.path from member_places mp join places sp on sp.id = mp.place_id where mp.account_id = ${accounts.id}) as hs`;
  const [rows, [members], memberRows] = await Promise.all([
    db
      .select({ child: childOf(places.path, place), ...counted })
      .from(places)
      .where(and(visiblePlaces(actor), isNull(places.archivedAt), inSubtree(places.path, place.path)))
      .groupBy(sql`1`),
    // the roster's own count (home or served place beneath this one)
    db
      .select({ n: count() })
      .from(accounts)
      .innerJoin(places, eq(places.id, accounts.homePlaceId))
      .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
      .where(and(...rosterFilters(actor, { placeId: place.id ?? undefined, status: 'active' }))),
    db
      .select({ child: childOf(sql`hs.path`, place), n: sql<number>`count(distinct ${accounts.id})::int` })
      .from(accounts)
      .innerJoin(places, eq(places.id, accounts.homePlaceId))
      .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
      .innerJoin(homeOrServed, sql`true`)
      .where(and(...rosterFilters(actor, { status: 'active' }), inSubtree(sql`hs.path`, place.path)))
      .groupBy(sql`1`),
  ]);
  const children = new Map();
  for (const { child, ...values } of rows) addTo(children, child, { ...values, members: 0 });
  for (const { child, n } of memberRows) addTo(children, child, { members: n });
  const total = Object.fromEntries(
    (Object.keys(FLAGS) as (keyof typeof FLAGS)[]).map((k) => [k, sumOf(rows, (r) => r[k])]),
  );
  return { total: { ...total, members: members?.n ?? 0 }, breakdowns: [], children };
};
