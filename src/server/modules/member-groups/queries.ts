// Reads and writes of member groups, shaped like SQL; no business rules.
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MemberSector } from '../../../shared/enums';
import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtree, isAncestorOrSelf } from '../../platform/db/place-path';
import {
  accounts,
  consultations,
  grants,
  memberGroupMembers,
  memberGroups,
  memberProfiles,
  places,
} from '../../platform/db/schema';
import { visibleConsultations } from '../consultations';
import { visibleGroups } from './policy';
import type { ListGroupsInput } from './schemas';

const councilPlace = alias(places, 'council_place');
const paired = alias(memberGroups, 'paired_group');

// correlated on the outer row: written out because drizzle renders the column unqualified in a subquery
const memberCount = sql<number>`(select count(*)::int from member_group_members m where m.group_id = "member_groups"."id")`;

const groupColumns = {
  id: memberGroups.id,
  name: memberGroups.name,
  kind: memberGroups.kind,
  sector: memberGroups.sector,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  councilPlace: { id: councilPlace.id, name: councilPlace.name, kind: councilPlace.kind },
  pairedGroup: { id: paired.id, name: paired.name },
  memberCount,
  archivedAt: memberGroups.archivedAt,
  createdAt: memberGroups.createdAt,
  updatedAt: memberGroups.updatedAt,
};

const groupRows = (db: DbOrTx) =>
  db
    .select(groupColumns)
    .from(memberGroups)
    .innerJoin(places, eq(places.id, memberGroups.placeId))
    .leftJoin(councilPlace, eq(councilPlace.id, memberGroups.councilPlaceId))
    .leftJoin(paired, eq(paired.id, memberGroups.pairedGroupId));

export type GroupRow = Awaited<ReturnType<ReturnType<typeof groupRows>['execute']>>[number];
/** A group as a use case holds it: its row and whether the actor belongs to it. */
export type GroupRef = GroupRow & { isMine: boolean };

/** A group the actor can see (kept in their reach, or theirs), else undefined — callers answer 404. */
export async function findVisibleGroup(db: DbOrTx, actor: Actor, id: string): Promise<GroupRef | undefined> {
  const [row] = await groupRows(db).where(and(eq(memberGroups.id, id), visibleGroups(actor)));
  if (!row) return undefined;
  const [mine] = await db
    .select({ id: memberGroupMembers.accountId })
    .from(memberGroupMembers)
    .where(and(eq(memberGroupMembers.groupId, id), eq(memberGroupMembers.accountId, actor.id)));
  return { ...row, isMine: Boolean(mine) };
}

/** A group by id regardless of who asks, for use cases that check visibility themselves. */
export async function findGroup(db: DbOrTx, id: string) {
  const [row] = await groupRows(db).where(eq(memberGroups.id, id));
  return row;
}

/** Holds the group's row (and its pair's) for the caller's transaction. */
export async function lockGroups(tx: DbOrTx, ids: string[]) {
  await tx.select({ id: memberGroups.id }).from(memberGroups).where(inArray(memberGroups.id, ids)).for('update');
}

/** The groups the actor sees, filtered, by kind and name. */
export async function listVisibleGroups(db: DbOrTx, actor: Actor, q: ListGroupsInput, placePath: string | undefined) {
  const where: SQL[] = [visibleGroups(actor)];
  where.push(q.archived === 'true' ? isNotNull(memberGroups.archivedAt) : isNull(memberGroups.archivedAt));
  if (q.q) where.push(ilike(memberGroups.name, `%${escapeLike(q.q)}%`));
  if (q.kind) where.push(eq(memberGroups.kind, q.kind));
  if (placePath) where.push(inSubtree(places.path, [placePath]));
  const cond = and(...where);
  const [items, [count]] = await Promise.all([
    groupRows(db)
      .where(cond)
      .orderBy(asc(memberGroups.kind), asc(places.depth), asc(memberGroups.name), asc(memberGroups.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(memberGroups)
      .innerJoin(places, eq(places.id, memberGroups.placeId))
      .where(cond),
  ]);
  return { items, total: count?.n ?? 0 };
}

/** The leads (组长/主任) of the groups, by group. */
export async function leadsOf(db: DbOrTx, groupIds: string[]) {
  if (groupIds.length === 0) return new Map<string, { id: string; displayName: string }[]>();
  const rows = await db
    .select({ groupId: memberGroupMembers.groupId, id: accounts.id, displayName: accounts.displayName })
    .from(memberGroupMembers)
    .innerJoin(accounts, eq(accounts.id, memberGroupMembers.accountId))
    .where(and(inArray(memberGroupMembers.groupId, groupIds), eq(memberGroupMembers.position, 'lead')))
    .orderBy(asc(memberGroupMembers.createdAt), asc(accounts.displayName));
  const by = new Map<string, { id: string; displayName: string }[]>();
  for (const { groupId, ...p } of rows) by.set(groupId, [...(by.get(groupId) ?? []), p]);
  return by;
}

const homePlace = alias(places, 'home_place');
// sectors are written only as the codes of MEMBER_SECTORS; the column is plain text
const profileSector = sql<MemberSector | null>`${memberProfiles.sector}`;
const POSITION_ORDER = sql`case ${memberGroupMembers.position} when 'lead' then 0 when 'liaison' then 1 else 2 end`;

/** A group's members: leads first, then liaisons, then the rest, each by name. */
export const membersOf = (db: DbOrTx, groupId: string) =>
  db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      username: accounts.username,
      position: memberGroupMembers.position,
      sector: profileSector,
      homePlace: { id: homePlace.id, name: homePlace.name },
      joinedAt: memberGroupMembers.createdAt,
    })
    .from(memberGroupMembers)
    .innerJoin(accounts, eq(accounts.id, memberGroupMembers.accountId))
    .innerJoin(homePlace, eq(homePlace.id, accounts.homePlaceId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(eq(memberGroupMembers.groupId, groupId))
    .orderBy(POSITION_ORDER, asc(accounts.displayName), asc(accounts.username));

/** One member's row in a group, if they are in it. */
export async function findGroupMember(db: DbOrTx, groupId: string, accountId: string) {
  const [row] = await db
    .select({ accountId: memberGroupMembers.accountId, position: memberGroupMembers.position })
    .from(memberGroupMembers)
    .where(and(eq(memberGroupMembers.groupId, groupId), eq(memberGroupMembers.accountId, accountId)));
  return row;
}

/** A place by id with what the rules of groups ask of it. */
export async function findPlace(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: places.id,
      name: places.name,
      kind: places.kind,
      path: places.path,
      hasCouncil: places.hasCouncil,
      archivedAt: places.archivedAt,
    })
    .from(places)
    .where(eq(places.id, id));
  return row;
}

