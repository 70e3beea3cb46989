import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { accounts, submissions } from '../../platform/db/schema';
import { presentSubmissionDetail } from './present';
import { eventsOf, photosOf, type SubmissionRow } from './queries';
import { similarSubmissions } from './similar';

/** The detail page: the timeline, photos, near-duplicates, merge target and department, read together. */
export async function loadSubmissionDetail(db: DbOrTx, actor: Actor, row: SubmissionRow, now: Date) {
  const [events, photos, similar, mergedInto, department, addressedMember] = await Promise.all([
    eventsOf(db, row.id),
    photosOf(db, row.id),
    similarSubmissions(db, actor, {
      id: row.id,
      content: row.content,
      placePath: row.placePath,
      categoryId: row.s.categoryId,
      terms: row.s.searchTerms,
      termsVersion: row.s.searchTermsVersion,
    }),
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
    row.s.addressedMemberId
      ? db
          .select({ id: accounts.id, displayName: accounts.displayName })
          .from(accounts)
          .where(eq(accounts.id, row.s.addressedMemberId))
      : [],
  ]);
  const parts = {
    events,
    photos,
    similar,
    mergedInto: mergedInto[0] ?? null,
    department: department[0] ?? null,
    addressedMember: addressedMember[0] ?? null,
  };
  return presentSubmissionDetail(actor, row, parts, now);
}
