// The board's views and flags as SQL over tasks: what rules.ts's taskFlag says of one task, said
// of many at once so lists filter and count in the database (views.test.ts holds the two together).
import { and, inArray, isNotNull, not, or, type SQL, sql } from 'drizzle-orm';
import type { TaskBoardView, TaskFlag } from '../../../shared/api/tasks';
import { tasks } from '../../platform/db/schema';
import { CLOSED_STATUSES, DUE_SOON_DAYS, OPEN_STATUSES, STALLED_DAYS, TO_ACCEPT_STATUSES } from './rules';

// whole hours, never '1 day': a day across a daylight-saving change is not 24 hours, and the rules count 24
const days = (n: number) => sql`${n * 24} * interval '1 hour'`;

/** Each view as a condition at `now` (passed in, so a list and its counts agree to the millisecond). */
export function viewConditions(now: Date): Record<TaskBoardView, SQL> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const open = inArray(tasks.status, [...OPEN_STATUSES]);
  return {
    open,
    overdue: and(open, sql`${tasks.dueAt} < ${at}`) as SQL,
    due_soon: and(open, sql`${tasks.dueAt} >= ${at}`, sql`${tasks.dueAt} <= ${at} + ${days(DUE_SOON_DAYS)}`) as SQL,
    stalled: and(
      open,
      sql`coalesce(${tasks.lastProgressAt}, ${tasks.createdAt}) <= ${at} - ${days(STALLED_DAYS)}`,
    ) as SQL,
    urged: and(open, sql`${tasks.awaitsAnswer}`) as SQL,
    escalated: and(open, isNotNull(tasks.escalatedToId)) as SQL,
    to_accept: inArray(tasks.status, [...TO_ACCEPT_STATUSES]),
    closed: inArray(tasks.status, [...CLOSED_STATUSES]),
  };
}

/** Each flag as a condition: red overdue; yellow due soon, stalled or urged but not overdue; green the rest. */
export function flagConditions(now: Date): Record<TaskFlag, SQL> {
  const v = viewConditions(now);
  const yellow = and(not(v.overdue), or(v.due_soon, v.stalled, v.urged)) as SQL;
  return { red: v.overdue, yellow, green: and(not(v.overdue), not(yellow)) as SQL };
}

/** `count(*) filter (where …)` for each condition, as one select's columns. */
export function countsOf<K extends string>(conditions: Record<K, SQL>) {
  return Object.fromEntries(
    Object.entries<SQL>(conditions).map(([k, c]) => [k, sql<number>`(count(*) filter (where ${c}))::int`]),
  ) as Record<K, SQL<number>>;
}
