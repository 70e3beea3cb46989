import { describe, expect, it } from 'vitest';
import { addDays, byDay, mondayOf, slotTime, thisMonday, weekdayOf, weekFrom } from './week';

describe('the rota’s weeks (Beijing)', () => {
  it('finds the Monday of a day’s week', () => {
    expect(['2026-12-07', '2026-12-09', '2026-12-13'].map(mondayOf)).toEqual([
      '2026-12-07',
      '2026-12-07',
      '2026-12-07',
    ]);
    expect(mondayOf('2026-12-14')).toBe('2026-12-14');
    expect(weekdayOf('2026-12-13')).toBe(7);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('asks for the week from Monday 00:00 to the next Monday there', () => {
    const w = weekFrom('2026-12-07');
    expect(w.days).toHaveLength(7);
    expect(w.days[6]).toBe('2026-12-13');
    expect(w.from).toBe('2026-12-06T16:00:00.000Z');
    expect(w.to).toBe('2026-12-13T16:00:00.000Z');
  });

  it('this week begins on Monday there even when it is still Sunday in UTC', () => {
    expect(thisMonday(Date.parse('2026-12-13T17:00:00Z'))).toBe('2026-12-14');
  });

  it('groups slots by their day there and shows their times there', () => {
    const slots = [
      { id: 'a', startsAt: '2026-12-09T01:00:00.000Z', endsAt: '2026-12-09T03:30:00.000Z' },
      { id: 'b', startsAt: '2026-12-08T16:30:00.000Z', endsAt: '2026-12-08T18:00:00.000Z' }, // Wednesday 00:30
    ];
    const days = byDay(weekFrom('2026-12-07').days, slots);
    expect(days[2]?.slots.map((s) => s.id)).toEqual(['a', 'b']);
    expect(slotTime(slots[0] as (typeof slots)[number])).toBe('09:00–11:30');
  });
});
