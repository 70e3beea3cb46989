import { asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { consultations, places, planItems } from '../../platform/db/schema';
import { presentTopic } from './present';
import { districtOf, peopleById, type TopicRow } from './queries';
import { linkedSubmissions } from './topic-submissions';

/**
 * The topic page: its submissions, latest plan entry and consultations (read from their tables:
 * ids and headlines only), its district and the people named, presented for the actor.
 */
export async function loadTopicDetail(db: DbOrTx, actor: Actor, row: TopicRow) {
  const t = row.t;
  const [submissions, plan, meetings, district, person] = await Promise.all([
    linkedSubmissions(db, actor, t.id),
    db
      .select({
        id: planItems.id,
        year: planItems.year,
        status: planItems.status,
        plannedMonth: planItems.plannedMonth,
        district: { id: places.id, name: places.name },
      })
      .from(planItems)
      .innerJoin(places, eq(places.id, planItems.placeId))
      .where(eq(planItems.topicId, t.id))
      .orderBy(desc(planItems.year))
      .limit(1),
    db
      .select({
        id: consultations.id,
        code: consultations.code,
        title: consultations.title,
        form: consultations.form,
        status: consultations.status,
        startsAt: consultations.startsAt,
      })
      .from(consultations)
      .where(eq(consultations.topicId, t.id))
      .orderBy(asc(consultations.startsAt)),
    districtOf(db, row.place.path),
    peopleById(db, [t.proposedById, t.screenedById]),
  ]);
  return presentTopic(actor, row, { submissions, plan: plan[0] ?? null, consultations: meetings, district, person });
}
