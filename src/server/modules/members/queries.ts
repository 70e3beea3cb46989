// Reads and writes of the roster, shaped like SQL: members are accounts holding a `member` role,
// with a profile (possibly missing for old accounts) and the places they serve.
import { and, asc, count, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { MemberPlaceKind } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import { accounts, grants, memberPlaces, memberProfiles, places } from '../../platform/db/schema';
import { visibleMembers } from './policy';
import type { MemberFiltersInput } from './schemas';

/** SQL over accounts: the account holds a `member` role somewhere. */
export const isMemberAccount = sql`exists (select 1 from ${grants} where ${grants.accountId} = ${accounts.id} and ${grants.role} = 'member')`;

const columns = {
  id: accounts.id,
  username: accounts.username,
  displayName: accounts.displayName,
  isDisabled: accounts.isDisabled,
  createdAt: accounts.createdAt,
  homePlace: { id: places.id, name: places.name, kind: places.kind },
  homePlacePath: places.path,
  homePlaceCode: places.code,
  profile: {
    memberNo: memberProfiles.memberNo,
    sector: memberProfiles.sector,
    level: memberProfiles.level,
    party: memberProfiles.party,
    gender: memberProfiles.gender,
    employer: memberProfiles.employer,
    position: memberProfiles.position,
    expertise: memberProfiles.expertise,
    termStart: memberProfiles.termStart,
    termEnd: memberProfiles.termEnd,
  },
  phoneMasked: memberProfiles.phoneMasked,
  hasPhone: sql<boolean>`${memberProfiles.phoneCipher} is not null`,
};

export type MemberRow = Awaited<ReturnType<typeof selectMembers>>[number];

function selectMembers(db: DbOrTx, where: SQL) {
  return db
    .select(columns)
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(where);
}

/** The roster's whole condition (who the actor sees, members only, the filters): the list and the dashboard share it. */
export const rosterFilters = (actor: Actor, q: MemberFiltersInput): SQL[] => [
  visibleMembers(actor),
  isMemberAccount,
  ...filtersOf(q),
];

/** The roster's filters as SQL (the home place or a served place beneath the chosen one). */
function filtersOf(q: MemberFiltersInput): SQL[] {
  const where: SQL[] = [eq(accounts.isDisabled, q.status === 'archived')];
  if (q.sector) where.push(eq(memberProfiles.sector, q.sector));
  if (q.level) where.push(eq(memberProfiles.level, q.level));
  if (q.party) where.push(eq(memberProfiles.party, q.party));
  if (q.placeId) {
    const served = sql`exists (select 1 from member_places fmp join places fsp on fsp.id = fmp.place_id where fmp.account_id = ${accounts.id} and ${inSubtreeOfPlace(sql`fsp.path`, q.placeId)})`;
    where.push(or(inSubtreeOfPlace(places.path, q.placeId), served) as SQL);
  }
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(
      or(
        sql`${accounts.displayName} ilike ${like}`,
        sql`${memberProfiles.employer} ilike ${like}`,
        sql`${memberProfiles.memberNo} ilike ${like}`,
        sql`${accounts.username} ilike ${like}`,
      ) as SQL,
    );
  }
  return where;
}

