import { and, eq, sql } from 'drizzle-orm';
import { outcomes, places } from '../../platform/db/schema';
import { outcomeFilters } from '../outcomes';
import { addTo, childOf, countWhere, type Section, type Values } from './section';

/**
 * 成果: the outcomes sent (报送) in the period, and of them those answered (答复), adopted by a
 * recipient (采纳), carried out (落实) and evaluated (评价) — each the outcomes list's own filter.
 */
export const outcomeFigures: Section = async (db, actor, place, period) => {
  const q = { box: 'all' as const, placeId: place.id ?? undefined, sentFrom: period.start, sentTo: period.end };
  const rows = await db
    .select({
      child: childOf(places.path, place),
      outcomesSent: sql<number>`count(*)::int`,
      outcomesAnswered: countWhere(outcomeFilters(actor, { ...q, reached: 'answered' })),
      outcomesAdopted: countWhere(outcomeFilters(actor, { ...q, adopted: 'true' })),
      outcomesCarriedOut: countWhere(outcomeFilters(actor, { ...q, reached: 'carried_out' })),
      outcomesEvaluated: countWhere(outcomeFilters(actor, { ...q, evaluated: 'true' })),
    })
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .where(and(...outcomeFilters(actor, q)))
    .groupBy(sql`1`);
  const children = new Map();
  const total: Values = {};
  for (const { child, ...values } of rows) {
    addTo(children, child, values);
    for (const [k, v] of Object.entries(values) as [keyof typeof values, number][]) total[k] = (total[k] ?? 0) + v;
  }
  for (const k of [
    'outcomesSent',
    'outcomesAnswered',
    'outcomesAdopted',
    'outcomesCarriedOut',
    'outcomesEvaluated',
  ] as const)
    total[k] = total[k] ?? 0;
  return { total, breakdowns: [], children };
};
