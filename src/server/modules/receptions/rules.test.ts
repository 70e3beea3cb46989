import { describe, expect, it } from 'vitest';
import { atClock, daysOfMonth, isInComingWeek, slotTimeIssues, stepState, weekdayOf, weekOf } from './rules';

const HOUR = 3_600_000;

describe('the steps a slot allows', () => {
  const now = new Date('2026-12-10T02:00:00Z');
  const begun = new Date(now.getTime() - HOUR);
  const ahead = new Date(now.getTime() + HOUR);
  it.each([
    ['swap', 'scheduled', ahead, 'ok'],
    ['swap', 'held', begun, 'wrong_status'],
    ['remove', 'scheduled', begun, 'ok'],
    ['remove', 'absent', begun, 'wrong_status'],
    ['absent', 'scheduled', ahead, 'not_started'],
    ['absent', 'scheduled', begun, 'ok'],
    ['absent', 'held', begun, 'wrong_status'],
    ['record', 'scheduled', ahead, 'not_started'],
    ['record', 'scheduled', begun, 'ok'],
    ['record', 'held', begun, 'wrong_status'],
    ['raise', 'held', begun, 'ok'],
    ['raise', 'scheduled', begun, 'wrong_status'],
    ['raise', 'absent', begun, 'wrong_status'],
  ] as const)('%s on a slot %s → %s', (step, status, startsAt, expected) => {
    expect(stepState(step, { status, startsAt }, now)).toBe(expected);
  });
});

describe('a slot’s times', () => {
  const at = new Date('2026-12-10T01:00:00Z');
  it.each<[number, string[]]>([
    [2, []],
    [12, []],
    [0, ['endsAt']],
    [-1, ['endsAt']],
    [12.5, ['endsAt']],
  ])('%s hours long → %j', (hours, fields) => {
    expect(slotTimeIssues(at, new Date(at.getTime() + hours * HOUR)).map((i) => i.path)).toEqual(fields);
  });
});

describe('the deployment’s calendar (Asia/Shanghai)', () => {
  it('reads weekdays 1 Monday … 7 Sunday', () => {
    expect(['2026-12-07', '2026-12-10', '2026-12-13'].map(weekdayOf)).toEqual([1, 4, 7]);
  });
  it('puts a clock time on a day in Beijing time', () => {
    expect(atClock('2026-12-10', '09:30').toISOString()).toBe('2026-12-10T01:30:00.000Z');
    expect(atClock('2026-12-10', '00:00').toISOString()).toBe('2026-12-09T16:00:00.000Z');
  });
  it('a week runs Monday to Sunday there, whatever the UTC date', () => {
    // Sunday 23:30 in Beijing is still the week that began on Monday the 7th
    expect(weekOf(new Date('2026-12-13T15:30:00Z'))).toMatchObject({ weekStart: '2026-12-07', weekEnd: '2026-12-13' });
    // Monday 00:30 in Beijing (Sunday in UTC) begins the next week
    const next = weekOf(new Date('2026-12-13T16:30:00Z'));
    expect(next).toMatchObject({ weekStart: '2026-12-14', weekEnd: '2026-12-20' });
    expect(next.start.toISOString()).toBe('2026-12-13T16:00:00.000Z');
    expect(next.end.toISOString()).toBe('2026-12-20T16:00:00.000Z');
  });
  it('a month’s days on the pattern’s weekdays', () => {
    expect(daysOfMonth('2026-12', [3])).toEqual(['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30']);
    expect(daysOfMonth('2027-02', [1, 5])).toEqual([
      '2027-02-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-12',
      '2027-02-15',
      '2027-02-19',
      '2027-02-22',
      '2027-02-26',
    ]);
    expect(daysOfMonth('2028-02', [2]).at(-1)).toBe('2028-02-29'); // a leap year
  });
  it('a duty notice is due for a slot beginning within the coming seven days', () => {
    const now = new Date('2026-12-10T02:00:00Z');
    expect(isInComingWeek(new Date(now.getTime() + HOUR), now)).toBe(true);
    expect(isInComingWeek(new Date(now.getTime() + 7 * 24 * HOUR - 1), now)).toBe(true);
    expect(isInComingWeek(new Date(now.getTime() + 7 * 24 * HOUR), now)).toBe(false);
    expect(isInComingWeek(new Date(now.getTime() - HOUR), now)).toBe(false);
  });
});
