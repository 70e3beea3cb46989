import { describe, expect, it } from 'vitest';
import type { PlanItemStatus } from '../../../shared/enums';
import { isRemovable, nextPlanItemStatus, type PlanItemAction, quarterOf } from './rules';

describe('the plan item status machine', () => {
  const table: [PlanItemAction, PlanItemStatus, PlanItemStatus | null][] = [
    ['approve', 'proposed', 'approved'],
    ['return', 'proposed', 'returned'],
    ['approve', 'returned', null], // proposed again first
    ['return', 'approved', null],
    ['approve', 'approved', null],
    ['repropose', 'returned', 'proposed'],
    ['repropose', 'proposed', null],
    ['repropose', 'approved', null],
  ];
  it.each(table)('%s from %s → %s', (action, status, next) => {
    expect(nextPlanItemStatus(action, status)).toBe(next);
  });

  it('removes only what is not yet the plan', () => {
    expect(isRemovable('proposed')).toBe(true);
    expect(isRemovable('returned')).toBe(true);
    expect(isRemovable('approved')).toBe(false);
  });

  it.each([
    [1, 1],
    [3, 1],
    [4, 2],
    [12, 4],
    [null, null],
  ])('month %s is in quarter %s', (month, quarter) => {
    expect(quarterOf(month)).toBe(quarter);
  });
});
