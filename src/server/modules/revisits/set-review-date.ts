import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { outcomes } from '../../platform/db/schema';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors';
import { findVisibleOutcome } from '../outcomes';
import { canRevisit } from './policy';
import { lockOutcome } from './queries';
import { isRevisitable } from './rules';
import type { ReviewDateInput } from './schemas';

/**
 * Sets a carried-out outcome's review date (回头看日期; three months after carrying out unless set
 * here), not in the past. 404 unseen, 403 not the liaison's, 409 unless carried out.
 */
export async function setReviewDate(ctx: Ctx, outcomeId: string, input: ReviewDateInput) {
  await ctx.db.transaction(async (tx) => {
    await lockOutcome(tx, outcomeId);
    const o = await findVisibleOutcome(tx, ctx.actor, outcomeId);
    if (!o) throw notFound();
    if (!canRevisit(ctx.actor, 'record', o)) throw forbidden();
    if (!isRevisitable(o.status)) throw new AppError(409, 'revisit_not_carried_out', { status: o.status });
    const now = new Date();
    if (input.reviewDueAt <= now) throw invalid([{ path: 'reviewDueAt', key: 'not_in_past' }]);
    await tx.update(outcomes).set({ reviewDueAt: input.reviewDueAt, updatedAt: now }).where(eq(outcomes.id, o.id));
    await writeAudit(tx, ctx, {
      action: 'outcome.review_date',
      entityType: 'outcome',
      entityId: o.id,
      placePath: o.placePath,
      before: { reviewDueAt: o.reviewDueAt },
      after: { reviewDueAt: input.reviewDueAt },
    });
  });
}
