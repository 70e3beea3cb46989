import { and, count, eq, inArray, isNull, not, or, type SQL, sql } from 'drizzle-orm';
import { anyOf } from '../../platform/db/arrays';
import { depthOf, inSubtree, pathIds } from '../../platform/db/place-path';
import { accounts, coverageCounts, memberProfiles, places } from '../../platform/db/schema';
import { isMemberAccount, rosterFilters } from '../members';
import { coverageCondition, coverageFilters, visiblePlaces, visibleRoots } from '../places';
import { addTo, childOf, countWhere, type DashboardPlace, type Section, sumOf, type Values } from './section';

const FLAGS = {
  places: 'all',
  councils: 'council',
  rooms: 'room',
  fourHaves: 'four_haves',
  workstations: 'workstation',
  demonstrations: 'demonstration',
  placesWithMembers: 'members',
} as const;
type Flag = keyof typeof FLAGS;

/** The deepest place (1 = a district) whose subtree counts migration 0017's triggers keep. */
const KEPT_DEPTH = 3;

/**
 * 覆盖 (as of today): the places of the subtree with a council, a room, all of 四有, a workstation,
 * a demonstration site, a member serving; and the members on the roster of the place.
 *
 * A province's or a district's (or a township's) figures and its children's are read from the
 * counts kept per place (coverage_counts, recounted by triggers on every change, by the same
 * conditions as the lists); below that, or for a reach whose tops lie deeper, they are counted.
 */
export const coverageFigures: Section = async (db, actor, place) => {
  const roots = place.id ? [place.path] : visibleRoots(actor);
  const kept = place.id
    ? depthOf(place.path) < KEPT_DEPTH
    : [...roots, ...(place.tops ?? [])].every((p) => depthOf(p) <= KEPT_DEPTH);
  return kept ? keptFigures(db, actor, place, roots) : countedFigures(db, actor, place);
};

type Db = Parameters<Section>[0];
type Actor = Parameters<Section>[1];

const keptColumns = {
  places: coverageCounts.places,
  councils: coverageCounts.councils,
  rooms: coverageCounts.rooms,
  fourHaves: coverageCounts.fourHaves,
  workstations: coverageCounts.workstations,
  demonstrations: coverageCounts.demonstrations,
  placesWithMembers: coverageCounts.placesWithMembers,
  members: coverageCounts.members,
  membersHomed: coverageCounts.membersHomed,
};

/**
 * From the kept counts: the place's own row (or the sum over the tops of the actor's reach, which do
 * not overlap) and its children's rows. A place's members are those homed or serving in its subtree,
 * all on the roster of a viewer who reaches the place. Across a reach of several tops a member may
 * serve under two of them, so there they add up by home (one each), plus those homed elsewhere.
 */
async function keptFigures(db: Db, actor: Actor, place: DashboardPlace, roots: string[]) {
  const childPaths = place.id ? [] : [...(place.tops ?? [])];
  const [rows, elsewhere] = await Promise.all([
    db
      .select({ path: places.path, id: places.id, ...keptColumns })
      .from(coverageCounts)
      .innerJoin(places, eq(places.id, coverageCounts.placeId))
      .where(
        place.id
          ? or(eq(places.id, place.id), eq(places.parentId, place.id))
          : anyOf(coverageCounts.placeId, [...new Set([...roots, ...childPaths])].map(placeIdOf), 'uuid'),
      ),
    place.id ? 0 : membersHomedElsewhere(db, actor, roots),
  ]);
  const children = new Map<string, Values>();
  const total: Values = Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0]));
  let homed = 0;
  for (const { path, id, membersHomed, ...values } of rows) {
    if (place.id ? id === place.id : roots.includes(path)) {
      for (const k of FIGURE_KEYS) total[k] = (total[k] as number) + values[k];
      homed += membersHomed;
    }
    if (place.id ? id !== place.id : childPaths.includes(path)) children.set(path, { ...values });
  }
  if (!place.id) total.members = homed + elsewhere;
  return { total, breakdowns: [], children };
}

const placeIdOf = (path: string) => pathIds(path).at(-1) ?? '';

const FIGURE_KEYS = [...Object.keys(FLAGS), 'members'] as (Flag | 'members')[];

/**
 * The members on the roster of a reach that are homed outside it: serving beneath it, or the actor.
 * None when the reach holds every top-level place (every home lies beneath one).
 */
async function membersHomedElsewhere(db: Db, actor: Actor, roots: string[]) {
  const [outside] = await db
    .select({ n: count() })
    .from(places)
    .where(and(isNull(places.parentId), not(inSubtree(places.path, roots))));
  if (!outside?.n) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(
      and(
        eq(accounts.isDisabled, false),
        isMemberAccount,
        not(inSubtree(places.path, roots)),
        or(
          eq(accounts.id, actor.id),
          sql`${accounts.id} in (select smp.account_id from member_places smp join places sp on sp.id = smp.place_id where ${inSubtree(sql`sp.path`, roots)})`,
        ),
      ),
    );
  return row?.n ?? 0;
}

/** The roster's own count (home or served place beneath the place, or all the actor sees). */
async function rosterCount(db: Db, actor: Actor, placeId: string | undefined) {
  const [row] = await db
    .select({ n: count() })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(and(...rosterFilters(actor, { placeId, status: 'active' })));
  return row?.n ?? 0;
}

/** Counted from the places and the roster, one grouped query each (small subtrees). */
async function countedFigures(db: Db, actor: Actor, place: DashboardPlace) {
  const counted = Object.fromEntries(
    Object.entries(FLAGS).map(([key, has]) => [
      key,
      // all of a reach: the query's own conditions keep to it, as a place's list keeps to its subtree
      countWhere(
        place.id ? coverageFilters(actor, { withinPath: place.path, has }) : [coverageCondition(has, place.path)],
      ),
    ]),
  ) as Record<Flag, ReturnType<typeof countWhere>>;
  // a member counts in each child holding their home or a place they serve (as the roster's filter):
  // the (member, path) pairs of the subtree's homes and assignments, kept to the roster's members
  const inScope = (column: SQL) => inSubtree(column, place.path);
  const homeOrServed = sql`(select hp.path, ha.id as account_id from places hp join accounts ha on ha.home_place_id = hp.id where ${inScope(sql`hp.path`)}
    union all select sp.path, smp.account_id from places sp join member_places smp on smp.place_id = sp.id where ${inScope(sql`sp.path`)}) as hs`;
  const onRoster = db
    .select({ id: accounts.id })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(and(...rosterFilters(actor, { placeId: place.id ?? undefined, status: 'active' })));
  const [rows, members, memberRows] = await Promise.all([
    db
      .select({ child: childOf(places.path, place), ...counted })
      .from(places)
      .where(and(visiblePlaces(actor), isNull(places.archivedAt), inSubtree(places.path, place.path)))
      .groupBy(sql`1`),
    rosterCount(db, actor, place.id ?? undefined),
    db
      .select({ child: childOf(sql`hs.path`, place), n: sql<number>`count(distinct hs.account_id)::int` })
      .from(homeOrServed)
      .where(inArray(sql`hs.account_id`, onRoster))
      .groupBy(sql`1`),
  ]);
  const children = new Map<string, Values>();
  for (const { child, ...values } of rows) addTo(children, child, { ...values, members: 0 });
  for (const { child, n } of memberRows) addTo(children, child, { members: n });
  const total = Object.fromEntries((Object.keys(FLAGS) as Flag[]).map((k) => [k, sumOf(rows, (r) => r[k])]));
  return { total: { ...total, members }, breakdowns: [], children };
}
