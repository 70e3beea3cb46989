import { asc, desc, eq } from 'drizzle-orm';
import { SCREENING_CRITERIA, type ScreeningCriterion } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { consultations, places, planItems } from '../../platform/db/schema';
import { topicAbilities } from './policy';
import { districtOf, peopleById, type TopicRow } from './queries';
import { linkedSubmissions } from './topic-submissions';

/** The checklist as stored, with every criterion present (an unticked one is false). */
const fullCriteria = (stored: Record<string, boolean>) =>
  Object.fromEntries(SCREENING_CRITERIA.map((c) => [c, stored[c] === true])) as Record<ScreeningCriterion, boolean>;

/**
 * The topic page: its screening, submissions, latest plan entry, consultations (read from their
 * table: ids and headlines only; each links to its own record) and what the actor may do.
 */
export async function presentTopic(db: DbOrTx, actor: Actor, row: TopicRow) {
  const t = row.t;
  const [subs, plan, meetings, district, person] = await Promise.all([
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
  return {
    id: t.id,
    code: t.code,
    title: t.title,
    description: t.description,
    status: t.status,
    urgency: t.urgency,
    source: t.source,
    place: { id: row.place.id, name: row.place.name, kind: row.place.kind },
    district: district ? { id: district.id, name: district.name } : null,
    screening: t.screening
      ? {
          criteria: fullCriteria(t.screening),
          decision: t.status === 'rejected' ? ('reject' as const) : ('accept' as const),
          reason: t.screeningReason,
          screenedBy: person(t.screenedById),
          screenedAt: t.screenedAt,
        }
      : null,
    submissions: subs,
    plan: plan[0] ?? null,
    consultations: meetings,
    proposedBy: person(t.proposedById),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    abilities: topicAbilities(
      actor,
      { placePath: row.place.path, status: t.status, urgency: t.urgency },
      district?.path ?? null,
    ),
  };
}
