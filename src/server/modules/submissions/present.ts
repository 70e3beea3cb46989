import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { accounts, submissions } from '../../platform/db/schema';
import { canTakeStep, submissionAbilities } from './policy';
import { eventsOf, OPEN_STATUSES, photosOf, type SubmissionRow, similarSubmissions } from './queries';
import { ALLOWED_ACTIONS, isOverdue, type SubmissionAction } from './rules';

type SummaryRow = Pick<SubmissionRow, 'status' | 'dueAt' | 'category'> & Record<string, unknown>;

export const presentSummary = <T extends SummaryRow>(row: T, now: Date) => ({
  ...row,
  // a left join gives a category of nulls when there is none
  category: row.category?.id ? row.category : null,
  isOverdue: (OPEN_STATUSES as readonly string[]).includes(row.status) && isOverdue(row.dueAt, now),
});

/** The detail page: timeline, photos, near-duplicates in the township, and what the actor may do. */
export async function presentDetail(db: DbOrTx, actor: Actor, row: SubmissionRow, now: Date) {
  const scope = { placePath: row.placePath, departmentId: row.departmentId };
  const [events, photos, similar, mergedInto, department] = await Promise.all([
    eventsOf(db, row.id),
    photosOf(db, row.id),
    similarSubmissions(db, actor, { id: row.id, grams: row.s.searchGrams, placePath: row.placePath }),
    row.s.mergedIntoId
      ? db
          .select({ id: submissions.id, trackingCode: submissions.trackingCode })
          .from(submissions)
          .where(eq(submissions.id, row.s.mergedIntoId))
      : [],
    row.departmentId
      ? db
          .select({ id: accounts.id, name: accounts.displayName })
          .from(accounts)
          .where(eq(accounts.id, row.departmentId))
      : [],
  ]);
  const allowedActions = (ALLOWED_ACTIONS[row.status] as readonly SubmissionAction[]).filter((a) =>
    canTakeStep(actor, a, scope),
  );
  return {
    ...presentSummary(row, now),
    events,
    photos: photos.map((p) => ({ id: p.id, url: `/api/submissions/${row.id}/photos/${p.id}` })),
    similar,
    mergedInto: mergedInto[0] ?? null,
    department: department[0] ?? null,
    residentSaysSolved: row.s.residentSaysSolved,
    satisfaction: row.s.satisfaction,
    ratingComment: row.s.ratingComment,
    reopenCount: row.s.reopenCount,
    allowedActions,
    abilities: submissionAbilities(actor, scope),
  };
}
