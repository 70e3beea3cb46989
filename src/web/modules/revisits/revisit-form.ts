import type { Dayjs } from 'dayjs';
import { deploymentDay, endOfPickedDay, pickedDay, pickerToday } from '../../lib/deployment-day';
import type { RecordRevisitInput, ReviewState } from './types';

/** What the revisit form holds: days as picked (days where the deployment is), texts as typed. */
export type RevisitFormValues = {
  visitedAt: Dayjs;
  findings: string;
  residentsView?: string;
  isProblemBack: boolean;
  taskId?: string;
  /** the reopened task's new deadline */
  dueAt?: Dayjs | null;
  nextReviewAt?: Dayjs | null;
};

/** The problem back, the reopened task is due this many days on unless the liaison picks another day. */
export const NEW_DEADLINE_DAYS = 30;

/** The new deadline the form offers: NEW_DEADLINE_DAYS from today where the deployment is. */
export const defaultDueDay = (now: number = Date.now()) => pickerToday(now).add(NEW_DEADLINE_DAYS, 'day');

/** The visit's day as an instant: today (where the deployment is) is now, never ahead of it; an earlier day its end. */
export const visitedAtOf = (day: Dayjs, now: number) =>
  pickedDay(day) === deploymentDay(now) ? new Date(now).toISOString() : endOfPickedDay(day);

/**
 * The request for a revisit: the task and its new deadline (the end of the day picked) only when
 * the problem is back, a next review only when it is not; empty words left out, not sent as errors.
 */
export function toRecordInput(v: RevisitFormValues, photoIds: string[], now: number): RecordRevisitInput {
  return {
    visitedAt: visitedAtOf(v.visitedAt, now),
    findings: v.findings.trim(),
    residentsView: v.residentsView?.trim() || undefined,
    isProblemBack: v.isProblemBack,
    photoIds,
    taskId: v.isProblemBack ? v.taskId : undefined,
    dueAt: v.isProblemBack && v.dueAt ? endOfPickedDay(v.dueAt) : undefined,
    nextReviewAt: !v.isProblemBack && v.nextReviewAt ? endOfPickedDay(v.nextReviewAt) : undefined,
  };
}

const DAY_MS = 24 * 3600_000;

/**
 * A review date as words to render, the key under `revisits.state` and its days: 已到期 3 天,
 * 5 天后到期, 今天到期 (within a day), or nothing to say (later, none).
 */
export function reviewWords(
  reviewDueAt: string | null,
  state: ReviewState,
  now: number,
): { key: 'overdue' | 'dueIn' | 'dueToday'; days: number } | undefined {
  if (!reviewDueAt) return undefined;
  const left = Date.parse(reviewDueAt) - now;
  if (state === 'overdue') return { key: 'overdue', days: Math.max(1, Math.ceil(-left / DAY_MS)) };
  if (state !== 'due_soon') return undefined;
  return left < DAY_MS ? { key: 'dueToday', days: 0 } : { key: 'dueIn', days: Math.ceil(left / DAY_MS) };
}
