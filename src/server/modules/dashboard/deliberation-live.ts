// The conditions the dashboard counts topics and consultations live by: the lists' own filters for
// the place, limited to the spans the rollups do not give — one definition for the figures and the trend.
import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor';
import { consultations, places, topics } from '../../platform/db/schema';
import { consultationFilters } from '../consultations';
import { topicFilters } from '../topics';
import { consultationsLiveOr, type deliberationPlan, underTops } from './deliberation-rolled';
import { type Beyond, inBeyond, inSpans, type Span } from './deliberation-split';
import type { DashboardPlace } from './section';

type Plan = Awaited<ReturnType<typeof deliberationPlan>>;

/** SQL: topics the place's topics list shows, raised in one of the spans. */
export const liveTopicsWhere = (actor: Actor, place: DashboardPlace, spans: readonly Span[]) =>
  and(...topicFilters(actor, { placeId: place.id ?? undefined }), inSpans(topics.createdAt, spans)) as SQL;

/**
 * SQL: consultations the place's consultations list shows, starting in one of the spans or in a
 * stretch `beyond` the period whose count is taken off a kept month (those under the plan's tops
 * alone: the rows its rollups hold) — and, for all of a reach, those the viewer is invited to
 * beyond it, over the whole `period`. (The list joins each to its topic for its search; every
 * consultation has exactly one — topic_id is not null and references topics — so the dashboard,
 * which never searches, counts without that join.)
 */
export const liveConsultationsWhere = (
  actor: Actor,
  place: DashboardPlace,
  plan: Plan,
  split: { spans: readonly Span[]; beyond: readonly Beyond[] },
  period: { start: Date; end: Date },
) => {
  const during = inSpans(consultations.startsAt, split.spans);
  const beyond = inBeyond(consultations.startsAt, split.beyond);
  // one place: its list's own filter keeps to its subtree; all of a reach: the tops' (not the invitations beyond)
  const live =
    split.beyond.length === 0
      ? during
      : plan && place.id === null
        ? (or(during, and(beyond, underTops(plan))) as SQL)
        : (or(during, beyond) as SQL);
  return and(
    ...consultationFilters(actor, {}, place.path),
    consultationsLiveOr(
      plan,
      place,
      actor,
      { live, rough: split.beyond.length ? (or(during, beyond) as SQL) : during },
      { start: period.start, end: period.end, through: true },
    ),
  ) as SQL;
};

/**
 * The join of a live row to its place, as "places" (the lists' filters read `places.path`): for all
 * of a reach, one place at a time by its primary key (a lateral subquery the planner cannot turn
 * into a hash) — a province's live rows are a thousand or two, its places 126,000, and the planner,
 * overestimating the first, hashed the second (190 of a 250 ms statement at scale 1). For one place
 * a plain join, which may start from that place's subtree.
 */
export function placeJoin(place: DashboardPlace, placeId: PgColumn): [SQL, SQL] {
  if (place.id !== null) return [sql`${places}`, eq(places.id, placeId)];
  return [
    sql`lateral (select ${places.id}, ${places.path} from ${places} where ${places.id} = ${placeId} offset 0) as ${places}`,
    sql`true`,
  ];
}
