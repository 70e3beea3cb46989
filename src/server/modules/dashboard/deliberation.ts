import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { CONSULTATION_ROLES } from '../../../shared/access/consultations';
import { TOPIC_ROLES } from '../../../shared/access/topics';
import { CONSULTATION_FORMS, PARTICIPANT_KINDS, TOPIC_SOURCES } from '../../../shared/enums';
import { consultations, participants, places, topics } from '../../platform/db/schema';
import { liveConsultationsWhere, liveTopicsWhere, placeJoin } from './deliberation-live';
import { deliberationPlan, readRolled } from './deliberation-rolled';
import { signOf, splitOf } from './deliberation-split';
import { addTo, bump, childOf, partsOf, type Section, type Values } from './section';

const TOPIC_KEYS = { keys: ['t'], prefixes: ['ts:'] };
const CONSULTATION_KEYS = { keys: ['c', 'p'], prefixes: ['cf:', 'p:'] };

/**
 * 协商议事: topics raised in the period (by source), consultations starting in it (by form) and the
 * people who attended them (人次, by kind) — whole months from deliberation_rollups where they may
 * stand for the lists, the days around them (and all of a village's) counted live by the lists'
 * own filters; for all of a reach, also the consultations the viewer sees only by invitation.
 */
export const deliberationFigures: Section = async (db, actor, place, period) => {
  const now = new Date();
  const plan = await deliberationPlan(db, actor, place, [TOPIC_ROLES.read, CONSULTATION_ROLES.read]);
  const topicSplit = splitOf(plan, period, now);
  // the list's `to` is the instant after the last day, as its page sends it, and counts that instant too
  const consultationSplit = splitOf(plan, period, now, { ahead: true, through: true });
  const consultationWhere = liveConsultationsWhere(actor, place, plan, consultationSplit, period);
  // -1 on a consultation after the period, taken off its kept month (splitOf: late in a month)
  const sign = signOf(consultations.startsAt, consultationSplit.beyond);
  const [topicsRolled, consultationsRolled, topicRows, attendanceRows, consultationRows] = await Promise.all([
    readRolled(db, plan, topicSplit.months, TOPIC_KEYS, { now }),
    readRolled(db, plan, consultationSplit.months, CONSULTATION_KEYS, {
      now,
      ahead: true,
      days: consultationSplit.days,
    }),
    topicSplit.spans.length
      ? db
          .select({ child: childOf(places.path, place), source: topics.source, n: sql<number>`count(*)::int` })
          .from(topics)
          .innerJoin(...placeJoin(place, topics.placeId))
          .where(liveTopicsWhere(actor, place, topicSplit.spans))
          .groupBy(sql`1`, topics.source)
      : [],
    db
      .select({
        child: childOf(places.path, place),
        kind: participants.kind,
        // kind is never null: it counts the attendances, and the partial index (consultation, kind) answers it alone
        attended: sql<number>`count(${participants.kind})::int`,
        sign,
      })
      .from(consultations)
      .innerJoin(...placeJoin(place, consultations.placeId))
      .leftJoin(
        participants,
        and(eq(participants.consultationId, consultations.id), isNotNull(participants.attendedAt)),
      )
      .where(consultationWhere)
      .groupBy(sql`1`, participants.kind, sql`4`),
    // consultations apart from their attendances: one counts once, however many attended it
    db
      .select({
        child: childOf(places.path, place),
        form: consultations.form,
        n: sql<number>`count(*)::int`,
        sign,
      })
      .from(consultations)
      .innerJoin(...placeJoin(place, consultations.placeId))
      .where(consultationWhere)
      .groupBy(sql`1`, consultations.form, sql`4`),
  ]);

  const children = new Map<string, Values>();
  const bySource = new Map<string, number>();
  const byForm = new Map<string, number>();
  const byKind = new Map<string, number>();
  const total = { topics: 0, consultations: 0, participants: 0 };
  const rolled = [topicsRolled, consultationsRolled];
  for (const { total: keys } of rolled)
    for (const [key, n] of keys) {
      if (key === 't') total.topics += n;
      else if (key === 'c') total.consultations += n;
      else if (key === 'p') total.participants += n;
      else if (key.startsWith('ts:')) bump(bySource, key.slice(3), n);
      else if (key.startsWith('cf:')) bump(byForm, key.slice(3), n);
      else if (key.startsWith('p:')) bump(byKind, key.slice(2), n);
    }
  for (const { children: byChild } of rolled)
    for (const [child, keys] of byChild)
      addTo(children, child, {
        ...(keys.has('t') ? { topics: keys.get('t') ?? 0 } : {}),
        ...(keys.has('c') ? { consultations: keys.get('c') ?? 0 } : {}),
        ...(keys.has('p') ? { participants: keys.get('p') ?? 0 } : {}),
      });
  for (const r of topicRows) {
    addTo(children, r.child, { topics: r.n });
    bump(bySource, r.source, r.n);
    total.topics += r.n;
  }
  for (const r of consultationRows) {
    const n = r.n * r.sign;
    addTo(children, r.child, { consultations: n });
    bump(byForm, r.form, n);
    total.consultations += n;
  }
  for (const r of attendanceRows) {
    const n = r.attended * r.sign;
    addTo(children, r.child, { participants: n });
    if (r.kind) bump(byKind, r.kind, n);
    total.participants += n;
  }
  // a child with rows of one kind only has none of the others
  for (const values of children.values())
    for (const k of ['topics', 'consultations', 'participants'] as const) values[k] ??= 0;
  return {
    total,
    breakdowns: [
      { figure: 'topics', by: 'source', parts: partsOf(TOPIC_SOURCES, bySource, (source) => ({ source })) },
      { figure: 'consultations', by: 'form', parts: partsOf(CONSULTATION_FORMS, byForm, (form) => ({ form })) },
      { figure: 'participants', by: 'kind', parts: partsOf(PARTICIPANT_KINDS, byKind, () => null) },
    ],
    children,
  };
};
