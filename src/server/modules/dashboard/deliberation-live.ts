// The conditions the dashboard counts topics and consultations live by: the lists' own filters for
// the place, limited to the spans the rollups do not give — one definition for the figures and the trend.
import { and, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import { consultations, topics } from '../../platform/db/schema';
import { consultationFilters } from '../consultations';
import { topicFilters } from '../topics';
import { consultationsLiveOr, type deliberationPlan, inSpans, type Span } from './deliberation-rolled';
import type { DashboardPlace } from './section';

type Plan = Awaited<ReturnType<typeof deliberationPlan>>;

/** SQL: topics the place's topics list shows, raised in one of the spans. */
export const liveTopicsWhere = (actor: Actor, place: DashboardPlace, spans: readonly Span[]) =>
  and(...topicFilters(actor, { placeId: place.id ?? undefined }), inSpans(topics.createdAt, spans)) as SQL;

/**
 * SQL: consultations the place's consultations list shows, starting in one of the spans — and, for
 * all of a reach, those the viewer is invited to beyond it, over the whole `period`.
 */
export const liveConsultationsWhere = (
  actor: Actor,
  place: DashboardPlace,
  plan: Plan,
  spans: readonly Span[],
  period: { start: Date; end: Date },
) =>
  and(
    ...consultationFilters(actor, {}, place.path),
    consultationsLiveOr(plan, place, actor, inSpans(consultations.startsAt, spans), {
      start: period.start,
      end: period.end,
      through: true,
    }),
  ) as SQL;
