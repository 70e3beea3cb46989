import { type HandlingFilter, PROPOSAL_RATES, type ProposalRate, RATE_FILTERS } from '../../../shared/access/proposals';
import { type HandlingState, SATISFIED } from './rules';

/**
 * Which handlings each list filter holds — the definition the rates count by. queries.ts writes
 * the same conditions in SQL (FILTER_SQL), and a test holds the two together.
 */
export const FILTER_MATCHES = {
  all: () => true,
  replied: (h) => h.repliedAt !== null,
  unreplied: (h) => h.repliedAt === null,
  met: (h) => h.metAt !== null,
  unmet: (h) => h.metAt === null,
  rated: (h) => h.satisfaction !== null,
  satisfied: (h) => h.satisfaction !== null && SATISFIED.includes(h.satisfaction),
  unsatisfied: (h) => h.satisfaction === 'unsatisfied',
} as const satisfies Record<HandlingFilter, (h: HandlingState) => boolean>;

/** The filters a rate is made of; their counts are all a rate needs. */
export const COUNTED_FILTERS = ['all', 'replied', 'met', 'rated', 'satisfied'] as const satisfies HandlingFilter[];
export type RateCounts = Record<(typeof COUNTED_FILTERS)[number], number>;

/** How many handlings each counted filter holds. */
export function countsOf(handlings: readonly HandlingState[]): RateCounts {
  const counts = Object.fromEntries(COUNTED_FILTERS.map((f) => [f, 0])) as RateCounts;
  for (const h of handlings) for (const f of COUNTED_FILTERS) if (FILTER_MATCHES[f](h)) counts[f] += 1;
  return counts;
}

/** A rate with its counts; no value (not 0%) while nothing is counted. */
export const rateOf = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

/** 答复率 (replied / assigned), 见面率 (met / assigned), 满意度 ((满意 + 基本满意) / rated). */
export function ratesOf(counts: RateCounts) {
  const rate = (r: ProposalRate) =>
    rateOf(
      counts[RATE_FILTERS[r].numerator as keyof RateCounts],
      counts[RATE_FILTERS[r].denominator as keyof RateCounts],
    );
  return {
    assigned: counts.all,
    ...(Object.fromEntries(PROPOSAL_RATES.map((r) => [r, rate(r)])) as Record<ProposalRate, ReturnType<typeof rateOf>>),
  };
}

/** The counts of several units together (the total row). */
export function addCounts(rows: readonly RateCounts[]): RateCounts {
  const sum = Object.fromEntries(COUNTED_FILTERS.map((f) => [f, 0])) as RateCounts;
  for (const row of rows) for (const f of COUNTED_FILTERS) sum[f] += row[f];
  return sum;
}
