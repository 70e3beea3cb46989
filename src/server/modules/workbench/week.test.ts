import { describe, expect, it } from 'vitest';
import { thisWeek, yearOf } from './week';

describe('thisWeek: Monday to Sunday on the deployment’s calendar', () => {
  it.each([
    // a Thursday afternoon in Beijing
    ['2026-12-03T07:00:00Z', '2026-11-30', '2026-12-06'],
    // Sunday 23:30 UTC is already Monday in Beijing: a new week
    ['2026-12-06T16:30:00Z', '2026-12-07', '2026-12-13'],
    // Sunday in Beijing stays in its week
    ['2026-12-06T15:59:00Z', '2026-11-30', '2026-12-06'],
  ])('%s → %s … %s', (now, from, to) => {
    const w = thisWeek(new Date(now));
    expect(w.days).toEqual({ from, to });
    expect(w.instants.from).toBe(new Date(`${from}T00:00:00+08:00`).toISOString());
    expect(new Date(w.instants.to).getTime() - new Date(w.instants.from).getTime()).toBe(7 * 86_400_000);
  });

  it('reads the year in Beijing', () => {
    expect(yearOf(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
  });
});
