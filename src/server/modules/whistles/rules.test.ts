import { describe, expect, it } from 'vitest';
import type { WhistleStatus } from '../../../shared/enums';
import {
  closeHours,
  doneAtIssues,
  firstResponseHours,
  hoursBetween,
  isOverdue,
  isWhistlePlace,
  median,
  raiseIssues,
  type StatsRow,
  whistleStats,
} from './rules';

const T0 = new Date('2026-11-02T01:00:00Z');
const later = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

describe('response times', () => {
  it.each<[string, Date, Date, number]>([
    ['an hour and a half', T0, later(1.5), 1.5],
    ['to one decimal (20 minutes)', T0, later(1 / 3), 0.3],
    ['rounding up (1 h 57 min)', T0, later(1.95), 2],
    ['two days', T0, later(48), 48],
    ['no time at all', T0, T0, 0],
  ])('hoursBetween: %s', (_, from, to, hours) => {
    expect(hoursBetween(from, to)).toBe(hours);
  });

  it('first response: raised → first answer; none while nobody answered', () => {
    expect(firstResponseHours(T0, later(3.25))).toBe(3.3);
    expect(firstResponseHours(T0, null)).toBeNull();
  });

  it.each<[WhistleStatus, Date | null, number | null]>([
    ['closed', later(26), 26],
    ['open', null, null],
    ['withdrawn', later(5), null], // withdrawn is not closed: no time to close
  ])('time to close when %s', (status, closedAt, hours) => {
    expect(closeHours({ status, createdAt: T0, closedAt })).toBe(hours);
  });
});

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[4], 4],
    [[3, 1, 2], 2],
    [[1, 2, 3, 10], 2.5],
    [[10, 1], 5.5],
  ])('of %j is %s', (values, m) => {
    expect(median(values)).toBe(m);
  });
});

describe('whistleStats', () => {
  const row = (status: WhistleStatus, first: number | null, closed: number | null): StatsRow => ({
    status,
    createdAt: T0,
    firstAnsweredAt: first === null ? null : later(first),
    closedAt: closed === null ? null : later(closed),
  });

  it('counts open, answered and closed, and the medians over those answered and those closed', () => {
    const stats = whistleStats([
      row('open', null, null), // open, nobody yet
      row('open', 2, null), // open, answered in 2 h
      row('closed', 1, 30), // closed in 30 h
      row('closed', 6, 50),
      row('withdrawn', null, 4), // withdrawn: neither answered nor closed
    ]);
    expect(stats).toEqual({
      total: 5,
      open: 2,
      answered: 3,
      closed: 2,
      medianFirstResponseHours: 2,
      medianCloseHours: 40,
    });
  });

  it('has no medians for an empty list or one nobody answered', () => {
    expect(whistleStats([])).toEqual({
      total: 0,
      open: 0,
      answered: 0,
      closed: 0,
      medianFirstResponseHours: null,
      medianCloseHours: null,
    });
    expect(whistleStats([row('open', null, null)]).medianFirstResponseHours).toBeNull();
  });

  it('takes the median of the exact times, then rounds', () => {
    const stats = whistleStats([row('open', 1.04, null), row('open', 1.1, null)]);
    expect(stats.medianFirstResponseHours).toBe(1.1); // (1.04 + 1.1) / 2 = 1.07
  });
});

describe('the whistle’s input', () => {
  const now = T0;
  it.each<[string, Date, boolean]>([
    ['due tomorrow', later(24), true],
    ['due now', now, false],
    ['due an hour ago', later(-1), false],
  ])('dueAt %s', (_, dueAt, ok) => {
    expect(raiseIssues({ dueAt }, now)).toEqual(ok ? [] : [{ path: 'dueAt', key: 'not_in_past' }]);
  });

  it.each<[string, Date, string | null]>([
    ['done an hour after it was raised', later(1), null],
    ['done now', later(5), null],
    ['done in the future', later(6), 'not_in_future'],
    ['done before it was raised', later(-1), 'invalid_value'],
  ])('doneAt %s', (_, doneAt, key) => {
    expect(doneAtIssues(doneAt, T0, later(5))).toEqual(key ? [{ path: 'doneAt', key }] : []);
  });

  it.each([
    ['township', true],
    ['subdistrict', true],
    ['village', true],
    ['community', true],
    ['district', false],
    ['grid', false],
    ['enterprise', false],
  ] as const)('a whistle at a %s: %s', (kind, ok) => {
    expect(isWhistlePlace(kind)).toBe(ok);
  });

  it('is overdue only while open and past due', () => {
    expect(isOverdue({ status: 'open', dueAt: later(-1) }, T0)).toBe(true);
    expect(isOverdue({ status: 'open', dueAt: later(1) }, T0)).toBe(false);
    expect(isOverdue({ status: 'closed', dueAt: later(-1) }, T0)).toBe(false);
  });
});
