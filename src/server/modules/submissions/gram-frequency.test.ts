import { describe, expect, it } from 'vitest';
import { rarestGrams } from './gram-frequency';

describe('rarestGrams', () => {
  const frequency = new Map([
    ['希望', 0.54],
    ['路灯', 0.09],
    ['尽快', 0.2],
    ['维修', 0.05],
  ]);

  it('picks the rarest grams, those the statistics do not list first', () => {
    expect(rarestGrams(['希望', '尽快', '路灯', '杆歪', '维修'], frequency, 3)).toEqual(['杆歪', '维修', '路灯']);
  });

  it('uses every gram when there are no statistics yet', () => {
    expect(rarestGrams(['希望', '尽快', '路灯'], new Map(), 2)).toEqual(['希望', '尽快', '路灯']);
  });

  it('keeps all of a short text', () => {
    expect(rarestGrams(['路灯', '希望'], frequency, 6)).toEqual(['路灯', '希望']);
  });
});
