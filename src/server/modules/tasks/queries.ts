import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import { accounts, outcomes, places, taskMilestones, tasks } from '../../platform/db/schema';
import { visibleTasks } from './policy';
import { CLOSED_STATUSES } from './rules';
import type { ListTasksInput } from './schemas';
import { countsOf, flagConditions, viewConditions } from './views';

const owner = alias(accounts, 'owner');
const escalatedTo = alias(accounts, 'escalated_to');

/** A task as lists show it, with what its flags, policy and use cases need. */
const summaryColumns = {
  id: tasks.id,
  code: tasks.code,
  title: tasks.title,
  status: tasks.status,
  outcome: { id: outcomes.id, code: outcomes.code, title: outcomes.title },
  outcomeStatus: outcomes.status,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  owner: { id: owner.id, displayName: owner.displayName },
  ownerId: tasks.ownerId,
  coUnits: tasks.coUnits,
  dueAt: tasks.dueAt,
  lastProgressAt: tasks.lastProgressAt,
  urgeCount: tasks.urgeCount,
  awaitsAnswer: tasks.awaitsAnswer,
  escalatedTo: { id: escalatedTo.id, displayName: escalatedTo.displayName },
  escalatedToId: tasks.escalatedToId,
  milestoneCount: sql<number>`(select count(*)::int from ${taskMilestones} where ${taskMilestones.taskId} = ${tasks.id})`,
  milestonesDone: sql<number>`(select count(*)::int from ${taskMilestones} where ${taskMilestones.taskId} = ${tasks.id} and ${taskMilestones.doneAt} is not null)`,
  createdById: tasks.createdById,
  createdAt: tasks.createdAt,
};

const detailColumns = {
  ...summaryColumns,
  outcomeId: tasks.outcomeId,
  consensusItemId: tasks.consensusItemId,
  detail: tasks.detail,
  statusReason: tasks.statusReason,
  finishedAt: tasks.finishedAt,
  acceptedAt: tasks.acceptedAt,
  acceptedById: tasks.acceptedById,
  updatedAt: tasks.updatedAt,
};

// every read of tasks joins the same four: the outcome, the place, the owner, the leader escalated to
const joinOutcome = eq(outcomes.id, tasks.outcomeId);
const joinPlace = eq(places.id, tasks.placeId);
const joinOwner = eq(owner.id, tasks.ownerId);
const joinEscalated = eq(escalatedTo.id, tasks.escalatedToId);

const selectDetails = (db: DbOrTx) =>
  db
    .select(detailColumns)
    .from(tasks)
    .innerJoin(outcomes, joinOutcome)
    .innerJoin(places, joinPlace)
    .innerJoin(owner, joinOwner)
    .leftJoin(escalatedTo, joinEscalated);

/** Tasks as lists show them, with the joins every read of tasks makes; the caller adds the conditions. */
export const selectSummaries = <X extends Record<string, SQL.Aliased | SQL>>(db: DbOrTx, extra = {} as X) =>
  db
    .select({ ...summaryColumns, ...extra })
    .from(tasks)
    .innerJoin(outcomes, joinOutcome)
    .innerJoin(places, joinPlace)
    .innerJoin(owner, joinOwner)
    .leftJoin(escalatedTo, joinEscalated);

/** A task the actor can see, else undefined (callers answer 404); `lock` holds its row for the caller's transaction. */
export async function findVisibleTask(db: DbOrTx, actor: Actor, id: string, lock = false) {
  const q = selectDetails(db).where(and(eq(tasks.id, id), visibleTasks(actor)));
  const [row] = await (lock ? q.for('update', { of: tasks }) : q);
  return row;
}
export type TaskRow = NonNullable<Awaited<ReturnType<typeof findVisibleTask>>>;
export type TaskSummaryRow = Pick<TaskRow, keyof typeof summaryColumns>;

