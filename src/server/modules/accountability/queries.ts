// The board's reads. Only public columns are selected: no resident's contact, no outcome body, no
// reply, instruction or task note. Each read takes the place's subtree by its path (see
// inSubtreeIds) and the records through their (place_id, …) index.
import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  BOARD_CONSENSUS_COUNT,
  BOARD_OUTCOME_STATUSES,
  type BoardOutcomeFilter,
  type BoardOutcomeStatus,
} from '../../../shared/api/accountability';
import type { DbOrTx } from '../../platform/db';
import { inSubtree, pathIds } from '../../platform/db/place-path';
import { consensusItems, consultations, outcomes, places, submissions, tasks } from '../../platform/db/schema';

const count = (where?: SQL) =>
  where ? sql<number>`(count(*) filter (where ${where}))::int` : sql<number>`count(*)::int`;
// the residents' mean rating, to two decimals; null when no one rated
const meanRating = (where?: SQL) =>
  where
    ? sql<number | null>`round(avg(${submissions.satisfaction}) filter (where ${where}), 2)::float8`
    : sql<number | null>`round(avg(${submissions.satisfaction}), 2)::float8`;

/**
 * SQL: `column` (a place id) is the place at `path` or one beneath it. The subtree's ids are read
 * first (a prefix match places_path_prefix_idx answers), and the records' place_id index is probed
 * with them: one plan at every level, its cost growing with the subtree's rows. Joined on places
 * instead, the planner guesses the subtree's size: on a generated district of 300,000 submissions
 * it scanned the whole table for one township (150 ms, against 20 ms this way).
 */
const inSubtreeIds = (column: AnyPgColumn, path: string) =>
  sql`${column} = any(array(select ${places.id} from ${places} where ${inSubtree(places.path, path)}))`;

/** A live place by its public code, with the names along its path; undefined when unknown or archived. */
export async function findBoardPlace(db: DbOrTx, code: string) {
  const [place] = await db
    .select({ code: places.code, name: places.name, kind: places.kind, brand: places.brand, path: places.path })
    .from(places)
    .where(and(eq(places.code, code), isNull(places.archivedAt)));
  if (!place) return undefined;
  const ids = pathIds(place.path);
  const crumbs = await db.select({ id: places.id, name: places.name }).from(places).where(inArray(places.id, ids));
  const names = new Map(crumbs.map((c) => [c.id, c.name]));
  return { ...place, names: ids.map((id) => names.get(id) ?? '') };
}

/** 征集 and 分办 over the subtree, and the residents' ratings: all time and since `yearStart`. */
export async function submissionCounts(db: DbOrTx, path: string, yearStart: Date) {
  const s = submissions;
  const isSorted = ne(s.status, 'received');
  const inYear = sql`${s.createdAt} >= ${yearStart}`;
  const ratedInYear = sql`${s.ratedAt} >= ${yearStart}`;
  const [row] = await db
    .select({
      collected: count(),
      collectedYear: count(inYear),
      sorted: count(isSorted),
      sortedYear: count(sql`${isSorted} and ${inYear}`),
      rated: sql<number>`count(${s.satisfaction})::int`,
      ratedYear: sql<number>`(count(${s.satisfaction}) filter (where ${ratedInYear}))::int`,
      mean: meanRating(),
      meanYear: meanRating(ratedInYear),
    })
    .from(s)
    .where(inSubtreeIds(s.placeId, path));
  return row as NonNullable<typeof row>;
}

/** 协商: concluded consultations held in the subtree and their distinct topics. */
export async function consultationCounts(db: DbOrTx, path: string, yearStart: Date) {
  const c = consultations;
  const inYear = sql`${c.concludedAt} >= ${yearStart}`;
  const [row] = await db
    .select({
      consultations: count(),
      consultationsYear: count(inYear),
      topics: sql<number>`count(distinct ${c.topicId})::int`,
      topicsYear: sql<number>`(count(distinct ${c.topicId}) filter (where ${inYear}))::int`,
    })
    .from(c)
    .where(and(inSubtreeIds(c.placeId, path), eq(c.status, 'concluded')));
  return row as NonNullable<typeof row>;
}

