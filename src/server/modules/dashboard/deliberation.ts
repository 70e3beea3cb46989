import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { CONSULTATION_FORMS, PARTICIPANT_KINDS, TOPIC_SOURCES } from '../../../shared/enums';
import { consultations, participants, places, topics } from '../../platform/db/schema';
import { consultationFilters } from '../consultations';
import { topicFilters } from '../topics';
import { addTo, bump, childOf, partsOf, type Section, sumOf } from './section';

/**
 * 协商议事: topics raised in the period (by source), consultations starting in it (by form) and the
 * people who attended them (人次, by kind). Two grouped queries: topics, and consultations with
 * their attendances.
 */
export const deliberationFigures: Section = async (db, actor, place, period) => {
  const [topicRows, consultationRows] = await Promise.all([
    db
      .select({ child: childOf(places.path, place), source: topics.source, n: sql<number>`count(*)::int` })
      .from(topics)
      .innerJoin(places, eq(places.id, topics.placeId))
      .where(
        and(
          ...topicFilters(actor, { placeId: place.id ?? undefined, createdFrom: period.start, createdTo: period.end }),
        ),
      )
      .groupBy(sql`1`, topics.source),
    // the list's `to` is the instant after the last day, as its page sends it
    db
      .select({
        child: childOf(places.path, place),
        kind: participants.kind,
        attended: sql<number>`count(${participants.id})::int`,
      })
      .from(consultations)
      .innerJoin(places, eq(places.id, consultations.placeId))
      .innerJoin(topics, eq(topics.id, consultations.topicId))
      .leftJoin(
        participants,
        and(eq(participants.consultationId, consultations.id), isNotNull(participants.attendedAt)),
      )
      .where(and(...consultationFilters(actor, { from: period.start, to: period.end }, place.path)))
      .groupBy(sql`1`, participants.kind),
  ]);
  // consultations apart from their attendances: one counts once, however many attended it
  const consultationCount = await db
    .select({ child: childOf(places.path, place), form: consultations.form, n: sql<number>`count(*)::int` })
    .from(consultations)
    .innerJoin(places, eq(places.id, consultations.placeId))
    .innerJoin(topics, eq(topics.id, consultations.topicId))
    .where(and(...consultationFilters(actor, { from: period.start, to: period.end }, place.path)))
    .groupBy(sql`1`, consultations.form);

  const children = new Map();
  const bySource = new Map<string, number>();
  const byForm = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const r of topicRows) {
    addTo(children, r.child, { topics: r.n });
    bump(bySource, r.source, r.n);
  }
  for (const r of consultationCount) {
    addTo(children, r.child, { consultations: r.n });
    bump(byForm, r.form, r.n);
  }
  for (const r of consultationRows) {
    addTo(children, r.child, { participants: r.attended });
    if (r.kind) bump(byKind, r.kind, r.attended);
  }
  return {
    total: {
      topics: sumOf(topicRows, (r) => r.n),
      consultations: sumOf(consultationCount, (r) => r.n),
      participants: sumOf(consultationRows, (r) => r.attended),
    },
    breakdowns: [
      { figure: 'topics', by: 'source', parts: partsOf(TOPIC_SOURCES, bySource, (source) => ({ source })) },
      { figure: 'consultations', by: 'form', parts: partsOf(CONSULTATION_FORMS, byForm, (form) => ({ form })) },
      { figure: 'participants', by: 'kind', parts: partsOf(PARTICIPANT_KINDS, byKind, () => null) },
    ],
    children,
  };
};
