// The members a ledger is kept for: accounts holding a member grant (委员), each on the roster of
// their home place; their profile's facts when they have one (old accounts may not).
import { and, asc, eq, exists, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { inSubtree } from '../../platform/db/place-path';
import { accounts, grants, memberGroupMembers, memberGroups, memberProfiles, places } from '../../platform/db/schema';

const memberColumns = {
  id: accounts.id,
  displayName: accounts.displayName,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  memberNo: memberProfiles.memberNo,
  sector: memberProfiles.sector,
  level: memberProfiles.level,
  party: memberProfiles.party,
  employer: memberProfiles.employer,
  position: memberProfiles.position,
  termStart: memberProfiles.termStart,
  termEnd: memberProfiles.termEnd,
};

const holdsMemberGrant = exists(
  sql`(select 1 from ${grants} where ${grants.accountId} = ${accounts.id} and ${grants.role} = 'member')`,
);

/** The enabled members, narrowed by `where` (on accounts and their home places). */
const enabledMembers = (where: SQL) => and(holdsMemberGrant, eq(accounts.isDisabled, false), where);

function selectMembers(db: DbOrTx, where: SQL) {
  return db
    .select(memberColumns)
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(enabledMembers(where))
    .orderBy(asc(accounts.displayName), asc(accounts.id));
}

export type MemberRow = Awaited<ReturnType<typeof selectMembers>>[number];

/** The members homed in the region at `path` (the place and everything beneath it). */
export const membersIn = (db: DbOrTx, path: string) => selectMembers(db, inSubtree(places.path, path));

/**
 * The members homed within any of the subtrees at `paths`, only their ids and home places: a
 * subquery for a tally (its columns: the id, the home place's id).
 */
export const memberHomesUnder = (db: DbOrTx, paths: readonly string[]) =>
  db
    .select({ id: accounts.id, placeId: accounts.homePlaceId })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(enabledMembers(inSubtree(places.path, paths)));

/** The members of a group. */
export const membersOfGroup = (db: DbOrTx, groupId: string) =>
  selectMembers(
    db,
    inArray(
      accounts.id,
      db
        .select({ id: memberGroupMembers.accountId })
        .from(memberGroupMembers)
        .where(eq(memberGroupMembers.groupId, groupId)),
    ),
  );

/** One member (an account holding a member grant, enabled or not), or undefined. */
export async function findMember(db: DbOrTx, id: string) {
  const [row] = await db
    .select(memberColumns)
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(and(eq(accounts.id, id), holdsMemberGrant));
  return row;
}

/** A place by id with its path, or undefined. */
export async function findPlace(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: places.id, name: places.name, kind: places.kind, path: places.path })
    .from(places)
    .where(eq(places.id, id));
  return row;
}
export type PlaceRow = NonNullable<Awaited<ReturnType<typeof findPlace>>>;

/** A live group with the path of the place that keeps it, or undefined. */
export async function findGroup(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: memberGroups.id, name: memberGroups.name, placePath: places.path })
    .from(memberGroups)
    .innerJoin(places, eq(places.id, memberGroups.placeId))
    .where(and(eq(memberGroups.id, id), isNull(memberGroups.archivedAt)));
  return row;
}

/** The live groups kept in the region at `path`, by name: a ranking's group filter. */
export const groupsIn = (db: DbOrTx, path: string) =>
  db
    .select({ id: memberGroups.id, name: memberGroups.name })
    .from(memberGroups)
    .innerJoin(places, eq(places.id, memberGroups.placeId))
    .where(and(inSubtree(places.path, path), isNull(memberGroups.archivedAt)))
    .orderBy(asc(memberGroups.name));

/** Presents a member row for the wire (the path stays on the server). */
export const presentMember = ({ placePath: _, ...m }: MemberRow) => m;
