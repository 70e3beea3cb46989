import { and, asc, eq, exists, gte, inArray, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { inSubtreeOfPlace, pathIds } from '../../platform/db/place-path';
import {
  accounts,
  grants,
  memberPlaces,
  memberProfiles,
  places,
  receptionSlots,
  submissionEvents,
  submissions,
} from '../../platform/db/schema';
import { visibleReceptions } from './policy';

const swappedFrom = alias(accounts, 'swapped_from');
const recordedBy = alias(accounts, 'recorded_by');
const createdBy = alias(accounts, 'created_by');

const slotColumns = {
  id: receptionSlots.id,
  memberId: receptionSlots.memberId,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  member: { id: accounts.id, displayName: accounts.displayName, sector: memberProfiles.sector },
  swappedFrom: { id: swappedFrom.id, displayName: swappedFrom.displayName },
  startsAt: receptionSlots.startsAt,
  endsAt: receptionSlots.endsAt,
  venue: receptionSlots.venue,
  status: receptionSlots.status,
  absenceReason: receptionSlots.absenceReason,
  visitors: receptionSlots.visitors,
  summary: receptionSlots.summary,
  recordedBy: { id: recordedBy.id, displayName: recordedBy.displayName },
  recordedAt: receptionSlots.recordedAt,
  createdBy: { id: createdBy.id, displayName: createdBy.displayName },
  submissionCount: sql<number>`(select count(*)::int from ${submissions} where ${submissions.receptionSlotId} = ${receptionSlots.id})`,
};

const slotsFrom = (db: DbOrTx) =>
  db
    .select(slotColumns)
    .from(receptionSlots)
    .innerJoin(places, eq(places.id, receptionSlots.placeId))
    .innerJoin(accounts, eq(accounts.id, receptionSlots.memberId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, receptionSlots.memberId))
    .leftJoin(swappedFrom, eq(swappedFrom.id, receptionSlots.swappedFromId))
    .leftJoin(recordedBy, eq(recordedBy.id, receptionSlots.recordedById))
    .leftJoin(createdBy, eq(createdBy.id, receptionSlots.createdById));
export type SlotRow = Awaited<ReturnType<ReturnType<typeof slotsFrom>['where']>>[number];

/** A slot the actor sees, or undefined. */
export async function findVisibleSlot(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await slotsFrom(db).where(and(eq(receptionSlots.id, id), visibleReceptions(actor)));
  return row;
}

/** Slots by id, whoever asks (for use cases that just wrote them). */
export const slotsById = (db: DbOrTx, ids: string[]) =>
  ids.length
    ? slotsFrom(db).where(inArray(receptionSlots.id, ids)).orderBy(asc(receptionSlots.startsAt), asc(places.name))
    : Promise.resolve([]);

/** Holds the slot's row for the caller's transaction, as every step that moves it does first. */
export async function lockSlot(tx: DbOrTx, id: string) {
  await tx.select({ id: receptionSlots.id }).from(receptionSlots).where(eq(receptionSlots.id, id)).for('update');
}

/** The slots the actor sees in a period (beneath a place, of a member, in a status), in time order. */
export function listSlots(
  db: DbOrTx,
  actor: Actor,
  q: { placeId?: string | undefined; memberId?: string | undefined; status?: string | undefined; from: Date; to: Date },
) {
  const where: SQL[] = [
    visibleReceptions(actor),
    gte(receptionSlots.startsAt, q.from),
    lt(receptionSlots.startsAt, q.to),
  ];
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  if (q.memberId) where.push(eq(receptionSlots.memberId, q.memberId));
  if (q.status) where.push(sql`${receptionSlots.status} = ${q.status}`);
  return slotsFrom(db)
    .where(and(...where))
    .orderBy(asc(receptionSlots.startsAt), asc(places.name), asc(receptionSlots.id))
    .limit(1000);
}

/** A live place by id with its path. */
export async function livePlace(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: places.id, path: places.path, name: places.name })
    .from(places)
    .where(and(eq(places.id, id), isNull(places.archivedAt)));
  return row;
}

