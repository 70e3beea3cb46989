import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { type RevisitFormValues, reviewWords, toRecordInput, visitedAtOf } from './revisit-form';

const NOW = dayjs('2026-06-15T10:30:00');
const values = (extra: Partial<RevisitFormValues> = {}): RevisitFormValues => ({
  visitedAt: NOW,
  findings: '  水渠畅通  ',
  residentsView: '  ',
  isProblemBack: false,
  ...extra,
});

describe('visitedAtOf', () => {
  it('is now for today, the end of an earlier day otherwise', () => {
    expect(visitedAtOf(NOW.startOf('day'), NOW)).toBe(NOW.toISOString());
    expect(visitedAtOf(NOW.subtract(2, 'day'), NOW)).toBe(NOW.subtract(2, 'day').endOf('day').toISOString());
  });
});

describe('toRecordInput', () => {
  it('trims the words and leaves empty ones out', () => {
    expect(toRecordInput(values(), [], NOW)).toEqual({
      visitedAt: NOW.toISOString(),
      findings: '水渠畅通',
      residentsView: undefined,
      isProblemBack: false,
      photoIds: [],
      taskId: undefined,
      nextReviewAt: undefined,
    });
  });

  it('sends the task only when the problem is back, a next review only when it is not', () => {
    const next = NOW.add(3, 'month');
    const back = toRecordInput(values({ isProblemBack: true, taskId: 't1', nextReviewAt: next }), ['p1'], NOW);
    expect(back).toMatchObject({ isProblemBack: true, taskId: 't1', nextReviewAt: undefined, photoIds: ['p1'] });
    const well = toRecordInput(values({ taskId: 't1', nextReviewAt: next }), [], NOW);
    expect(well).toMatchObject({ taskId: undefined, nextReviewAt: next.endOf('day').toISOString() });
  });
});

describe('reviewWords', () => {
  const now = Date.parse('2026-06-15T02:30:00Z');
  const at = (hours: number) => new Date(now + hours * 3600_000).toISOString();
  it.each([
    ['passed by an hour', at(-1), 'overdue', { key: 'overdue', days: 1 }],
    ['passed by three days and a bit', at(-73), 'overdue', { key: 'overdue', days: 4 }],
    ['later today', at(5), 'due_soon', { key: 'dueToday', days: 0 }],
    ['in five days', at(5 * 24), 'due_soon', { key: 'dueIn', days: 5 }],
    ['in four and a half days', at(4.5 * 24), 'due_soon', { key: 'dueIn', days: 5 }],
    ['in three months', at(90 * 24), 'later', undefined],
  ] as const)('%s', (_, date, state, words) => {
    expect(reviewWords(date, state, now)).toEqual(words);
  });
  it('says nothing without a date', () => {
    expect(reviewWords(null, 'none', now)).toBeUndefined();
  });
});
