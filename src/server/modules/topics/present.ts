import { SCREENING_CRITERIA, type ScreeningCriterion } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { topicAbilities } from './policy';
import type { districtOf, peopleById, TopicRow } from './queries';
import type { TopicDetailOut } from './schemas';

/** The checklist as stored, with every criterion present (an unticked one is false). */
const fullCriteria = (stored: Record<string, boolean>) =>
  Object.fromEntries(SCREENING_CRITERIA.map((c) => [c, stored[c] === true])) as Record<ScreeningCriterion, boolean>;

/** What the topic page is built from besides the topic itself. */
export type TopicParts = Pick<TopicDetailOut, 'submissions' | 'plan' | 'consultations'> & {
  district: Awaited<ReturnType<typeof districtOf>>;
  person: Awaited<ReturnType<typeof peopleById>>;
};

/**
 * The topic page: its screening, submissions, latest plan entry, consultations (ids and headlines
 * only; each links to its own record) and what the actor may do.
 */
export function presentTopic(actor: Actor, row: TopicRow, { district, person, ...parts }: TopicParts) {
  const t = row.t;
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
    submissions: parts.submissions,
    plan: parts.plan,
    consultations: parts.consultations,
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