const holdsMemberGrant = (db: DbOrTx) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(grants)
      .where(and(eq(grants.accountId, accounts.id), eq(grants.role, 'member'))),
  );

/**
 * The members who may be put on a place's rota: members (holding a member grant, able to sign in)
 * whose grant reaches the place, or who serve it or a place above it. `servesHere`: assigned to
 * the place or belonging to the workstation above it (as residents see them, 委员会客厅) — first.
 */
export async function eligibleMembers(db: DbOrTx, place: { id: string; path: string }) {
  const line = pathIds(place.path);
  const servesHere = sql<boolean>`exists (select 1 from ${memberPlaces} x where x.account_id = ${accounts.id}
    and (x.place_id = ${place.id} or (x.kind = 'workstation' and x.place_id in ${line})))`;
  const reaches = sql`exists (select 1 from ${grants} g join ${places} gp on gp.id = g.place_id
    where g.account_id = ${accounts.id} and g.role = 'member' and starts_with(${place.path}, gp.path))`;
  const servesAbove = sql`exists (select 1 from ${memberPlaces} x where x.account_id = ${accounts.id} and x.place_id in ${line})`;
  return db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      sector: memberProfiles.sector,
      servesHere,
    })
    .from(accounts)
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(and(eq(accounts.isDisabled, false), holdsMemberGrant(db), sql`(${reaches} or ${servesAbove})`))
    .orderBy(sql`${servesHere} desc`, asc(accounts.displayName), asc(accounts.id))
    .limit(500);
}

/** Another slot of the member's (held or on the rota) that overlaps this time, if any. */
export async function overlappingSlot(
  db: DbOrTx,
  memberId: string,
  startsAt: Date,
  endsAt: Date,
  exceptId: string | null = null,
) {
  const where: SQL[] = [
    eq(receptionSlots.memberId, memberId),
    ne(receptionSlots.status, 'absent'),
    lt(receptionSlots.startsAt, endsAt),
    sql`${receptionSlots.endsAt} > ${startsAt.toISOString()}::timestamptz`,
  ];
  if (exceptId) where.push(ne(receptionSlots.id, exceptId));
  const [row] = await db
    .select({ id: receptionSlots.id })
    .from(receptionSlots)
    .where(and(...where))
    .limit(1);
  return row;
}

/** The place's slots (held or on the rota) overlapping a time, if any: a fill leaves that day alone. */
export async function placeSlotAt(db: DbOrTx, placeId: string, startsAt: Date, endsAt: Date) {
  const [row] = await db
    .select({ id: receptionSlots.id })
    .from(receptionSlots)
    .where(
      and(
        eq(receptionSlots.placeId, placeId),
        ne(receptionSlots.status, 'absent'),
        lt(receptionSlots.startsAt, endsAt),
        sql`${receptionSlots.endsAt} > ${startsAt.toISOString()}::timestamptz`,
      ),
    )
    .limit(1);
  return row;
}

/**
 * The submissions raised at a reception day, in the order they were filed: a day's problems share
 * their transaction's time, so the order their first steps were written in decides.
 */
export const raisedAt = (db: DbOrTx, slotId: string) =>
  db
    .select({
      id: submissions.id,
      trackingCode: submissions.trackingCode,
      content: submissions.content,
      status: submissions.status,
    })
    .from(submissions)
    .where(eq(submissions.receptionSlotId, slotId))
    .orderBy(
      asc(submissions.createdAt),
      sql`(select min(${submissionEvents.id}) from ${submissionEvents} where ${submissionEvents.submissionId} = ${submissions.id})`,
    );

/** An account's name (a member named in an error). */
export async function nameOf(db: DbOrTx, id: string) {
  const [row] = await db.select({ name: accounts.displayName }).from(accounts).where(eq(accounts.id, id));
  return row?.name ?? '';
}
