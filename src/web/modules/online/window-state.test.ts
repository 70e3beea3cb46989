import { describe, expect, it } from 'vitest';
import type { ConsultationStatus } from '../../../shared/enums';
import { windowState } from './window-state';

describe('the window an online consultation shows', () => {
  const now = Date.parse('2026-05-03T00:00:00Z');
  const table: [boolean, string, ConsultationStatus, string][] = [
    [true, '2026-05-01T00:00:00Z', 'in_progress', 'open'],
    [false, '2026-05-04T00:00:00Z', 'scheduled', 'upcoming'],
    [false, '2026-05-01T00:00:00Z', 'scheduled', 'closed'], // past its closing time
    [false, '2026-05-04T00:00:00Z', 'cancelled', 'closed'],
  ];
  it.each(table)('isOpen %s, opens %s, %s → %s', (isOpen, opensAt, status, expected) => {
    const v = { isOpen, opensAt, consultation: { id: 'x', code: 'XS', title: 't', status } };
    expect(windowState(v, now)).toBe(expected);
  });
});
