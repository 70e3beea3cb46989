import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { outcomeRecipients, outcomes } from '../../platform/db/schema';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors';
import { notify } from '../notifications';
import { canOutcome } from './policy';
import { findVisibleOutcome } from './queries';
import { recipientCandidates } from './recipients';
import { nextOutcomeStatus } from './rules';

/**
 * Sends (报送) the outcome to more recipients — leaders and departments serving its place. The
 * first send ends the draft; a later one reopens an answered outcome until the new ones reply.
 */
export async function sendOutcome(ctx: Ctx, id: string, accountIds: string[]) {
  await ctx.db.transaction(async (tx) => {
    await tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.id, id)).for('update');
    const o = await findVisibleOutcome(tx, ctx.actor, id);
    if (!o) throw notFound();
    if (!canOutcome(ctx.actor, 'manage', o)) throw forbidden();
    const next = nextOutcomeStatus(o.status, 'send');
    if (!next) throw new AppError(409, 'action_not_allowed', { status: o.status });
    const ids = [...new Set(accountIds)];
    const found = await recipientCandidates(tx, o, { ids, limit: ids.length });
    if (found.length !== ids.length) throw invalid([{ path: 'accountIds', key: 'invalid_value' }]);

    const now = new Date();
    await tx
      .insert(outcomeRecipients)
      .values(ids.map((accountId) => ({ outcomeId: id, accountId, sentById: ctx.actor.id, sentAt: now })));
    await tx
      .update(outcomes)
      .set({ status: next, sentAt: o.sentAt ?? now, updatedAt: now })
      .where(eq(outcomes.id, id));
    await writeAudit(tx, ctx, {
      action: 'outcome.send',
      entityType: 'outcome',
      entityId: id,
      placePath: o.placePath,
      before: { status: o.status },
      after: { status: next, recipients: found.map((r) => ({ id: r.id, displayName: r.displayName })) },
    });
    await notify(tx, {
      accountIds: ids.filter((a) => a !== ctx.actor.id),
      kind: 'outcome_received',
      params: { code: o.code, title: o.title, actor: ctx.actor.displayName },
      entityType: 'outcome',
      entityId: id,
    });
  });
}
