import { and, sql } from 'drizzle-orm';
import { OUTCOME_ROLES } from '../../../shared/access/outcomes';
import { outcomes, places } from '../../platform/db/schema';
import { outcomeFilters } from '../outcomes';
import { placeJoin } from './deliberation-live';
import { deliberationPlan, outcomesLiveOr, readRolled } from './deliberation-rolled';
import { inSpans, splitOf } from './deliberation-split';
import { addTo, childOf, countWhere, type Section, type Values } from './section';

/** The figures and the rollup key each is kept under (migration 0019). */
const FIGURE_KEYS = {
  outcomesSent: 'o',
  outcomesAnswered: 'oa',
  outcomesAdopted: 'oad',
  outcomesCarriedOut: 'oc',
  outcomesEvaluated: 'oe',
} as const;
type OutcomeFigure = keyof typeof FIGURE_KEYS;
const FIGURES = Object.keys(FIGURE_KEYS) as OutcomeFigure[];
const ROLLED_KEYS = { keys: Object.values(FIGURE_KEYS) };

/**
 * 成果: the outcomes sent (报送) in the period, and of them those answered (答复), adopted by a
 * recipient (采纳), carried out (落实) and evaluated (评价) — each the outcomes list's own filter;
 * whole months from deliberation_rollups where they may stand for the list, the days around them
 * counted live (and, for all of a reach, the outcomes sent to the viewer outside it).
 */
export const outcomeFigures: Section = async (db, actor, place, period) => {
  const now = new Date();
  const plan = await deliberationPlan(db, actor, place, [OUTCOME_ROLES.read]);
  const split = splitOf(plan, period, now);
  const q = { box: 'all' as const, placeId: place.id ?? undefined };
  const live = inSpans(outcomes.sentAt, split.spans);
  const when = outcomesLiveOr(plan, place, actor, live, { start: period.start, end: period.end });
  const [rolled, rows] = await Promise.all([
    readRolled(db, plan, split.months, ROLLED_KEYS, { now }),
    split.spans.length || when !== live
      ? db
          .select({
            child: childOf(places.path, place),
            outcomesSent: sql<number>`count(*)::int`,
            outcomesAnswered: countWhere(outcomeFilters(actor, { ...q, reached: 'answered' })),
            outcomesAdopted: countWhere(outcomeFilters(actor, { ...q, adopted: 'true' })),
            outcomesCarriedOut: countWhere(outcomeFilters(actor, { ...q, reached: 'carried_out' })),
            outcomesEvaluated: countWhere(outcomeFilters(actor, { ...q, evaluated: 'true' })),
          })
          .from(outcomes)
          .innerJoin(...placeJoin(place, outcomes.placeId))
          .where(and(...outcomeFilters(actor, q), when))
          .groupBy(sql`1`)
      : [],
  ]);
  const valuesOf = (keys: Map<string, number>): Values =>
    Object.fromEntries(FIGURES.map((f) => [f, keys.get(FIGURE_KEYS[f]) ?? 0]));
  const children = new Map<string, Values>();
  const total: Values = valuesOf(rolled.total);
  for (const [child, keys] of rolled.children) addTo(children, child, valuesOf(keys));
  for (const { child, ...values } of rows) {
    addTo(children, child, values);
    for (const f of FIGURES) total[f] = (total[f] ?? 0) + values[f];
  }
  return { total, breakdowns: [], children };
};
