import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { recipientRolesOf } from './people';
import { writingAbilities } from './policy';
import { peopleOf, readableSubmissions, type WritingRow } from './queries';
import { stepsOf } from './steps';

/**
 * One writing's page as the viewer sees it: its text, who wrote and reviewed it, who it went to,
 * the submissions behind it they may read, its steps (with the office's edits), and what they may do.
 */
export async function loadWritingDetail(db: DbOrTx, actor: Actor, w: WritingRow) {
  const [reviewer, recipients, roles, sources, steps] = await Promise.all([
    peopleOf(db, w.reviewedById ? [w.reviewedById] : []),
    peopleOf(db, w.forwardedToIds),
    recipientRolesOf(db, w.forwardedToIds),
    readableSubmissions(db, actor, w.submissionIds),
    stepsOf(db, w.id),
  ]);
  const shownNote = w.status === 'returned' || w.status === 'not_adopted';
  return {
    id: w.id,
    code: w.code,
    kind: w.kind,
    title: w.title,
    body: w.body,
    status: w.status,
    author: { id: w.authorId, displayName: w.authorName },
    place: { id: w.placeId, name: w.placeName },
    submittedAt: w.submittedAt,
    adoptedAt: w.adoptedAt,
    forwardedAt: w.forwardedAt,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
    reviewedBy: reviewer[0] ?? null,
    reviewNote: shownNote ? w.reviewNote : null,
    recipients: recipients.map((p) => ({ ...p, roles: roles.get(p.id) ?? [] })),
    submissions: sources,
    submissionCount: w.submissionIds.length,
    steps,
    abilities: writingAbilities(actor, w),
  };
}
