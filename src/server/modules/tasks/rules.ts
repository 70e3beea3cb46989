// The pure rules of a task (落实任务): its status machine and the supervision board's flags (督办).
import type { TaskAction, TaskBoardView, TaskFlag } from '../../../shared/api/tasks';
import type { TaskEventKind, TaskStatus } from '../../../shared/enums';
import type { FieldError } from '../../platform/errors';

/** Due soon (临期): the deadline falls within this many days. */
export const DUE_SOON_DAYS = 7;
/** Stalled (停滞): no progress reported for this many days (counted from creation before the first). */
export const STALLED_DAYS = 14;
/** The scheduler's due-soon notice goes out this many days before the deadline. */
export const REMIND_DAYS = 3;

const DAY_MS = 86_400_000;

/**
 * The status machine: where each action leads from each status. Not listed → 409. The owner
 * reports on an open task; the liaison accepts (验收) or returns what was reported done, cannot
 * be done or carried over (续办); urging (催办), escalating (督办) and instructing (批示) keep the
 * status; 回头看 reopens an accepted task.
 */
export const TASK_TRANSITIONS = {
  not_started: {
    progress: 'in_progress',
    done: 'done',
    cannot: 'cannot',
    carry_over: 'carried_over',
    urge: 'not_started',
    escalate: 'not_started',
    instruct: 'not_started',
  },
  in_progress: {
    progress: 'in_progress',
    done: 'done',
    cannot: 'cannot',
    carry_over: 'carried_over',
    urge: 'in_progress',
    escalate: 'in_progress',
    instruct: 'in_progress',
  },
  done: { accept: 'accepted', return: 'in_progress', instruct: 'done' },
  cannot: { accept: 'accepted', return: 'in_progress' },
  carried_over: { accept: 'accepted', return: 'in_progress' },
  accepted: { reopen: 'in_progress' },
} as const satisfies Record<TaskStatus, Partial<Record<TaskAction, TaskStatus>>>;

/** Where `action` leads from `status`, or null when the status does not allow it. */
export function nextTaskStatus(status: TaskStatus, action: TaskAction): TaskStatus | null {
  const row: Partial<Record<TaskAction, TaskStatus>> = TASK_TRANSITIONS[status];
  return row[action] ?? null;
}

/** The timeline entry each action writes. */
export const EVENT_OF_ACTION = {
  progress: 'progress',
  done: 'done',
  cannot: 'cannot',
  carry_over: 'carried_over',
  accept: 'accepted',
  return: 'returned',
  urge: 'urged',
  escalate: 'escalated',
  instruct: 'instructed',
  reopen: 'reopened',
} as const satisfies Record<TaskAction, TaskEventKind>;

/** Actions that need the person's own words: all but accepting and reporting done. */
export const needsNote = (action: TaskAction) => action !== 'accept' && action !== 'done';

/**
 * What a step's new deadline gets wrong. Reopening (回头看 found the problem back) takes one later
 * than now: the old one has long passed, and the task would show overdue and be warned of at once.
 * No other step takes one (a deadline is changed by editing the task).
 */
export function deadlineIssue(action: TaskAction, dueAt: Date | undefined, now: Date): FieldError | undefined {
  if (action !== 'reopen') return dueAt ? { path: 'dueAt', key: 'invalid_value' } : undefined;
  if (!dueAt) return { path: 'dueAt', key: 'required' };
  return dueAt <= now ? { path: 'dueAt', key: 'not_in_past' } : undefined;
}

/** The unit is working on it: the clock runs, it can be urged. */
export const OPEN_STATUSES = ['not_started', 'in_progress'] as const satisfies readonly TaskStatus[];
/** Reported finished (done, cannot, carried over): waiting for the liaison's 验收. */
export const TO_ACCEPT_STATUSES = ['done', 'cannot', 'carried_over'] as const satisfies readonly TaskStatus[];
/** Nothing more is expected this year: accepted, or carried over to the next. */
export const CLOSED_STATUSES = ['accepted', 'carried_over'] as const satisfies readonly TaskStatus[];

export const isOpen = (s: TaskStatus) => (OPEN_STATUSES as readonly TaskStatus[]).includes(s);
export const isClosed = (s: TaskStatus) => (CLOSED_STATUSES as readonly TaskStatus[]).includes(s);

export type FlagInput = {
  status: TaskStatus;
  dueAt: Date;
  createdAt: Date;
  lastProgressAt: Date | null;
  awaitsAnswer: boolean;
  escalatedToId: string | null;
};

/**
 * Why a task shows on the board, and its colour. The clock applies to open tasks only: one
 * reported done (or cannot, or carried over) waits on the liaison's 验收, not on the unit.
 * Red: overdue. Yellow: due within DUE_SOON_DAYS, stalled for STALLED_DAYS, or urged and not
 * yet answered with progress. Green otherwise; closed tasks carry no reasons. Escalation (督办)
 * is a reason to look, not a colour of its own. views.ts says the same in SQL.
 */
export function taskFlag(t: FlagInput, now = new Date()): { flag: TaskFlag; reasons: TaskBoardView[] } {
  if (!isOpen(t.status)) return { flag: 'green', reasons: [] };
  const reasons: TaskBoardView[] = [];
  const left = t.dueAt.getTime() - now.getTime();
  if (left < 0) reasons.push('overdue');
  else if (left <= DUE_SOON_DAYS * DAY_MS) reasons.push('due_soon');
  if (now.getTime() - (t.lastProgressAt ?? t.createdAt).getTime() >= STALLED_DAYS * DAY_MS) reasons.push('stalled');
  if (t.awaitsAnswer) reasons.push('urged');
  if (t.escalatedToId) reasons.push('escalated');
  const flag = reasons.includes('overdue')
    ? 'red'
    : reasons.some((r) => r === 'due_soon' || r === 'stalled' || r === 'urged')
      ? 'yellow'
      : 'green';
  return { flag, reasons };
}
