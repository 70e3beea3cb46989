import type { Dayjs } from 'dayjs';
import type { RecordRevisitInput, ReviewState } from './types';

/** What the revisit form holds: days as picked, texts as typed. */
export type RevisitFormValues = {
  visitedAt: Dayjs;
  findings: string;
  residentsView?: string;
  isProblemBack: boolean;
  taskId?: string;
  nextReviewAt?: Dayjs | null;
};

/** A review date is a day: the revisit is due by its end (local time, the deployment's). */
export const endOfDay = (d: Dayjs) => d.endOf('day').toISOString();

/** The visit's day as an instant: today is now (never ahead of it), an earlier day its end. */
export const visitedAtOf = (day: Dayjs, now: Dayjs) =>
  day.isSame(now, 'day') ? now.toISOString() : day.endOf('day').toISOString();

/**
 * The request for a revisit: a task only when the problem is back, a next review only when it is
 * not; empty words left out, not sent as errors.
 */
export function toRecordInput(v: RevisitFormValues, photoIds: string[], now: Dayjs): RecordRevisitInput {
  return {
    visitedAt: visitedAtOf(v.visitedAt, now),
    findings: v.findings.trim(),
    residentsView: v.residentsView?.trim() || undefined,
    isProblemBack: v.isProblemBack,
    photoIds,
    taskId: v.isProblemBack ? v.taskId : undefined,
    nextReviewAt: !v.isProblemBack && v.nextReviewAt ? endOfDay(v.nextReviewAt) : undefined,
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