/** Is another live group of this name kept at the place? */
export async function nameTaken(db: DbOrTx, placeId: string, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: memberGroups.id })
    .from(memberGroups)
    .where(
      and(
        eq(memberGroups.placeId, placeId),
        eq(memberGroups.name, name),
        isNull(memberGroups.archivedAt),
        exceptId ? ne(memberGroups.id, exceptId) : undefined,
      ),
    );
  return Boolean(row);
}

/** SQL: the account holds a member grant in the district at `districtPath` and may sign in. */
const isMemberIn = (districtPath: string): SQL =>
  and(
    eq(accounts.isDisabled, false),
    sql`exists (select 1 from ${grants} join ${places} on ${places.id} = ${grants.placeId} where ${grants.accountId} = ${accounts.id} and ${grants.role} = 'member' and ${inSubtree(places.path, [districtPath])})`,
  ) as SQL;

/** Is the account a member (委员) of the district, able to join its groups? */
export async function isDistrictMember(db: DbOrTx, accountId: string, districtPath: string) {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), isMemberIn(districtPath)));
  return Boolean(row);
}

export const CANDIDATES_LIMIT = 20;

/** Members of the district not yet in the group, matching `q` by name or username. */
export function listCandidates(db: DbOrTx, groupId: string, districtPath: string, q: string | undefined) {
  const where: SQL[] = [
    isMemberIn(districtPath),
    sql`not exists (select 1 from ${memberGroupMembers} where ${memberGroupMembers.groupId} = ${groupId} and ${memberGroupMembers.accountId} = ${accounts.id})`,
  ];
  if (q) {
    const like = `%${escapeLike(q)}%`;
    where.push(or(ilike(accounts.displayName, like), ilike(accounts.username, like)) as SQL);
  }
  return db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      username: accounts.username,
      sector: profileSector,
      homePlace: { id: homePlace.id, name: homePlace.name },
    })
    .from(accounts)
    .innerJoin(homePlace, eq(homePlace.id, accounts.homePlaceId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(and(...where))
    .orderBy(asc(accounts.displayName), asc(accounts.username))
    .limit(CANDIDATES_LIMIT);
}

// the year a consultation falls in, as people here count years
const yearOf = sql<number>`extract(year from ${consultations.startsAt} at time zone ${sql.raw(`'${DEPLOYMENT_TIME_ZONE}'`)})::int`;

/** A committee's consultations the actor can see, counted per year, the newest year first. */
export function consultationYearsOf(db: DbOrTx, actor: Actor, groupId: string) {
  return db
    .select({ year: yearOf, count: sql<number>`count(*)::int` })
    .from(consultations)
    .innerJoin(places, eq(places.id, consultations.placeId))
    .where(and(eq(consultations.groupId, groupId), visibleConsultations(actor)))
    .groupBy(yearOf)
    .orderBy(desc(yearOf));
}

/** A committee's consultations of one year that the actor can see, in the order they were held. */
export function consultationsOfYear(db: DbOrTx, actor: Actor, groupId: string, year: number) {
  return db
    .select({
      id: consultations.id,
      code: consultations.code,
      title: consultations.title,
      status: consultations.status,
      startsAt: consultations.startsAt,
      place: { id: places.id, name: places.name },
    })
    .from(consultations)
    .innerJoin(places, eq(places.id, consultations.placeId))
    .where(and(eq(consultations.groupId, groupId), visibleConsultations(actor), sql`${yearOf} = ${year}`))
    .orderBy(asc(consultations.startsAt), asc(consultations.code));
}

/** Live 专委会 kept at the place at `placePath` or above it: those that may organise its consultations. */
export const committeesOver = (db: DbOrTx, placePath: string) =>
  db
    .select({ id: memberGroups.id, name: memberGroups.name })
    .from(memberGroups)
    .innerJoin(places, eq(places.id, memberGroups.placeId))
    .where(
      and(
        eq(memberGroups.kind, 'committee'),
        isNull(memberGroups.archivedAt),
        isAncestorOrSelf(places.path, placePath),
      ),
    )
    .orderBy(asc(places.depth), asc(memberGroups.name));
