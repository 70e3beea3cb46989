import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import {
  HANDLING_STATUSES,
  type HandlingFilter,
  type HandlingStatus,
  type ProposalSource,
} from '../../../shared/access/proposals';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import { accounts, memberWritings, outcomes, proposalHandlings as ph, places } from '../../platform/db/schema';
import { visibleOutcomes } from '../outcomes';
import { visibleWritings } from '../writings';
import { visibleHandlings } from './policy';
import { COUNTED_FILTERS, type RateCounts } from './rates';
import { SATISFIED } from './rules';
import type { ListHandlingsInput } from './schemas';

const unit = alias(accounts, 'unit');
const proposerAccount = alias(accounts, 'proposer_account');

/** FILTER_MATCHES (rates.ts) in SQL: the lists behind the rates, and what the rates count. */
export const FILTER_SQL = {
  all: sql`true`,
  replied: isNotNull(ph.repliedAt),
  unreplied: isNull(ph.repliedAt),
  met: isNotNull(ph.metAt),
  unmet: isNull(ph.metAt),
  rated: isNotNull(ph.satisfaction),
  satisfied: inArray(ph.satisfaction, [...SATISFIED]),
  unsatisfied: eq(ph.satisfaction, 'unsatisfied'),
} satisfies Record<HandlingFilter, SQL>;

/** handlingStatusOf (rules.ts) in SQL. */
export const STATUS_SQL = {
  assigned: isNull(ph.repliedAt),
  replied: and(isNotNull(ph.repliedAt), isNull(ph.metAt)) as SQL,
  met: and(isNotNull(ph.metAt), isNull(ph.satisfaction)) as SQL,
  rated: isNotNull(ph.satisfaction),
} satisfies Record<HandlingStatus, SQL>;

const countWhere = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

// A handling is of an outcome or of a member's writing (exactly one: a CHECK says so): both are
// left-joined, and the proposal's place is the one of whichever it is.
const isOfWriting = sql`${ph.writingId} is not null`;
const either = <T>(ofOutcome: AnyPgColumn, ofWriting: AnyPgColumn) => sql<T>`coalesce(${ofOutcome}, ${ofWriting})`;
const proposalPlace = sql`${places.id} = ${either(outcomes.placeId, memberWritings.placeId)}`;

/** The proposal a handling is of, as the wire names it. */
const proposalColumns = {
  source: sql<ProposalSource>`(case when ${isOfWriting} then 'writing' else 'outcome' end)`,
  id: either<string>(ph.outcomeId, ph.writingId),
  code: either<string>(outcomes.code, memberWritings.code),
  title: either<string>(outcomes.title, memberWritings.title),
};

const summaryColumns = {
  id: ph.id,
  proposal: proposalColumns,
  place: { id: places.id, name: places.name },
  placePath: places.path,
  unit: { id: unit.id, displayName: unit.displayName },
  unitId: ph.unitId,
  proposer: ph.proposer,
  proposerId: ph.proposerId,
  proposerName: proposerAccount.displayName,
  year: ph.year,
  dueAt: ph.dueAt,
  replyCategory: ph.replyCategory,
  repliedAt: ph.repliedAt,
  metAt: ph.metAt,
  satisfaction: ph.satisfaction,
  rehandleCount: ph.rehandleCount,
  isOverdue: sql<boolean>`(${ph.repliedAt} is null and ${ph.dueAt} < now())`,
  createdAt: ph.createdAt,
};

const detailColumns = (actor: Actor) => ({
  ...summaryColumns,
  proposal: {
    ...proposalColumns,
    body: either<string>(outcomes.body, memberWritings.body),
    canOpen: sql<boolean>`(case when ${isOfWriting} then ${visibleWritings(actor)} else ${visibleOutcomes(actor)} end)`,
  },
  reply: ph.reply,
  metWith: ph.metWith,
  meetingNote: ph.meetingNote,
  satisfactionNote: ph.satisfactionNote,
  satisfactionAt: ph.satisfactionAt,
  createdById: ph.createdById,
  updatedAt: ph.updatedAt,
});

