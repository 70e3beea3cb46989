import { EVALUATION_KINDS, type EvaluationKind, type OutcomeStatus } from '../../../shared/enums';

/**
 * 三评: how much each voice weighs in an outcome's combined score — 党政点评 (leaders) 40%,
 * 民主评议 (members who took part) 30%, 群众评价 (residents) 30%.
 */
export const EVALUATION_WEIGHTS = { leader: 0.4, member: 0.3, resident: 0.3 } as const satisfies Record<
  EvaluationKind,
  number
>;

/** An outcome is evaluated once it has been sent (报送): while it is answered, carried out, and after. */
export const EVALUABLE_STATUSES = [
  'sent',
  'answered',
  'carrying_out',
  'carried_out',
] as const satisfies readonly OutcomeStatus[];

export const isEvaluable = (status: OutcomeStatus) => (EVALUABLE_STATUSES as readonly OutcomeStatus[]).includes(status);

/** Limits of the residents' page: writes per address, and new evaluators per address before the image challenge. */
export const RESIDENT_LIMITS = {
  writesPerIp: 30,
  windowMinutes: 10,
  // new evaluators (phones that had not yet evaluated this outcome) from one address per hour: a
  // family or an office shares an address, a script too
  newVotersPerAddress: 5,
  newVoterWindowMinutes: 60,
} as const;

/** What one kind's evaluations add up to: how many, and the sum of their scores (1–5 each). */
export type KindTally = { count: number; sum: number };

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** A mean score on the 1–5 scale, mapped to 0–100 (1 → 0, 3 → 50, 5 → 100). */
export const toHundred = (mean: number) => ((mean - 1) / 4) * 100;

/**
 * The combined score (0–100, one decimal): each kind's mean mapped to 0–100, weighted by
 * EVALUATION_WEIGHTS; a kind nobody has evaluated in is left out and the others' weights are
 * renormalised, so two leaders' grades alone still make a score. Null when nobody has evaluated.
 */
export function combineScores(tallies: Record<EvaluationKind, KindTally>) {
  const present = EVALUATION_KINDS.filter((k) => tallies[k].count > 0);
  const totalWeight = present.reduce((sum, k) => sum + EVALUATION_WEIGHTS[k], 0);
  const parts = EVALUATION_KINDS.map((kind) => {
    const { count, sum } = tallies[kind];
    const mean = count > 0 ? sum / count : null;
    return {
      kind,
      count,
      mean: mean === null ? null : round2(mean),
      exact: mean === null ? null : toHundred(mean),
      weight: EVALUATION_WEIGHTS[kind],
      effectiveWeight: count > 0 ? EVALUATION_WEIGHTS[kind] / totalWeight : 0,
    };
  });
  const score =
    present.length === 0 ? null : round1(parts.reduce((acc, p) => acc + (p.exact ?? 0) * p.effectiveWeight, 0));
  return {
    score,
    parts: parts.map(({ exact, effectiveWeight, ...p }) => ({
      ...p,
      score: exact === null ? null : round1(exact),
      effectiveWeight: round2(effectiveWeight),
    })),
  };
}
