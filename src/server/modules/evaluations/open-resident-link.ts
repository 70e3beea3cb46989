import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { outcomes } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { canEvaluation } from './policy';
import { findOutcomeForEvaluation } from './queries';
import { isEvaluable } from './rules';

/** A url-safe random token (24 characters, 144 bits), as consultations' public links have. */
const newToken = () => randomBytes(18).toString('base64url');

/**
 * 群众评价: the liaison opens the residents' evaluation of a sent outcome — its random link (and QR
 * code). Opening it again keeps the link already printed; `isNew` says whether this call made it.
 */
export async function openResidentEvaluation(ctx: Ctx, outcomeId: string) {
  return ctx.db.transaction(async (tx) => {
    const o = await findOutcomeForEvaluation(tx, ctx.actor, outcomeId, true);
    if (!o) throw notFound();
    if (!canEvaluation(ctx.actor, 'open_link', o)) throw forbidden();
    if (!isEvaluable(o.status)) throw new AppError(409, 'evaluation_not_open');
    if (o.evaluationToken) return { isNew: false };
    const token = newToken();
    await tx.update(outcomes).set({ evaluationToken: token }).where(eq(outcomes.id, outcomeId));
    await writeAudit(tx, ctx, {
      action: 'evaluation.open_link',
      entityType: 'outcome',
      entityId: outcomeId,
      placePath: o.placePath,
    });
    return { isNew: true };
  });
}
