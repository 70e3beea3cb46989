import { describe, expect, it } from 'vitest';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../../../shared/enums';
import { combineScores, EVALUATION_WEIGHTS, isEvaluable, type KindTally, toHundred } from './rules';

const none: KindTally = { count: 0, sum: 0 };
const of = (...scores: number[]): KindTally => ({ count: scores.length, sum: scores.reduce((a, b) => a + b, 0) });
const tallies = (t: Partial<Record<'leader' | 'member' | 'resident', KindTally>>) => ({
  leader: none,
  member: none,
  resident: none,
  ...t,
});

describe('a mean score on 1–5 mapped to 0–100', () => {
  it.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4, 75],
    [5, 100],
    [4.5, 87.5],
  ])('%d → %d', (mean, score) => expect(toHundred(mean)).toBe(score));
});

describe('the combined score (党政 40%, 委员 30%, 群众 30%)', () => {
  it('weighs the three kinds when all have evaluations', () => {
    // leaders mean 5 (100), members mean 4 (75), residents mean 3 (50): 40 + 22.5 + 15
    const c = combineScores(tallies({ leader: of(5, 5), member: of(4, 4, 4), resident: of(1, 5, 3, 3) }));
    expect(c.score).toBe(77.5);
    expect(c.parts).toEqual([
      { kind: 'leader', count: 2, mean: 5, score: 100, weight: 0.4, effectiveWeight: 0.4 },
      { kind: 'member', count: 3, mean: 4, score: 75, weight: 0.3, effectiveWeight: 0.3 },
      { kind: 'resident', count: 4, mean: 3, score: 50, weight: 0.3, effectiveWeight: 0.3 },
    ]);
  });

  it('leaves out a kind nobody has used and renormalises the others’ weights', () => {
    // members and residents only: 0.3 / 0.6 each → (75 + 25) / 2
    const c = combineScores(tallies({ member: of(4), resident: of(2) }));
    expect(c.score).toBe(50);
    expect(c.parts.map((p) => [p.kind, p.effectiveWeight, p.mean, p.score])).toEqual([
      ['leader', 0, null, null],
      ['member', 0.5, 4, 75],
      ['resident', 0.5, 2, 25],
    ]);
  });

  it('leaders and residents: 4/7 and 3/7', () => {
    const c = combineScores(tallies({ leader: of(5), resident: of(1) }));
    expect(c.score).toBe(57.1); // 100 × 4/7
    expect(c.parts.map((p) => p.effectiveWeight)).toEqual([0.57, 0, 0.43]);
  });

  it('one kind alone is the score', () => {
    expect(combineScores(tallies({ resident: of(4, 5) })).score).toBe(87.5);
    expect(combineScores(tallies({ leader: of(2) })).score).toBe(25);
  });

  it('is null with no evaluation at all, every part empty', () => {
    const c = combineScores(tallies({}));
    expect(c.score).toBeNull();
    expect(c.parts.every((p) => p.count === 0 && p.mean === null && p.score === null && p.effectiveWeight === 0)).toBe(
      true,
    );
  });

  it('rounds the means to two decimals and the scores to one', () => {
    const c = combineScores(tallies({ resident: of(5, 4, 4) })); // mean 4.333…
    expect(c.parts[2]).toMatchObject({ mean: 4.33, score: 83.3 });
    expect(c.score).toBe(83.3);
  });

  it('counts one evaluation as much as many: a kind weighs by its weight, not by its count', () => {
    const many = combineScores(tallies({ leader: of(1), resident: of(...Array(500).fill(5)) }));
    expect(many.score).toBe(42.9); // 0 × 4/7 + 100 × 3/7
  });

  it('weights add up to one', () => {
    expect(Object.values(EVALUATION_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });
});

describe('which outcomes take evaluations', () => {
  const open: OutcomeStatus[] = ['sent', 'answered', 'carrying_out', 'carried_out'];
  it.each(OUTCOME_STATUSES.map((s) => [s, open.includes(s)] as const))('%s → %s', (status, expected) =>
    expect(isEvaluable(status)).toBe(expected),
  );
});
