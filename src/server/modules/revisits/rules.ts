// The pure rules of 回头看 (revisits): when an outcome is due for one, and what a revisit's input
// must say beyond its schema.
import type { ReviewState } from '../../../shared/api/revisits';
import type { OutcomeStatus } from '../../../shared/enums';
import type { FieldError } from '../../platform/errors';
import type { RecordRevisitInput } from './schemas';

/** The supervision board lists revisits whose date has come or comes within this many days. */
export const DUE_WITHIN_DAYS = 14;

const DAY_MS = 86_400_000;

/** Only a carried-out outcome (已落实) is revisited, or has its review date set. */
export const isRevisitable = (status: OutcomeStatus) => status === 'carried_out';

/** Where a review date stands at `now`: passed, within DUE_WITHIN_DAYS, later, or none set. */
export function reviewStateOf(reviewDueAt: Date | null, now: Date): ReviewState {
  if (!reviewDueAt) return 'none';
  const left = reviewDueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_WITHIN_DAYS * DAY_MS ? 'due_soon' : 'later';
}

/**
 * What a revisit's input gets wrong that its schema cannot see: a visit in the future; the problem
 * back without the task to reopen or its new deadline (or either given though it is not back); a
 * new deadline not later than now — the console sends the end of a day from today on where the
 * deployment is, and the old deadline has long passed: the task would be overdue at once; a next
 * review date with the problem back (the task's acceptance sets a new one) or not in the future.
 */
export function revisitIssues(input: RecordRevisitInput, now: Date): FieldError[] {
  const issues: FieldError[] = [];
  if (input.visitedAt > now) issues.push({ path: 'visitedAt', key: 'not_in_future' });
  if (input.isProblemBack && !input.taskId) issues.push({ path: 'taskId', key: 'required' });
  if (!input.isProblemBack && input.taskId) issues.push({ path: 'taskId', key: 'invalid_value' });
  if (input.isProblemBack && !input.dueAt) issues.push({ path: 'dueAt', key: 'required' });
  if (input.dueAt) {
    if (!input.isProblemBack) issues.push({ path: 'dueAt', key: 'invalid_value' });
    else if (input.dueAt <= now) issues.push({ path: 'dueAt', key: 'not_in_past' });
  }
  if (input.nextReviewAt) {
    if (input.isProblemBack) issues.push({ path: 'nextReviewAt', key: 'invalid_value' });
    else if (input.nextReviewAt <= now) issues.push({ path: 'nextReviewAt', key: 'not_in_past' });
  }
  return issues;
}

/**
 * The outcome's review date after a revisit: none while the problem is back (carrying it out
 * again sets one), else the next review asked for, or none — this one was made.
 */
export const reviewDateAfter = (input: Pick<RecordRevisitInput, 'isProblemBack' | 'nextReviewAt'>) =>
  input.isProblemBack ? null : (input.nextReviewAt ?? null);
