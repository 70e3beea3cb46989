// The trend's topics, consultations and outcomes sent: whole months from deliberation_rollups where
// they may stand for the lists, the rest of the months counted live by the lists' own filters.
import { and, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { CONSULTATION_ROLES } from '../../../shared/access/consultations';
import { OUTCOME_ROLES } from '../../../shared/access/outcomes';
import { TOPIC_ROLES } from '../../../shared/access/topics';
import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import type { Actor } from '../../platform/auth/actor';
import { shanghaiHour } from '../../platform/calendar';
import type { DbOrTx } from '../../platform/db';
import { consultations, outcomes, topics } from '../../platform/db/schema';
import { outcomeFilters } from '../outcomes';
import { liveConsultationsWhere, liveTopicsWhere, placeJoin } from './deliberation-live';
import { deliberationPlan, outcomesLiveOr, readRolledByMonth } from './deliberation-rolled';
import { inSpans, signOf, splitOf } from './deliberation-split';
import type { Period } from './period';
import type { DashboardPlace } from './section';

const monthOf = (column: PgColumn) => sql<string>`to_char(${column} at time zone ${DEPLOYMENT_TIME_ZONE}, 'YYYY-MM')`;

/**
 * Topics (`t`), consultations (`c`) and outcomes sent (`o`) month by month ('YYYY-MM' → n) from
 * `firstMonth` to the period's end: the rolled months read, the live ones counted.
 */
export async function deliberationTrend(
  db: DbOrTx,
  actor: Actor,
  place: DashboardPlace,
  period: Period,
  firstMonth: string,
  now: Date,
) {
  const from = `${firstMonth}-01`;
  const range = { ...period, from, start: shanghaiHour(from, 0) };
  const whole = { start: range.start, end: period.end };
  const [plan, outcomePlan] = await Promise.all([
    deliberationPlan(db, actor, place, [TOPIC_ROLES.read, CONSULTATION_ROLES.read]),
    deliberationPlan(db, actor, place, [OUTCOME_ROLES.read]),
  ]);
  const topicSplit = splitOf(plan, range, now);
  const consultationSplit = splitOf(plan, range, now, { ahead: true, through: true });
  const outcomeSplit = splitOf(outcomePlan, range, now);
  const count = (column: PgColumn) => ({ month: monthOf(column), n: sql<number>`count(*)::int` });
  const [rolledT, rolledC, rolledO, t, c, o] = await Promise.all([
    readRolledByMonth(db, plan, topicSplit.months, ['t']),
    readRolledByMonth(db, plan, consultationSplit.months, ['c'], consultationSplit.days),
    readRolledByMonth(db, outcomePlan, outcomeSplit.months, ['o']),
    topicSplit.spans.length
      ? db
          .select(count(topics.createdAt))
          .from(topics)
          .innerJoin(...placeJoin(place, topics.placeId))
          .where(liveTopicsWhere(actor, place, topicSplit.spans))
          .groupBy(sql`1`)
      : [],
    db
      .select({ ...count(consultations.startsAt), sign: signOf(consultations.startsAt, consultationSplit.beyond) })
      .from(consultations)
      .innerJoin(...placeJoin(place, consultations.placeId))
      .where(liveConsultationsWhere(actor, place, plan, consultationSplit, whole))
      .groupBy(sql`1`, sql`3`)
      // those after the period are taken off their kept month
      .then((rows) => rows.map((r) => ({ month: r.month, n: r.n * r.sign }))),
    db
      .select(count(outcomes.sentAt))
      .from(outcomes)
      .innerJoin(...placeJoin(place, outcomes.placeId))
      .where(
        and(
          ...outcomeFilters(actor, { box: 'all', placeId: place.id ?? undefined }),
          outcomesLiveOr(outcomePlan, place, actor, inSpans(outcomes.sentAt, outcomeSplit.spans), whole),
        ),
      )
      .groupBy(sql`1`),
  ]);
  const withRolled = (rows: { month: string; n: number }[], byMonth: Map<string, number> | undefined) => [
    ...rows,
    ...[...(byMonth ?? [])].map(([month, n]) => ({ month, n })),
  ];
  return {
    topics: withRolled(t, rolledT.get('t')),
    consultations: withRolled(c, rolledC.get('c')),
    outcomesSent: withRolled(o, rolledO.get('o')),
  };
}
