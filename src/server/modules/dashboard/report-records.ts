// The records a periodic report names: the consultations held in the period with the most people
// attending, and the outcomes sent in it that have been carried out (the dashboard's 落实 figure).
import { and, asc, count, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { consultations, outcomes, participants, places, topics } from '../../platform/db/schema';
import { consultationFilters } from '../consultations';
import { outcomeFilters } from '../outcomes';
import type { Period } from './period';
import type { DashboardPlace } from './section';

/** How many consultations and outcomes a report names at most. */
export const NOTABLE_LIMIT = 5;

/** The consultations held (under way or concluded) in the period, most attended first. */
export async function notableConsultations(db: DbOrTx, actor: Actor, place: DashboardPlace, period: Period) {
  const attended = count(participants.id);
  return db
    .select({
      code: consultations.code,
      title: consultations.title,
      startsAt: consultations.startsAt,
      place: places.name,
      attended,
    })
    .from(consultations)
    .innerJoin(places, eq(places.id, consultations.placeId))
    .innerJoin(topics, eq(topics.id, consultations.topicId))
    .leftJoin(participants, and(eq(participants.consultationId, consultations.id), isNotNull(participants.attendedAt)))
    .where(
      and(
        ...consultationFilters(actor, { from: period.start, to: period.end }, place.path),
        inArray(consultations.status, ['in_progress', 'concluded']),
      ),
    )
    .groupBy(consultations.id, places.name)
    .orderBy(desc(attended), asc(consultations.startsAt))
    .limit(NOTABLE_LIMIT);
}

/** The outcomes sent in the period and carried out, by the outcomes list's own filter, latest first. */
export async function carriedOutOutcomes(db: DbOrTx, actor: Actor, place: DashboardPlace, period: Period) {
  return db
    .select({ code: outcomes.code, title: outcomes.title, place: places.name })
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .where(
      and(
        ...outcomeFilters(actor, {
          box: 'all',
          placeId: place.id ?? undefined,
          sentFrom: period.start,
          sentTo: period.end,
          reached: 'carried_out',
        }),
      ),
    )
    .orderBy(desc(outcomes.sentAt))
    .limit(NOTABLE_LIMIT);
}
