import { describe, expect, it } from 'vitest';
import type { ReviewState } from '../../../shared/api/revisits';
import { OUTCOME_STATUSES } from '../../../shared/enums';
import { DUE_WITHIN_DAYS, isRevisitable, reviewDateAfter, reviewStateOf, revisitIssues } from './rules';
import type { RecordRevisitInput } from './schemas';

const NOW = new Date('2026-06-15T04:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

describe('reviewStateOf', () => {
  it.each<[string, Date | null, ReviewState]>([
    ['no date', null, 'none'],
    ['a year ago', at(-365), 'overdue'],
    ['a millisecond ago', new Date(NOW.getTime() - 1), 'overdue'],
    ['right now', NOW, 'due_soon'],
    ['tomorrow', at(1), 'due_soon'],
    [`in exactly ${DUE_WITHIN_DAYS} days`, at(DUE_WITHIN_DAYS), 'due_soon'],
    [`a millisecond past ${DUE_WITHIN_DAYS} days`, new Date(at(DUE_WITHIN_DAYS).getTime() + 1), 'later'],
    ['in three months', at(92), 'later'],
  ])('%s → %s', (_, date, state) => {
    expect(reviewStateOf(date, NOW)).toBe(state);
  });
});

describe('isRevisitable', () => {
  it('takes only a carried-out outcome', () => {
    expect(OUTCOME_STATUSES.filter(isRevisitable)).toEqual(['carried_out']);
  });
});

const input = (extra: Partial<RecordRevisitInput> = {}): RecordRevisitInput => ({
  visitedAt: at(-1),
  findings: '路面完好',
  isProblemBack: false,
  photoIds: [],
  ...extra,
});
const TASK = '00000000-0000-4000-8000-000000000001';

describe('revisitIssues', () => {
  it.each<[string, Partial<RecordRevisitInput>, string[]]>([
    ['all well, visited yesterday', {}, []],
    ['visited right now', { visitedAt: NOW }, []],
    ['all well with a next review', { nextReviewAt: at(90) }, []],
    ['the problem back with its task and new deadline', { isProblemBack: true, taskId: TASK, dueAt: at(30) }, []],
    ['a new deadline later today', { isProblemBack: true, taskId: TASK, dueAt: new Date(NOW.getTime() + 1) }, []],
    ['a visit in the future', { visitedAt: at(1) }, ['visitedAt:not_in_future']],
    ['the problem back without a task', { isProblemBack: true, dueAt: at(30) }, ['taskId:required']],
    ['the problem back without a new deadline', { isProblemBack: true, taskId: TASK }, ['dueAt:required']],
    ['a new deadline passed', { isProblemBack: true, taskId: TASK, dueAt: at(-1) }, ['dueAt:not_in_past']],
    ['a new deadline right now', { isProblemBack: true, taskId: TASK, dueAt: NOW }, ['dueAt:not_in_past']],
    ['a task named though all is well', { taskId: TASK }, ['taskId:invalid_value']],
    ['a new deadline though all is well', { dueAt: at(30) }, ['dueAt:invalid_value']],
    ['a next review in the past', { nextReviewAt: at(-1) }, ['nextReviewAt:not_in_past']],
    ['a next review right now', { nextReviewAt: NOW }, ['nextReviewAt:not_in_past']],
    [
      'a next review with the problem back',
      { isProblemBack: true, taskId: TASK, dueAt: at(30), nextReviewAt: at(30) },
      ['nextReviewAt:invalid_value'],
    ],
    [
      'everything at once',
      { visitedAt: at(2), isProblemBack: true, nextReviewAt: at(-2) },
      ['visitedAt:not_in_future', 'taskId:required', 'dueAt:required', 'nextReviewAt:invalid_value'],
    ],
  ])('%s', (_, extra, issues) => {
    expect(revisitIssues(input(extra), NOW).map((i) => `${i.path}:${i.key}`)).toEqual(issues);
  });
});

describe('reviewDateAfter', () => {
  it('clears the date when the problem is back (carrying out again sets one)', () => {
    expect(reviewDateAfter({ isProblemBack: true })).toBeNull();
  });
  it('clears it when all is well, or moves it to the next review asked for', () => {
    expect(reviewDateAfter({ isProblemBack: false })).toBeNull();
    expect(reviewDateAfter({ isProblemBack: false, nextReviewAt: at(90) })).toEqual(at(90));
  });
});