/** The list's filters but `view` and `flag`: what the counts are counted under. */
export function taskFilters(actor: Actor, q: Partial<ListTasksInput>): SQL[] {
  const where: SQL[] = [visibleTasks(actor)];
  if (q.status) where.push(eq(tasks.status, q.status));
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  if (q.ownerId) where.push(eq(tasks.ownerId, q.ownerId));
  if (q.outcomeId) where.push(eq(tasks.outcomeId, q.outcomeId));
  if (q.mine) where.push(eq(tasks.ownerId, actor.id));
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(tasks.title, pattern), ilike(tasks.code, pattern), ilike(owner.displayName, pattern)) as SQL);
  }
  return where;
}

// open and waiting tasks first, the nearest deadline first; closed ones after them
const order = [
  sql`${tasks.status} in (${sql.join(
    CLOSED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )})`,
  asc(tasks.dueAt),
  asc(tasks.code),
];

/** Counts per view and per flag of the tasks matching `where`. */
async function countTasks(db: DbOrTx, where: SQL[], now: Date) {
  const [row] = await db
    .select({ views: countsOf(viewConditions(now)), flags: countsOf(flagConditions(now)), total: count() })
    .from(tasks)
    .innerJoin(places, joinPlace)
    .innerJoin(owner, joinOwner)
    .where(and(...where));
  if (!row) throw new Error('no counts');
  return row;
}

/** One page of the tasks the actor sees, with counts per view and flag under the other filters. */
export async function listVisibleTasks(db: DbOrTx, actor: Actor, q: ListTasksInput, now: Date) {
  const base = taskFilters(actor, q);
  const where = [...base];
  if (q.view) where.push(viewConditions(now)[q.view]);
  if (q.flag) where.push(flagConditions(now)[q.flag]);
  const [rows, counts, narrowed] = await Promise.all([
    selectSummaries(db)
      .where(and(...where))
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    countTasks(db, base, now),
    q.view || q.flag ? countTasks(db, where, now) : undefined,
  ]);
  return { rows, total: (narrowed ?? counts).total, counts: { views: counts.views, flags: counts.flags } };
}

/** Every task of an outcome the actor sees, in the list's order. */
export function tasksOfOutcome(db: DbOrTx, actor: Actor, outcomeId: string) {
  return selectSummaries(db)
    .where(and(eq(tasks.outcomeId, outcomeId), visibleTasks(actor)))
    .orderBy(...order);
}

/**
 * Every task of an outcome, whoever may see each one: for documents about the outcome as a whole
 * (落实情况报告), which the caller has let the actor read. In the order they were set.
 */
export function everyTaskOfOutcome(db: DbOrTx, outcomeId: string) {
  return selectDetails(db).where(eq(tasks.outcomeId, outcomeId)).orderBy(asc(tasks.createdAt), asc(tasks.code));
}

/** The views' counts of the tasks at a place and beneath it (the board's region). */
export async function boardCounts(db: DbOrTx, placeId: string, now: Date) {
  return (await countTasks(db, [inSubtreeOfPlace(places.path, placeId)], now)).views;
}

/** Per responsible unit (责任单位) in the region: open, overdue, due soon, stalled and finished tasks. */
export async function boardUnits(db: DbOrTx, placeId: string, now: Date) {
  const v = viewConditions(now);
  const rows = await db
    .select({
      owner: { id: owner.id, displayName: owner.displayName },
      ...countsOf({
        open: v.open,
        overdue: v.overdue,
        dueSoon: v.due_soon,
        stalled: v.stalled,
        done: sql`${tasks.status} in ('done', 'accepted')`,
      }),
    })
    .from(tasks)
    .innerJoin(places, joinPlace)
    .innerJoin(owner, joinOwner)
    .where(inSubtreeOfPlace(places.path, placeId))
    .groupBy(owner.id, owner.displayName);
  return rows.sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || a.owner.displayName.localeCompare(b.owner.displayName),
  );
}
