import type { Actor } from '../../platform/auth/actor';
import { canTakeStep, submissionAbilities } from './policy';
import { type eventsOf, OPEN_STATUSES, type SubmissionRow } from './queries';
import { ALLOWED_ACTIONS, eventParams, isOverdue, type SubmissionAction } from './rules';
import type { similarSubmissions } from './similar';

type SummaryRow = Pick<SubmissionRow, 'status' | 'dueAt' | 'clockStoppedAt' | 'category'> & Record<string, unknown>;

export const presentSummary = <T extends SummaryRow>(row: T, now: Date) => ({
  ...row,
  // a left join gives a category of nulls when there is none
  category: row.category?.id ? row.category : null,
  isOverdue: (OPEN_STATUSES as readonly string[]).includes(row.status) && isOverdue(row.dueAt, now, row.clockStoppedAt),
});

/** What the detail page is built from besides the submission itself. */
export type SubmissionParts = {
  events: Awaited<ReturnType<typeof eventsOf>>;
  photos: readonly { id: string }[];
  similar: Awaited<ReturnType<typeof similarSubmissions>>;
  mergedInto: { id: string; trackingCode: string } | null;
  residentPlace: { id: string; trail: string } | null;
  department: { id: string; name: string } | null;
  addressedMember: { id: string; displayName: string } | null;
};

/** The detail page: timeline, photos, near-duplicates in the township, and what the actor may do. */
export function presentSubmissionDetail(actor: Actor, row: SubmissionRow, parts: SubmissionParts, now: Date) {
  const scope = {
    placePath: row.placePath,
    departmentId: row.departmentId,
    addressedMemberId: row.s.addressedMemberId,
  };
  const allowedActions = (ALLOWED_ACTIONS[row.status] as readonly SubmissionAction[]).filter((a) =>
    canTakeStep(actor, a, scope),
  );
  return {
    ...presentSummary(row, now),
    events: parts.events.map((e) => ({ ...e, params: eventParams(e.kind, e.data) })),
    photos: parts.photos.map((p) => ({ id: p.id, url: `/api/submissions/${row.id}/photos/${p.id}` })),
    similar: parts.similar,
    mergedInto: parts.mergedInto,
    residentPlace: parts.residentPlace,
    department: parts.department,
    residentSaysSolved: row.s.residentSaysSolved,
    satisfaction: row.s.satisfaction,
    ratingComment: row.s.ratingComment,
    reopenCount: row.s.reopenCount,
    addressedMember: parts.addressedMember,
    receptionSlotId: row.s.receptionSlotId,
    contactLogId: row.s.contactLogId,
    allowedActions,
    abilities: submissionAbilities(actor, scope),
  };
}
