// Manual ledger entries (其他履职) as they are read: with their member's home place (whose region
// reviews them) and who reviewed them.
import { and, count, desc, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { inSubtree, inSubtreeOfPlace } from '../../platform/db/place-path';
import { accounts, dutyManualEntries, places } from '../../platform/db/schema';
import { mayReview, readRoots } from './policy';
import type { DutyEntriesInput } from './schemas';
import { fromTenths } from './scoring';

const member = alias(accounts, 'member');
const reviewer = alias(accounts, 'reviewer');

const entryColumns = {
  id: dutyManualEntries.id,
  memberId: dutyManualEntries.memberId,
  member: { id: member.id, displayName: member.displayName },
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  year: dutyManualEntries.year,
  happenedAt: dutyManualEntries.happenedAt,
  description: dutyManualEntries.description,
  evidence: dutyManualEntries.evidence,
  points: dutyManualEntries.points,
  status: dutyManualEntries.status,
  reviewedBy: { id: reviewer.id, displayName: reviewer.displayName },
  reviewedAt: dutyManualEntries.reviewedAt,
  reviewNote: dutyManualEntries.reviewNote,
  createdAt: dutyManualEntries.createdAt,
};

const selectEntries = (db: DbOrTx) =>
  db
    .select(entryColumns)
    .from(dutyManualEntries)
    .innerJoin(member, eq(member.id, dutyManualEntries.memberId))
    .innerJoin(places, eq(places.id, member.homePlaceId))
    .leftJoin(reviewer, eq(reviewer.id, dutyManualEntries.reviewedById));

export type EntryRow = Awaited<ReturnType<ReturnType<typeof selectEntries>['where']>>[number];

/** One entry, or undefined; `forUpdate` holds its row for the caller's transaction. */
export async function findEntry(db: DbOrTx, id: string, forUpdate = false) {
  const q = selectEntries(db).where(eq(dutyManualEntries.id, id));
  const [row] = forUpdate ? await q.for('update', { of: dutyManualEntries }) : await q;
  return row;
}

/** A member's entries of a year, newest first. */
export const entriesOf = (db: DbOrTx, memberId: string, year: number) =>
  selectEntries(db)
    .where(and(eq(dutyManualEntries.memberId, memberId), eq(dutyManualEntries.year, year)))
    .orderBy(desc(dutyManualEntries.happenedAt), desc(dutyManualEntries.createdAt));

/** The entries a person sees: their own, and those of members homed where they read the ledger. */
const visibleEntries = (actor: Actor): SQL =>
  or(eq(dutyManualEntries.memberId, actor.id), inSubtree(places.path, readRoots(actor))) as SQL;

/** A page of the entries the actor sees, filtered; pending ones are what reviewers work through. */
export async function listEntries(db: DbOrTx, actor: Actor, q: DutyEntriesInput) {
  const where: SQL[] = [visibleEntries(actor)];
  if (q.status) where.push(eq(dutyManualEntries.status, q.status));
  if (q.year) where.push(eq(dutyManualEntries.year, q.year));
  if (q.memberId) where.push(eq(dutyManualEntries.memberId, q.memberId));
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  const [rows, [total]] = await Promise.all([
    selectEntries(db)
      .where(and(...where))
      .orderBy(desc(dutyManualEntries.createdAt), desc(dutyManualEntries.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: count() })
      .from(dutyManualEntries)
      .innerJoin(member, eq(member.id, dutyManualEntries.memberId))
      .innerJoin(places, eq(places.id, member.homePlaceId))
      .where(and(...where)),
  ]);
  return { items: rows.map((r) => presentEntry(actor, r)), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** An entry for the wire, with what the viewer may do (reviewing: pending ones of a year still open). */
export function presentEntry(actor: Actor, r: EntryRow, isYearOpen = true) {
  const { memberId, placePath, place, member: m, reviewedBy, points, ...rest } = r;
  return {
    ...rest,
    member: { ...m, place },
    points: fromTenths(points),
    reviewedBy: reviewedBy?.id ? reviewedBy : null,
    abilities: { review: isYearOpen && r.status === 'pending' && mayReview(actor, { memberId, placePath }) },
  };
}
