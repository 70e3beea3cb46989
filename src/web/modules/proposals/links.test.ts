import { describe, expect, it } from 'vitest';
import { asFilter, asStatus, asYear, listLink, rateLinks, ratesLink } from './links';

describe('the links behind the rates', () => {
  it('opens a unit’s list for the year and place, with the filter of each number', () => {
    const scope = { year: 2026, unitId: 'u1', placeId: 'p1' };
    expect(rateLinks(scope, 'reply')).toEqual({
      numerator: '/proposals?year=2026&unitId=u1&placeId=p1&filter=replied',
      denominator: '/proposals?year=2026&unitId=u1&placeId=p1',
    });
    expect(rateLinks(scope, 'satisfaction')).toEqual({
      numerator: '/proposals?year=2026&unitId=u1&placeId=p1&filter=satisfied',
      denominator: '/proposals?year=2026&unitId=u1&placeId=p1&filter=rated',
    });
  });

  it('leaves the unit out for the total row', () => {
    expect(listLink({ year: 2025 }, 'met')).toBe('/proposals?year=2025&filter=met');
    expect(ratesLink({ year: 2025, placeId: 'p1' })).toBe('/proposals/rates?year=2025&placeId=p1');
  });

  it('reads the filters back from the URL, refusing what the server would', () => {
    expect(asFilter('unsatisfied')).toBe('unsatisfied');
    expect(asFilter('done')).toBeUndefined();
    expect(asStatus('met')).toBe('met');
    expect(asStatus(null)).toBeUndefined();
    expect(asYear('2026')).toBe(2026);
    for (const bad of ['1999', '2101', '2026.5', 'x', '', null]) expect(asYear(bad)).toBeUndefined();
  });
});