/** A handling the actor can see, with its proposal, unit and proposer; else undefined. */
export async function findVisibleHandling(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select(detailColumns(actor))
    .from(ph)
    .leftJoin(outcomes, eq(outcomes.id, ph.outcomeId))
    .leftJoin(memberWritings, eq(memberWritings.id, ph.writingId))
    .innerJoin(places, proposalPlace)
    .innerJoin(unit, eq(unit.id, ph.unitId))
    .leftJoin(proposerAccount, eq(proposerAccount.id, ph.proposerId))
    .where(and(eq(ph.id, id), visibleHandlings(actor)));
  return row;
}
export type HandlingRow = NonNullable<Awaited<ReturnType<typeof findVisibleHandling>>>;

/** Locks a handling for a change (the caller then loads it as the actor sees it). */
export async function lockHandling(db: DbOrTx, id: string) {
  await db.select({ id: ph.id }).from(ph).where(eq(ph.id, id)).for('update');
}

export function filters(actor: Actor, q: Omit<ListHandlingsInput, 'page' | 'pageSize' | 'status'>): SQL[] {
  const where: SQL[] = [visibleHandlings(actor), FILTER_SQL[q.filter]];
  if (q.year !== undefined) where.push(eq(ph.year, q.year));
  if (q.unitId) where.push(eq(ph.unitId, q.unitId));
  if (q.outcomeId) where.push(eq(ph.outcomeId, q.outcomeId));
  if (q.writingId) where.push(eq(ph.writingId, q.writingId));
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    where.push(
      or(
        ilike(outcomes.code, pattern),
        ilike(outcomes.title, pattern),
        ilike(memberWritings.code, pattern),
        ilike(memberWritings.title, pattern),
        ilike(unit.displayName, pattern),
      ) as SQL,
    );
  }
  return where;
}

export const selectSummaries = (db: DbOrTx) =>
  db
    .select(summaryColumns)
    .from(ph)
    .leftJoin(outcomes, eq(outcomes.id, ph.outcomeId))
    .leftJoin(memberWritings, eq(memberWritings.id, ph.writingId))
    .innerJoin(places, proposalPlace)
    .innerJoin(unit, eq(unit.id, ph.unitId))
    .leftJoin(proposerAccount, eq(proposerAccount.id, ph.proposerId));
export type HandlingSummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['execute']>>[number];

/** Open handlings first, the nearest due date first; rated ones after them. */
const order = [sql`${ph.satisfaction} is not null`, asc(ph.dueAt), asc(ph.id)];

/** One page of the handlings the actor can see, with counts per status under the same filters. */
export async function listVisibleHandlings(db: DbOrTx, actor: Actor, q: ListHandlingsInput) {
  const base = filters(actor, q);
  const where = q.status ? [...base, STATUS_SQL[q.status]] : base;
  const [rows, [counts]] = await Promise.all([
    selectSummaries(db)
      .where(and(...where))
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select(
        Object.fromEntries(HANDLING_STATUSES.map((s) => [s, countWhere(STATUS_SQL[s])])) as Record<
          HandlingStatus,
          SQL<number>
        >,
      )
      .from(ph)
      .leftJoin(outcomes, eq(outcomes.id, ph.outcomeId))
      .leftJoin(memberWritings, eq(memberWritings.id, ph.writingId))
      .innerJoin(places, proposalPlace)
      .innerJoin(unit, eq(unit.id, ph.unitId))
      .where(and(...base)),
  ]);
  const byStatus = counts ?? { assigned: 0, replied: 0, met: 0, rated: 0 };
  const total = q.status ? byStatus[q.status] : HANDLING_STATUSES.reduce((n, s) => n + byStatus[s], 0);
  return { rows, total, counts: byStatus };
}

