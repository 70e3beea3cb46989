import { describe, expect, it } from 'vitest';
import { reportSpanOf } from './report-period';

const now = new Date('2026-01-15T02:00:00Z'); // 15 January 2026 in Beijing

describe('reportSpanOf', () => {
  it.each([
    ['month', '2026-11-05', '2026-11-01', '2026-11-30', 11],
    ['month', '2024-02-10', '2024-02-01', '2024-02-29', 2],
    ['quarter', '2026-11-05', '2026-10-01', '2026-12-31', 4],
    ['quarter', '2026-04-01', '2026-04-01', '2026-06-30', 2],
    ['year', '2026-11-05', '2026-01-01', '2026-12-31', 1],
  ] as const)('%s holding %s is %s to %s', (kind, date, from, to, index) => {
    expect(reportSpanOf(kind, date, now)).toMatchObject({ from, to, index });
  });

  it('defaults to the last full span, across the turn of the year', () => {
    expect(reportSpanOf('month', undefined, now)).toMatchObject({ from: '2025-12-01', to: '2025-12-31', year: 2025 });
    expect(reportSpanOf('quarter', undefined, now)).toMatchObject({ from: '2025-10-01', index: 4 });
    expect(reportSpanOf('year', undefined, now)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });
});
