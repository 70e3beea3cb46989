// The scheduler's notices (督办提醒): a task's deadline coming or passed, an outcome's revisit
// (回头看) due. Raised by a periodic job whichever instance runs it; each notice is filed once per
// person and key (notifications' dedupe key), however often the job looks.
import { and, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { outcomes, tasks } from '../../platform/db/schema';
import type { Job } from '../../platform/jobs';
import { notify } from '../notifications';
import { sweepUnattachedTaskFiles } from './files';
import { OPEN_STATUSES, REMIND_DAYS } from './rules';

const HOUR_MS = 3_600_000;
// how many of each a run looks at: a backlog is worked off over the next runs
const BATCH = 500;

/** The keys that make each notice once: a new deadline (or revisit date) may warn again. */
export const reminderKeys = {
  dueSoon: (taskId: string, dueAt: Date) => `task:${taskId}:due_soon:${dueAt.toISOString()}`,
  overdue: (taskId: string, dueAt: Date) => `task:${taskId}:overdue:${dueAt.toISOString()}`,
  revisit: (outcomeId: string, reviewDueAt: Date) => `outcome:${outcomeId}:revisit:${reviewDueAt.toISOString()}`,
};

// not yet told, judged in SQL so a run does not keep filing what was filed (the keys decide anyway)
const untold = (key: ReturnType<typeof sql>, ...people: ReturnType<typeof sql>[]) =>
  sql`(${sql.join(
    people.map(
      (p) =>
        sql`(${p} is not null and not exists (select 1 from notifications n where n.account_id = ${p} and n.dedupe_key = ${key}))`,
    ),
    sql` or `,
  )})`;
const iso = (column: ReturnType<typeof sql> | typeof tasks.dueAt) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Open tasks due within REMIND_DAYS (临期) or past their deadline (逾期): the owner and the liaison who set it hear once. */
async function remindTasks(tx: DbOrTx, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const people = [sql`${tasks.ownerId}`, sql`${tasks.createdById}`];
  const columns = {
    id: tasks.id,
    code: tasks.code,
    title: tasks.title,
    dueAt: tasks.dueAt,
    ownerId: tasks.ownerId,
    createdById: tasks.createdById,
  };
  const open = inArray(tasks.status, [...OPEN_STATUSES]);
  const [soon, late] = await Promise.all([
    tx
      .select(columns)
      .from(tasks)
      .where(
        and(
          open,
          sql`${tasks.dueAt} >= ${at}`,
          sql`${tasks.dueAt} <= ${at} + ${REMIND_DAYS * 24} * interval '1 hour'`,
          untold(sql`'task:' || ${tasks.id} || ':due_soon:' || ${iso(tasks.dueAt)}`, ...people),
        ),
      )
      .limit(BATCH),
    tx
      .select(columns)
      .from(tasks)
      .where(
        and(
          open,
          sql`${tasks.dueAt} < ${at}`,
          untold(sql`'task:' || ${tasks.id} || ':overdue:' || ${iso(tasks.dueAt)}`, ...people),
        ),
      )
      .limit(BATCH),
  ]);
  let filed = 0;
  for (const [rows, kind] of [
    [soon, 'task_due_soon'],
    [late, 'task_overdue'],
  ] as const) {
    for (const t of rows)
      filed += await notify(tx, {
        accountIds: [t.ownerId, t.createdById].filter((id): id is string => id !== null),
        kind,
        params: { code: t.code, title: t.title, dueAt: t.dueAt.toISOString() },
        entityType: 'task',
        entityId: t.id,
        dedupeKey: (kind === 'task_due_soon' ? reminderKeys.dueSoon : reminderKeys.overdue)(t.id, t.dueAt),
      });
  }
  return filed;
}

/** Carried-out outcomes whose revisit date (回头看) has come: the liaison who drafted each hears once. */
async function remindRevisits(tx: DbOrTx, now: Date) {
  const rows = await tx
    .select({
      id: outcomes.id,
      code: outcomes.code,
      title: outcomes.title,
      reviewDueAt: outcomes.reviewDueAt,
      createdById: outcomes.createdById,
    })
    .from(outcomes)
    .where(
      and(
        eq(outcomes.status, 'carried_out'),
        isNotNull(outcomes.reviewDueAt),
        lte(outcomes.reviewDueAt, now),
        untold(
          sql`'outcome:' || ${outcomes.id} || ':revisit:' || ${iso(sql`${outcomes.reviewDueAt}`)}`,
          sql`${outcomes.createdById}`,
        ),
      ),
    )
    .limit(BATCH);
  let filed = 0;
  for (const o of rows) {
    if (!o.createdById || !o.reviewDueAt) continue;
    filed += await notify(tx, {
      accountIds: [o.createdById],
      kind: 'revisit_due',
      params: { code: o.code, title: o.title, dueAt: o.reviewDueAt.toISOString() },
      entityType: 'outcome',
      entityId: o.id,
      dedupeKey: reminderKeys.revisit(o.id, o.reviewDueAt),
    });
  }
  return filed;
}

/** Files the due-soon, overdue and revisit-due notices not yet filed; returns how many were new. */
export async function raiseReminders(tx: DbOrTx, now = new Date()) {
  return (await remindTasks(tx, now)) + (await remindRevisits(tx, now));
}

/** This module's periodic jobs: the reminders every quarter hour, the unattached uploads' sweep hourly. */
export const taskJobs = (dataDir: string): Job[] => [
  { name: 'task-reminders', everyMs: HOUR_MS / 4, run: (tx) => raiseReminders(tx) },
  { name: 'sweep-unattached-task-files', everyMs: HOUR_MS, run: (tx) => sweepUnattachedTaskFiles(tx, dataDir) },
];
