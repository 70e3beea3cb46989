// How a period is cut for the deliberation figures: whole months from the rollups, days live, and —
// for consultations, scheduled ahead — late in a month its kept month less the days after `to`, or
// for a reach of districts their daily rows.
import { describe, expect, it } from 'vitest';
import { shanghaiHour } from '../../platform/calendar';
import { splitOf } from './deliberation-split';
import { periodOf } from './period';

// a township and its villages: rollups by month, no days
const plan = { tops: [{ id: 't', path: '/d/t/', depth: 1 }], children: [{ id: 'v', path: '/d/t/v/', depth: 2 }] };
// all of a reach of two districts (the province's shape): their daily rows too
const districts = {
  tops: [
    { id: 'd', path: '/d/', depth: 0 },
    { id: 'e', path: '/e/', depth: 0 },
  ],
  children: [
    { id: 'd', path: '/d/', depth: 0 },
    { id: 'e', path: '/e/', depth: 0 },
  ],
};
const now = new Date('2026-12-04T02:00:00Z'); // 4 December 2026 in Beijing
const consultations = { ahead: true, through: true };

describe('splitOf', () => {
  it('reads September whole less the six days after the 24th (fewer than the 24 up to it)', () => {
    const period = periodOf({ from: '2026-01-01', to: '2026-09-24' }, now);
    const s = splitOf(plan, period, now, consultations);
    expect(s.months).toEqual({ from: '2026-01-01', to: '2026-09-01' });
    expect(s.spans).toEqual([]); // the instant the 24th ends lies in September: kept, not counted apart
    expect(s.beyond).toEqual([{ after: shanghaiHour('2026-09-25', 0), before: shanghaiHour('2026-10-01', 0) }]);
    expect(s.days).toEqual([]);
  });

  it('counts the first days of a month live (fewer than those after them)', () => {
    const period = periodOf({ from: '2026-01-01', to: '2026-09-10' }, now);
    const s = splitOf(plan, period, now, consultations);
    expect(s.months).toEqual({ from: '2026-01-01', to: '2026-08-01' });
    expect(s.spans).toEqual([{ start: shanghaiHour('2026-09-01', 0), end: period.end, through: true }]);
    expect(s.beyond).toEqual([]);
  });

  it('reads a month alone whole less its last days, and never for records dated by when they happened', () => {
    const period = periodOf({ from: '2026-04-01', to: '2026-04-25' }, now);
    expect(splitOf(plan, period, now, consultations)).toMatchObject({
      months: { from: '2026-04-01', to: '2026-04-01' },
      spans: [],
      beyond: [{ after: period.end }],
    });
    // topics and outcomes are never dated ahead: the days of April up to the 25th are counted
    expect(splitOf(plan, period, now)).toMatchObject({ months: null, beyond: [] });
  });

  it('reads the days around whole months from a reach of districts’ daily rows, counting only the instant `to` ends', () => {
    const period = periodOf({ from: '2026-03-05', to: '2026-09-24' }, now);
    const s = splitOf(districts, period, now, consultations);
    expect(s.months).toEqual({ from: '2026-04-01', to: '2026-08-01' });
    expect(s.days).toEqual([
      { from: '2026-03-05', to: '2026-03-31' },
      { from: '2026-09-01', to: '2026-09-24' },
    ]);
    expect(s.spans).toEqual([{ start: period.end, end: period.end, through: true }]);
    expect(s.beyond).toEqual([]);
    // this year to today (4 December): January to November by month, 1–4 December by day
    const thisYear = splitOf(districts, periodOf({}, now), now, consultations);
    expect(thisYear.months).toEqual({ from: '2026-01-01', to: '2026-11-01' });
    expect(thisYear.days).toEqual([{ from: '2026-12-01', to: '2026-12-04' }]);
    // topics and outcomes keep no days (their month of today is whole)
    expect(splitOf(districts, periodOf({}, now), now).days).toEqual([]);
  });

  it('leaves a period starting mid-month, and a place without rollups, to be counted live', () => {
    const inside = periodOf({ from: '2026-04-10', to: '2026-04-28' }, now);
    expect(splitOf(plan, inside, now, consultations)).toMatchObject({ months: null, beyond: [] });
    const live = splitOf(null, periodOf({ from: '2026-01-01', to: '2026-09-24' }, now), now, consultations);
    expect(live).toMatchObject({ months: null, beyond: [] });
    expect(live.spans).toHaveLength(1);
  });
});