/** Outcomes the public sees: sent or after, of a concluded consultation held in the subtree. */
const publicOutcomes = (path: string, statuses: readonly BoardOutcomeStatus[]) =>
  and(
    inSubtreeIds(outcomes.placeId, path),
    inArray(outcomes.status, [...statuses]),
    eq(consultations.status, 'concluded'),
  );

/** 落实: outcomes carried out (every task accepted), all time and since `yearStart`. */
export async function carriedOutCounts(db: DbOrTx, path: string, yearStart: Date) {
  const [row] = await db
    .select({ carriedOut: count(), carriedOutYear: count(sql`${outcomes.carriedOutAt} >= ${yearStart}`) })
    .from(outcomes)
    .innerJoin(consultations, eq(consultations.id, outcomes.consultationId))
    .where(publicOutcomes(path, ['carried_out']));
  return row as NonNullable<typeof row>;
}

const STATUSES_OF: Record<BoardOutcomeFilter, readonly BoardOutcomeStatus[]> = {
  all: BOARD_OUTCOME_STATUSES,
  carrying_out: ['carrying_out'],
  carried_out: ['carried_out'],
};

/** Tasks of the outcome in the row, those in `status` when given (one index lookup per outcome). */
const tasksOf = (status?: 'accepted' | 'carried_over') =>
  sql<number>`(select count(*) from ${tasks} where ${tasks.outcomeId} = ${outcomes.id}${
    status ? sql` and ${tasks.status} = ${status}` : sql``
  })::int`;

/** One page of the subtree's public outcomes, the latest sent first, with their tasks' progress. */
export async function boardOutcomes(db: DbOrTx, path: string, filter: BoardOutcomeFilter, page: number, size: number) {
  const where = publicOutcomes(path, STATUSES_OF[filter]);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        code: outcomes.code,
        type: outcomes.type,
        title: outcomes.title,
        status: outcomes.status,
        sentAt: outcomes.sentAt,
        carriedOutAt: outcomes.carriedOutAt,
        total: tasksOf(),
        accepted: tasksOf('accepted'),
        carriedOver: tasksOf('carried_over'),
      })
      .from(outcomes)
      .innerJoin(consultations, eq(consultations.id, outcomes.consultationId))
      .where(where)
      .orderBy(sql`${outcomes.sentAt} desc nulls last`, desc(outcomes.code))
      .limit(size)
      .offset((page - 1) * size),
    db
      .select({ n: count() })
      .from(outcomes)
      .innerJoin(consultations, eq(consultations.id, outcomes.consultationId))
      .where(where),
  ]);
  return {
    items: rows.map(({ total, accepted, carriedOver, status, ...o }) => ({
      ...o,
      status: status as BoardOutcomeStatus, // the where clause leaves no draft
      tasks: { total, accepted, carriedOver },
    })),
    total: total?.n ?? 0,
    page,
    pageSize: size,
    status: filter,
  };
}

/** 共识: the latest consensus items of concluded consultations held in the subtree. */
export async function recentConsensus(db: DbOrTx, path: string) {
  const rows = await db
    .select({
      number: consensusItems.number,
      text: consensusItems.text,
      code: consultations.code,
      title: consultations.title,
      heldAt: consultations.startsAt,
    })
    .from(consultations)
    .innerJoin(consensusItems, eq(consensusItems.consultationId, consultations.id))
    .where(and(inSubtreeIds(consultations.placeId, path), eq(consultations.status, 'concluded')))
    .orderBy(desc(consultations.startsAt), desc(consultations.code), asc(consensusItems.number))
    .limit(BOARD_CONSENSUS_COUNT);
  return rows.map(({ number, text, code, title, heldAt }) => ({ number, text, consultation: { code, title, heldAt } }));
}
