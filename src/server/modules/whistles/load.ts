import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { whistleAbilities } from './policy';
import { presentWhistleSummary } from './present';
import { calledIdsOf, peopleOf, responsesOf, scopeOf, type WhistleRow } from './queries';
import { hoursBetween } from './rules';
import type { WhistleDetailOut } from './schemas';

/**
 * A whistle's page as the viewer sees it: the call, who was called, the answers in the order they
 * came with their response times, and what the viewer may do.
 */
export async function loadWhistleDetail(
  db: DbOrTx,
  actor: Actor,
  w: NonNullable<WhistleRow>,
  now = new Date(),
): Promise<WhistleDetailOut> {
  const [responses, calledIds] = await Promise.all([responsesOf(db, w.id), calledIdsOf(db, w.id)]);
  const called = await peopleOf(db, calledIds);
  const mine = responses.find((r) => r.responder.id === actor.id);
  return {
    ...presentWhistleSummary(w, now),
    ratingNote: w.ratingNote,
    called: called.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      kind: p.isDepartment ? 'department' : 'member',
    })),
    responses: responses.map(({ isDepartment, ...r }) => ({
      ...r,
      responderKind: isDepartment ? 'department' : 'member',
      responseHours: hoursBetween(w.createdAt, r.answeredAt),
    })),
    myResponseId: mine?.id ?? null,
    abilities: whistleAbilities(actor, scopeOf(w)),
  };
}
