import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  defaultDueDay,
  NEW_DEADLINE_DAYS,
  type RevisitFormValues,
  reviewWords,
  toRecordInput,
  visitedAtOf,
} from './revisit-form';

// 10:30 in Beijing on 15 June; days below are picked days, read where the deployment is
const NOW = Date.parse('2026-06-15T10:30:00+08:00');
const day = (d: string) => dayjs(d);
const values = (extra: Partial<RevisitFormValues> = {}): RevisitFormValues => ({
  visitedAt: day('2026-06-15'),
  findings: '  水渠畅通  ',
  residentsView: '  ',
  isProblemBack: false,
  ...extra,
});

describe('visitedAtOf', () => {
  it('is now for today, the end of an earlier day otherwise (days where the deployment is)', () => {
    expect(visitedAtOf(day('2026-06-15'), NOW)).toBe(new Date(NOW).toISOString());
    expect(visitedAtOf(day('2026-06-13'), NOW)).toBe('2026-06-13T15:59:59.999Z');
  });

  it('knows today by Beijing’s calendar: at 01:00 there it is already the 15th', () => {
    const early = Date.parse('2026-06-15T01:00:00+08:00'); // 14 June, 17:00 UTC
    expect(visitedAtOf(day('2026-06-15'), early)).toBe(new Date(early).toISOString());
    expect(visitedAtOf(day('2026-06-14'), early)).toBe('2026-06-14T15:59:59.999Z');
  });
});

describe('defaultDueDay', () => {
  it(`offers a new deadline ${NEW_DEADLINE_DAYS} days from today there`, () => {
    expect(NEW_DEADLINE_DAYS).toBe(30);
    expect(defaultDueDay(NOW).format('YYYY-MM-DD')).toBe('2026-07-15');
    expect(defaultDueDay(Date.parse('2026-06-15T01:00:00+08:00')).format('YYYY-MM-DD')).toBe('2026-07-15');
  });
});

describe('toRecordInput', () => {
  it('trims the words and leaves empty ones out', () => {
    expect(toRecordInput(values(), [], NOW)).toEqual({
      visitedAt: new Date(NOW).toISOString(),
      findings: '水渠畅通',
      residentsView: undefined,
      isProblemBack: false,
      photoIds: [],
      taskId: undefined,
      dueAt: undefined,
      nextReviewAt: undefined,
    });
  });

  it('sends the task and its new deadline (the end of the day picked, in Beijing) only when the problem is back', () => {
    const dueAt = day('2026-07-15');
    const next = day('2026-09-15');
    const back = toRecordInput(values({ isProblemBack: true, taskId: 't1', dueAt, nextReviewAt: next }), ['p1'], NOW);
    expect(back).toMatchObject({
      isProblemBack: true,
      taskId: 't1',
      dueAt: '2026-07-15T15:59:59.999Z',
      nextReviewAt: undefined,
      photoIds: ['p1'],
    });
    const well = toRecordInput(values({ taskId: 't1', dueAt, nextReviewAt: next }), [], NOW);
    expect(well).toMatchObject({ taskId: undefined, dueAt: undefined, nextReviewAt: '2026-09-15T15:59:59.999Z' });
  });

  it('sends no deadline when none was picked (the server names the field)', () => {
    expect(toRecordInput(values({ isProblemBack: true, taskId: 't1', dueAt: null }), [], NOW).dueAt).toBeUndefined();
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
