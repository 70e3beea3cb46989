import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { inSubtree } from '../../platform/db/place-path';
import { accounts, memberProfiles, places } from '../../platform/db/schema';
import { rosterFilters } from '../members';
import { coverageFilters, visiblePlaces } from '../places';
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
    Object.entries(FLAGS).map(([key, has]) => [key, countWhere(coverageFilters(actor, { within: place.id, has }))]),
  ) as Record<keyof typeof FLAGS, ReturnType<typeof countWhere>>;
  const [rows, [members]] = await Promise.all([
    db
      .select({ child: childOf(places.path, place.path), ...counted })
      .from(places)
      .where(and(visiblePlaces(actor), isNull(places.archivedAt), inSubtree(places.path, place.path)))
      .groupBy(sql`1`),
    // the roster's own count (home or served place beneath this one)
    db
      .select({ n: count() })
      .from(accounts)
      .innerJoin(places, eq(places.id, accounts.homePlaceId))
      .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
      .where(and(...rosterFilters(actor, { placeId: place.id, status: 'active' }))),
  ]);
  const children = new Map();
  for (const { child, ...values } of rows) addTo(children, child, values);
  const total = Object.fromEntries(
    (Object.keys(FLAGS) as (keyof typeof FLAGS)[]).map((k) => [k, sumOf(rows, (r) => r[k])]),
  );
  return { total: { ...total, members: members?.n ?? 0 }, breakdowns: [], children };
};
