import { daysBetween, deploymentDay } from './days';
import type { TaskBoardView, TaskFlag, TaskSummary } from './types';

const DAY_MS = 24 * 3600_000;

/** A reason a task is flagged, as words to render: the key under `tasks.reasons` and its numbers. */
export type ReasonWord =
  | { key: 'overdue' | 'dueSoon' | 'stalled'; days: number }
  | { key: 'urged' | 'awaitsAnswer'; count: number }
  | { key: 'escalated' };

type Flagged = Pick<TaskSummary, 'reasons' | 'dueAt' | 'lastProgressAt' | 'createdAt' | 'urgeCount' | 'awaitsAnswer'>;

/** Whole days from `from` to `to`, a part day counting as one (due in 3 hours: within 1 day). */
const daysUp = (from: number, to: number) => Math.max(1, Math.ceil((to - from) / DAY_MS));
/**
 * Calendar days past the deadline's day where the deployment is, at least one: due yesterday is
 * one day overdue at any hour of today (a part day counted up would make it two by the afternoon).
 */
const daysLate = (due: number, now: number) => Math.max(1, daysBetween(deploymentDay(due), deploymentDay(now)));
/** Whole days gone by (no progress for 6 days and 20 hours: 6 days). */
const daysDown = (from: number, to: number) => Math.max(0, Math.floor((to - from) / DAY_MS));

/**
 * The server's reasons (overdue, due soon, stalled, urged, escalated) as words with their numbers:
 * "逾期 3 天", "2 天内到期", "12 天无进展", "已催办 2 次" or, while the owner has not answered,
 * "催办待回复". The colour of the flag is never the only sign.
 */
export function reasonWords(task: Flagged, now: number): ReasonWord[] {
  const due = Date.parse(task.dueAt);
  const since = Date.parse(task.lastProgressAt ?? task.createdAt);
  const word = (reason: TaskBoardView): ReasonWord | undefined => {
    switch (reason) {
      case 'overdue':
        return { key: 'overdue', days: daysLate(due, now) };
      case 'due_soon':
        return { key: 'dueSoon', days: daysUp(now, due) };
      case 'stalled':
        return { key: 'stalled', days: daysDown(since, now) };
      case 'urged':
        return { key: task.awaitsAnswer ? 'awaitsAnswer' : 'urged', count: task.urgeCount };
      case 'escalated':
        return { key: 'escalated' };
      default:
        return undefined; // open, to_accept, closed are views, not reasons for a flag
    }
  };
  return task.reasons.map(word).filter((w) => w !== undefined);
}

/** antd's colour for each flag (beside the words, never instead of them). */
export const FLAG_COLORS = { red: '#cf1322', yellow: '#d48806', green: '#389e0d' } as const satisfies Record<
  TaskFlag,
  string
>;

/** A deadline as the task page states it: overdue, due soon, or neither (closed tasks are neither). */
export function dueState(task: Pick<TaskSummary, 'reasons'>): 'overdue' | 'dueSoon' | undefined {
  if (task.reasons.includes('overdue')) return 'overdue';
  if (task.reasons.includes('due_soon')) return 'dueSoon';
  return undefined;
}
