import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { statements } from '../../platform/db/schema';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { type ConsultationRef, canConsultation } from '../consultations';
import { findStatement } from './queries';

/**
 * Hides a statement (with the reason) or shows it again: staff who manage the consultation only.
 * A hidden statement leaves the public page and the agreement view; the step is audited.
 */
export async function moderateStatement(
  ctx: Ctx,
  c: ConsultationRef,
  statementId: string,
  change: { hide: true; reason: string } | { hide: false },
) {
  if (!canConsultation(ctx.actor, 'manage', c)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    // one moderator at a time per statement: the second sees what the first left
    await tx.select({ id: statements.id }).from(statements).where(eq(statements.id, statementId)).for('update');
    const s = await findStatement(tx, c.id, statementId);
    if (!s) throw notFound();
    if (Boolean(s.hiddenAt) === change.hide) throw conflict();
    const hidden = change.hide
      ? { hiddenAt: new Date(), hiddenReason: change.reason, hiddenById: ctx.actor.id }
      : { hiddenAt: null, hiddenReason: null, hiddenById: null };
    await tx
      .update(statements)
      .set(hidden)
      .where(and(eq(statements.id, statementId), eq(statements.consultationId, c.id)));
    const shown = { hidden: false, text: s.text };
    const withReason = (reason: string | null) => ({ hidden: true, reason, text: s.text });
    await writeAudit(tx, ctx, {
      action: change.hide ? 'online.statement.hide' : 'online.statement.unhide',
      entityType: 'statement',
      entityId: statementId,
      placePath: c.placePath,
      before: change.hide ? shown : withReason(s.hiddenReason),
      after: change.hide ? withReason(change.reason) : shown,
    });
  });
}
