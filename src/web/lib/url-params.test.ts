import { describe, expect, it } from 'vitest';
import { dayStart, oneOf, pagingOf } from './url-params';

describe('URL params', () => {
  it('takes a value only if it is one of those allowed, so a hand-edited URL keeps the list working', () => {
    const asBox = oneOf(['all', 'received']);
    expect(asBox('received')).toBe('received');
    expect(asBox('sent')).toBeUndefined();
    expect(asBox(null)).toBeUndefined();
  });

  it('reads a day as the instant it starts, the end of a period a day later, and ignores a malformed one', () => {
    expect(dayStart('2026-11-25')).toBe(new Date(2026, 10, 25).toISOString());
    expect(dayStart('2026-11-25', 1)).toBe(new Date(2026, 10, 26).toISOString());
    expect(dayStart('25/11/2026')).toBeUndefined();
    expect(dayStart(null)).toBeUndefined();
  });

  it('opens on the first page of 20 unless the URL says otherwise', () => {
    expect(pagingOf(new URLSearchParams(''))).toEqual({ page: 1, pageSize: 20 });
    expect(pagingOf(new URLSearchParams('page=3&pageSize=50'))).toEqual({ page: 3, pageSize: 50 });
    expect(pagingOf(new URLSearchParams('page=x'))).toEqual({ page: 1, pageSize: 20 });
  });
});
