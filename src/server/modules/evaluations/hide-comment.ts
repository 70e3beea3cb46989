import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { evaluations } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { canEvaluation } from './policy';
import { findOutcomeForEvaluation } from './queries';

/**
 * Staff hide an abusive resident comment from everyone but those who may hide it, or show it
 * again; the resident's score still counts. The comment and the reason go to the audit log.
 */
export async function hideResidentComment(
  ctx: Ctx,
  outcomeId: string,
  evaluationId: string,
  input: { isHidden: boolean; reason?: string | undefined },
) {
  await ctx.db.transaction(async (tx) => {
    const o = await findOutcomeForEvaluation(tx, ctx.actor, outcomeId);
    if (!o) throw notFound();
    if (!canEvaluation(ctx.actor, 'moderate', o)) throw forbidden();
    const [e] = await tx
      .select({ kind: evaluations.kind, comment: evaluations.comment, isHidden: evaluations.isHidden })
      .from(evaluations)
      .where(and(eq(evaluations.id, evaluationId), eq(evaluations.outcomeId, outcomeId)))
      .for('update');
    if (!e) throw notFound();
    if (e.kind !== 'resident') throw new AppError(409, 'evaluation_not_resident');
    await tx.update(evaluations).set({ isHidden: input.isHidden }).where(eq(evaluations.id, evaluationId));
    await writeAudit(tx, ctx, {
      action: input.isHidden ? 'evaluation.hide' : 'evaluation.unhide',
      entityType: 'evaluation',
      entityId: evaluationId,
      placePath: o.placePath,
      before: { isHidden: e.isHidden, comment: e.comment },
      after: { isHidden: input.isHidden, reason: input.reason ?? null, outcomeId },
    });
  });
}
