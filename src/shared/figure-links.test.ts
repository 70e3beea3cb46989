import { describe, expect, it } from 'vitest';
import { figureLink, linkPeriodOf } from './figure-links';

describe('figure links', () => {
  const period = linkPeriodOf({ from: '2025-07-01', to: '2026-03-31' });

  it('takes the year of the period’s end for the yearly lists', () => {
    expect(period.year).toBe(2026);
    expect(figureLink('proposals', 'p1', period)).toBe('/proposals?year=2026&placeId=p1');
  });

  it('links a child’s number to its own list with the period’s days, and all of a reach without a place', () => {
    expect(figureLink('overdue', 'p1', period)).toBe(
      '/submissions?placeId=p1&from=2025-07-01&to=2026-03-31&overdue=true',
    );
    expect(figureLink('received', undefined, period)).toBe('/submissions?from=2025-07-01&to=2026-03-31');
    expect(figureLink('outcomesCarriedOut', 'p1', period)).toBe(
      '/outcomes?box=all&placeId=p1&sentFrom=2025-07-01&sentTo=2026-03-31&reached=carried_out',
    );
  });

  it('has no list for 人次, nor a places list for all of a reach', () => {
    expect(figureLink('participants', 'p1', period)).toBeNull();
    expect(figureLink('councils', undefined, period)).toBeNull();
  });

  it('writes a part’s value encoded, a space as +', () => {
    expect(figureLink('received', 'p1', period, { categoryName: '道路 交通&停车' })).toBe(
      '/submissions?placeId=p1&from=2025-07-01&to=2026-03-31&categoryName=%E9%81%93%E8%B7%AF+%E4%BA%A4%E9%80%9A%26%E5%81%9C%E8%BD%A6',
    );
  });
});
