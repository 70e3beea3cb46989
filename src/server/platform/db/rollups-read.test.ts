import { describe, expect, it } from 'vitest';
import { takesWholeYears } from './rollups-read';

describe('whole years of the rollups', () => {
  const june = new Date('2026-06-15T04:00:00Z');

  it('takes January to December, or to this month when nothing is recorded after now', () => {
    expect(takesWholeYears('2025-01-01', '2025-12-01', june)).toBe(true);
    expect(takesWholeYears('2026-01-01', '2026-06-01', june)).toBe(true);
    expect(takesWholeYears('2026-01-01', '2026-05-01', june)).toBe(false);
    expect(takesWholeYears('2026-02-01', '2026-12-01', june)).toBe(false);
  });

  it('never stops at this month for records dated ahead: the year holds the consultations scheduled after it', () => {
    expect(takesWholeYears('2026-01-01', '2026-06-01', june, true)).toBe(false);
    expect(takesWholeYears('2026-01-01', '2026-12-01', june, true)).toBe(true);
  });
});
