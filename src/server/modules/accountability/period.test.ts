import { describe, expect, it } from 'vitest';
import { yearOf } from './period';

describe('yearOf', () => {
  it('starts the year at midnight on 1 January in Shanghai', () => {
    expect(yearOf(new Date('2026-05-03T06:00:00Z'))).toEqual({
      year: 2026,
      start: new Date('2025-12-31T16:00:00Z'),
    });
  });

  it('is already the new year at 00:30 on 1 January in Shanghai (still 31 December in UTC)', () => {
    expect(yearOf(new Date('2025-12-31T16:30:00Z')).year).toBe(2026);
    expect(yearOf(new Date('2025-12-31T15:59:59Z')).year).toBe(2025);
  });
});
