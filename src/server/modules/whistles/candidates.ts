// Who a whistle calls (吹哨): the members serving its place, the members of the sectors or
// expertise it wants in the caller's region, and the departments the caller may pick.

import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { CallReason } from '../../../shared/api/whistles';
import type { DbOrTx } from '../../platform/db';
import { textArray } from '../../platform/db/arrays';
import { inSubtree, isAncestorOrSelf, nearestOfKind } from '../../platform/db/place-path';
import { accounts, grants, memberProfiles, places } from '../../platform/db/schema';
import { servesPlaceSql } from './serves';

export type CallQuery = {
  /** the whistle's place */
  placePath: string;
  /** the caller's region: where their calling roles reach that holds the place */
  regionRoots: readonly string[];
  sectors: readonly string[];
  expertise: readonly string[];
};

const memberGrant = (extra: SQL) =>
  sql`exists (select 1 from ${grants} g join ${places} gp on gp.id = g.place_id where g.account_id = ${accounts.id} and g.role = 'member' and ${extra})`;

/**
 * The live member accounts a whistle calls, each once with why: they serve the place (assigned
 * to it or a place above it, or its own workstation), else their sector, else their expertise is wanted — for a member
 * whose role reaches the place or lies in the caller's region.
 */
export async function membersToCall(db: DbOrTx, q: CallQuery) {
  const serves = servesPlaceSql(accounts.id, q.placePath);
  const inRegion = memberGrant(
    or(isAncestorOrSelf(sql`gp.path`, q.placePath), inSubtree(sql`gp.path`, q.regionRoots)) as SQL,
  );
  const bySector = sql<boolean>`(${memberProfiles.sector} = any(${textArray(q.sectors)}))`;
  const byExpertise = sql<boolean>`(${memberProfiles.expertise} && ${textArray(q.expertise)})`;
  const rows = await db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      serves: serves.mapWith(Boolean),
      bySector: sql<boolean>`coalesce(${bySector}, false)`.mapWith(Boolean),
    })
    .from(accounts)
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(
      and(eq(accounts.isDisabled, false), memberGrant(sql`true`), or(serves, and(inRegion, or(bySector, byExpertise)))),
    )
    .orderBy(asc(accounts.displayName), asc(accounts.id));
  return rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    reason: (r.serves ? 'serves' : r.bySector ? 'sector' : 'expertise') as CallReason,
  }));
}

/**
 * The departments a whistle at `placePath` may call: those serving its township (or the district,
 * above any township) — held there, above it or beneath it — each once, with the place of their role.
 */
export async function departmentsToPick(db: DbOrTx, placePath: string, ids?: readonly string[]) {
  const root = (await nearestOfKind(db, placePath, ['township', 'subdistrict', 'district']))?.path ?? placePath;
  const where: SQL[] = [
    eq(accounts.isDisabled, false),
    eq(grants.role, 'department'),
    or(inSubtree(places.path, root), isAncestorOrSelf(places.path, root)) as SQL,
  ];
  if (ids) where.push(ids.length ? inArray(accounts.id, [...ids]) : sql`false`);
  const rows = await db
    .select({ id: accounts.id, displayName: accounts.displayName, place: { id: places.id, name: places.name } })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(...where))
    .orderBy(asc(accounts.displayName), asc(accounts.id), asc(places.depth));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
