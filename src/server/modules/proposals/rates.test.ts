import { describe, expect, it } from 'vitest';
import { HANDLING_FILTERS, RATE_FILTERS } from '../../../shared/access/proposals';
import type { Satisfaction } from '../../../shared/enums';
import { addCounts, COUNTED_FILTERS, countsOf, FILTER_MATCHES, rateOf, ratesOf } from './rates';
import type { HandlingState } from './rules';

const T = new Date('2026-05-01T00:00:00Z');
const h = (step: 0 | 1 | 2 | 3, satisfaction: Satisfaction | null = null): HandlingState => ({
  repliedAt: step >= 1 ? T : null,
  metAt: step >= 2 ? T : null,
  satisfaction: step === 3 ? satisfaction : null,
  rehandleCount: 0,
});

// a unit's year: 8 assigned, 6 replied, 5 met, 4 rated (满意, 基本满意, 不满意 ×2)
const year = [
  h(0),
  h(0),
  h(1),
  h(2),
  h(3, 'satisfied'),
  h(3, 'basically_satisfied'),
  h(3, 'unsatisfied'),
  h(3, 'unsatisfied'),
];

describe('the rates', () => {
  it('count each filter', () => {
    expect(countsOf(year)).toEqual({ all: 8, replied: 6, met: 5, rated: 4, satisfied: 2 });
  });

  it('answer 答复率 replied/assigned, 见面率 met/assigned, 满意度 (满意 + 基本满意)/rated', () => {
    expect(ratesOf(countsOf(year))).toEqual({
      assigned: 8,
      reply: { numerator: 6, denominator: 8, value: 0.75 },
      meeting: { numerator: 5, denominator: 8, value: 0.625 },
      satisfaction: { numerator: 2, denominator: 4, value: 0.5 },
    });
  });

  it('have no value, rather than 0%, while nothing is counted', () => {
    expect(rateOf(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(ratesOf(countsOf([h(1)])).satisfaction.value).toBeNull();
    expect(ratesOf(countsOf([h(1)])).meeting.value).toBe(0);
  });

  it('add up units for the total row', () => {
    const a = countsOf(year.slice(0, 4));
    const b = countsOf(year.slice(4));
    expect(addCounts([a, b])).toEqual(countsOf(year));
    expect(addCounts([])).toEqual({ all: 0, replied: 0, met: 0, rated: 0, satisfied: 0 });
  });

  it('take each number from a list filter, and each list splits the handlings with its opposite', () => {
    for (const r of Object.values(RATE_FILTERS)) {
      expect(COUNTED_FILTERS).toContain(r.numerator);
      expect(COUNTED_FILTERS).toContain(r.denominator);
      // what a numerator counts is within its denominator
      for (const x of year) if (FILTER_MATCHES[r.numerator](x)) expect(FILTER_MATCHES[r.denominator](x)).toBe(true);
    }
    for (const [yes, no] of [
      ['replied', 'unreplied'],
      ['met', 'unmet'],
    ] as const)
      for (const x of year) expect(FILTER_MATCHES[yes](x)).toBe(!FILTER_MATCHES[no](x));
    // rated = satisfied + unsatisfied
    for (const x of year)
      expect(FILTER_MATCHES.rated(x)).toBe(FILTER_MATCHES.satisfied(x) || FILTER_MATCHES.unsatisfied(x));
    expect(Object.keys(FILTER_MATCHES).sort()).toEqual([...HANDLING_FILTERS].sort());
  });
});
