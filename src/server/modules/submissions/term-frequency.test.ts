import { describe, expect, it } from 'vitest';
import { lookupTerms } from './term-frequency';

const weights: Record<string, number> = { 飞线: 12, 电动车: 11, 充电桩: 10, 老人: 9, 小区: 8, 危险: 6 };
const weight = (t: string) => weights[t] ?? 0;
const terms = Object.keys(weights);

describe('lookupTerms (which terms find near-duplicate candidates)', () => {
  it('takes the weightiest terms when the statistics know none of them (a small or new database)', () => {
    expect(lookupTerms(terms, weight, new Map(), 3)).toEqual(['飞线', '电动车', '充电桩']);
  });

  it('skips terms that would find too many rows together, keeping weightier rare ones', () => {
    // 老人 and 小区 are each in a tenth of all submissions: looking up by them finds thousands
    const frequency = new Map([
      ['老人', 0.1],
      ['小区', 0.1],
      ['电动车', 0.015],
      ['充电桩', 0.01],
    ]);
    expect(lookupTerms(terms, weight, frequency, 4)).toEqual(['飞线', '电动车', '危险']);
  });

  it('falls back to the rarest term when every one is common', () => {
    const frequency = new Map(terms.map((t, i) => [t, 0.5 - i * 0.05]));
    expect(lookupTerms(terms, weight, frequency, 4)).toEqual(['危险']);
  });
});