/** A proposal: an outcome's id, or a member's writing's. */
export type ProposalKey = { outcomeId: string } | { writingId: string };
const ofProposal = (key: ProposalKey) =>
  'outcomeId' in key ? eq(ph.outcomeId, key.outcomeId) : eq(ph.writingId, key.writingId);

/** A proposal's handlings the actor can see, in the order they were assigned. */
export async function handlingsOfProposal(db: DbOrTx, actor: Actor, key: ProposalKey) {
  return selectSummaries(db)
    .where(and(ofProposal(key), visibleHandlings(actor)))
    .orderBy(asc(ph.createdAt), asc(unit.displayName));
}

/** An outcome the actor can see (by reach, or sent to them), as the proposal units are assigned to. */
export async function findVisibleProposal(db: DbOrTx, actor: Actor, outcomeId: string) {
  const [row] = await db
    .select({
      id: outcomes.id,
      type: outcomes.type,
      status: outcomes.status,
      placeId: outcomes.placeId,
      placePath: places.path,
    })
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .where(and(eq(outcomes.id, outcomeId), visibleOutcomes(actor)));
  return row;
}
export type ProposalRow = NonNullable<Awaited<ReturnType<typeof findVisibleProposal>>>;

/** The units already handling a proposal, by id. */
export async function assignedUnits(db: DbOrTx, key: ProposalKey) {
  const rows = await db
    .select({ unitId: ph.unitId, name: unit.displayName })
    .from(ph)
    .innerJoin(unit, eq(unit.id, ph.unitId))
    .where(ofProposal(key));
  return new Map(rows.map((r) => [r.unitId, r.name]));
}

/**
 * Per handling unit, how many of a year's handlings the actor can see fall in each counted filter
 * (the proposal's place within `placeId`'s subtree, when given) — an outcome's and a member's own
 * proposals alike.
 */
export async function rateCountsByUnit(db: DbOrTx, actor: Actor, q: { year: number; placeId?: string | undefined }) {
  const where: SQL[] = [visibleHandlings(actor), eq(ph.year, q.year)];
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  const counted = Object.fromEntries(COUNTED_FILTERS.map((f) => [f, countWhere(FILTER_SQL[f])])) as Record<
    keyof RateCounts,
    SQL<number>
  >;
  return db
    .select({ unit: { id: unit.id, displayName: unit.displayName }, ...counted })
    .from(ph)
    .leftJoin(outcomes, eq(outcomes.id, ph.outcomeId))
    .leftJoin(memberWritings, eq(memberWritings.id, ph.writingId))
    .innerJoin(places, proposalPlace)
    .innerJoin(unit, eq(unit.id, ph.unitId))
    .where(and(...where))
    .groupBy(unit.id, unit.displayName)
    .orderBy(asc(unit.displayName), asc(unit.id));
}

/**
 * The same counts as rateCountsByUnit, grouped instead by `child` — an SQL expression of the
 * proposal's place path (the dashboard's child of the place it shows) — for a year's handlings
 * the actor can see within the subtrees at `paths`.
 */
export async function rateCountsByChild(
  db: DbOrTx,
  actor: Actor,
  q: { year: number; placeId?: string | undefined; child: (path: AnyPgColumn) => SQL<string | null> },
) {
  const where: SQL[] = [visibleHandlings(actor), eq(ph.year, q.year)];
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  const counted = Object.fromEntries(COUNTED_FILTERS.map((f) => [f, countWhere(FILTER_SQL[f])])) as Record<
    keyof RateCounts,
    SQL<number>
  >;
  return db
    .select({ child: q.child(places.path), ...counted })
    .from(ph)
    .leftJoin(outcomes, eq(outcomes.id, ph.outcomeId))
    .leftJoin(memberWritings, eq(memberWritings.id, ph.writingId))
    .innerJoin(places, proposalPlace)
    .where(and(...where))
    .groupBy(sql`1`);
}
