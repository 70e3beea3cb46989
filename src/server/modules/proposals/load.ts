import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { accounts } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { findVisibleWriting } from '../writings';
import { canAssign, canAssignWriting } from './policy';
import { presentHandlingDetail, presentHandlingSummary } from './present';
import { findVisibleHandling, findVisibleProposal, handlingsOfProposal } from './queries';
import { stepsOf } from './steps';

/** One handling's page as the actor sees it: its steps and who assigned it read beside it (404 if unseen). */
export async function loadHandlingDetail(db: DbOrTx, actor: Actor, id: string) {
  const h = await findVisibleHandling(db, actor, id);
  if (!h) throw notFound();
  const [steps, createdBy] = await Promise.all([
    stepsOf(db, id),
    h.createdById
      ? db
          .select({ id: accounts.id, displayName: accounts.displayName })
          .from(accounts)
          .where(eq(accounts.id, h.createdById))
      : [],
  ]);
  return presentHandlingDetail(actor, h, steps, createdBy[0] ?? null);
}

/** A proposal's handlings for its outcome page, whether the actor may assign more, and its proposer so far. */
export async function loadProposalHandlings(db: DbOrTx, actor: Actor, outcomeId: string) {
  const o = await findVisibleProposal(db, actor, outcomeId);
  if (!o) throw notFound();
  const isProposal = o.type === 'proposal';
  const rows = isProposal ? await handlingsOfProposal(db, actor, { outcomeId }) : [];
  const first = rows[0];
  return {
    isProposal,
    canAssign: isProposal && o.status !== 'draft' && canAssign(actor, o),
    proposer: first
      ? {
          name: first.proposer,
          account:
            first.proposerId && first.proposerName ? { id: first.proposerId, displayName: first.proposerName } : null,
        }
      : null,
    items: rows.map(presentHandlingSummary),
  };
}

/**
 * A member's own proposal's handlings for its writing's page: shown once the office forwarded it,
 * its author the proposer, and whether the actor (the office in reach) may assign more units.
 */
export async function loadWritingHandlings(db: DbOrTx, actor: Actor, writingId: string) {
  const w = await findVisibleWriting(db, actor, writingId);
  if (!w) throw notFound();
  const isProposal = w.kind === 'proposal' && w.status === 'forwarded';
  const rows = isProposal ? await handlingsOfProposal(db, actor, { writingId }) : [];
  const author = { id: w.authorId, displayName: w.authorName };
  return {
    isProposal,
    canAssign: isProposal && canAssignWriting(actor, w),
    proposer: isProposal ? { name: author.displayName, account: author } : null,
    items: rows.map(presentHandlingSummary),
  };
}