/** One page of the members the actor sees, by number (those without one last), then name. */
export async function listMembers(
  db: DbOrTx,
  actor: Actor,
  q: MemberFiltersInput & { page: number; pageSize: number },
) {
  const where = and(visibleMembers(actor), isMemberAccount, ...filtersOf(q)) as SQL;
  const [rows, [total]] = await Promise.all([
    selectMembers(db, where)
      .orderBy(sql`${memberProfiles.memberNo} asc nulls last`, asc(accounts.displayName), asc(accounts.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: count() })
      .from(accounts)
      .innerJoin(places, eq(places.id, accounts.homePlaceId))
      .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** How many members the actor sees under the filters: the list's total. */
export async function countMembers(db: DbOrTx, actor: Actor, q: MemberFiltersInput) {
  const [row] = await db
    .select({ n: count() })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(and(visibleMembers(actor), isMemberAccount, ...filtersOf(q)));
  return row?.n ?? 0;
}

/** Where a batch of the export ended: the last row's number, name and id. */
export type MemberCursor = { memberNo: string | null; displayName: string; id: string };

/**
 * The next `limit` members the actor sees under the filters after `after`, in the list's order
 * (by number, those without one last, then name, then id) as a keyset: the order's key as a row
 * value, numbers first (`is null` false before true), so every batch starts where the last ended.
 */
export function memberBatch(
  db: DbOrTx,
  actor: Actor,
  q: MemberFiltersInput,
  after: MemberCursor | null,
  limit: number,
) {
  const key = sql`(${memberProfiles.memberNo} is null, coalesce(${memberProfiles.memberNo}, ''), ${accounts.displayName}, ${accounts.id})`;
  const where = [visibleMembers(actor), isMemberAccount, ...filtersOf(q)];
  if (after)
    where.push(
      sql`${key} > (${after.memberNo === null}::boolean, ${after.memberNo ?? ''}, ${after.displayName}, ${after.id}::uuid)`,
    );
  return selectMembers(db, and(...where) as SQL)
    .orderBy(
      sql`${memberProfiles.memberNo} is null`,
      sql`coalesce(${memberProfiles.memberNo}, '')`,
      asc(accounts.displayName),
      asc(accounts.id),
    )
    .limit(limit);
}

/** A member the actor can see, or undefined (another region's member is not there for them). */
export async function findVisibleMember(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await selectMembers(db, and(eq(accounts.id, id), visibleMembers(actor), isMemberAccount) as SQL);
  return row;
}

/** Member accounts by their 委员编号, whoever sees them (an import matches rows by number). */
export async function membersByNumber(db: DbOrTx, memberNos: readonly string[]) {
  if (memberNos.length === 0) return [];
  return selectMembers(db, inArray(memberProfiles.memberNo, [...memberNos]));
}

/** The places each member serves, workstations first, then from the top of the tree down. */
export async function servedPlacesOf(db: DbOrTx, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return db
    .select({
      accountId: memberPlaces.accountId,
      kind: memberPlaces.kind,
      place: { id: places.id, name: places.name, kind: places.kind, code: places.code },
      path: places.path,
    })
    .from(memberPlaces)
    .innerJoin(places, eq(places.id, memberPlaces.placeId))
    .where(inArray(memberPlaces.accountId, [...accountIds]))
    .orderBy(asc(memberPlaces.kind), asc(places.depth), asc(places.name));
}

export type ServedPlaceRow = Awaited<ReturnType<typeof servedPlacesOf>>[number];

/** Is the username taken by any account (case-insensitively, as sign-in reads it)? */
export async function usernameTaken(db: DbOrTx, username: string) {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(sql`lower(${accounts.username}) = lower(${username})`);
  return Boolean(row);
}

/** The account holding a 委员编号, if any (to refuse a second holder before the unique index does). */
export async function holderOfNumber(db: DbOrTx, memberNo: string) {
  const [row] = await db
    .select({ accountId: memberProfiles.accountId })
    .from(memberProfiles)
    .where(eq(memberProfiles.memberNo, memberNo));
  return row?.accountId;
}

/** Places by code (the roster's sheet names places by code). */
export function placesByCodes(db: DbOrTx, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: places.id,
      code: places.code,
      name: places.name,
      kind: places.kind,
      path: places.path,
      hasWorkstation: places.hasWorkstation,
      archivedAt: places.archivedAt,
    })
    .from(places)
    .where(inArray(places.code, [...codes]));
}

export type PlaceFacts = Awaited<ReturnType<typeof placesByCodes>>[number];

/** Holds the member's account row for the caller's transaction, as every change to a member does first. */
export async function lockMember(tx: DbOrTx, accountId: string) {
  await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId)).for('update');
}

/** The members serving a place (assigned there or at its workstation), in office, by name. */
export function membersAt(db: DbOrTx, placeId: string, kind?: MemberPlaceKind) {
  const where: SQL[] = [eq(memberPlaces.placeId, placeId), eq(accounts.isDisabled, false), isMemberAccount];
  if (kind) where.push(eq(memberPlaces.kind, kind));
  return db
    .selectDistinct({
      id: accounts.id,
      displayName: accounts.displayName,
      kind: memberPlaces.kind,
      sector: memberProfiles.sector,
      level: memberProfiles.level,
      expertise: memberProfiles.expertise,
    })
    .from(memberPlaces)
    .innerJoin(accounts, eq(accounts.id, memberPlaces.accountId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(and(...where))
    .orderBy(asc(accounts.displayName), asc(accounts.id), asc(memberPlaces.kind));
}
