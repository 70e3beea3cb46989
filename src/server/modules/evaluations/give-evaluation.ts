import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { canEvaluation } from './policy';
import { findOutcomeForEvaluation, upsertSigned } from './queries';
import { isEvaluable } from './rules';

/** A signed evaluation as given: the score (1–5) and, for a member, perhaps no comment. */
export type SignedInput = { score: number; comment?: string | undefined };

const ACTION = { leader: 'lead', member: 'review' } as const;

/**
 * 党政点评 (a leader reaching the outcome's place) or 民主评议 (a member who took part in its
 * consultation): the viewer's own evaluation of a sent outcome, given or changed — one per person
 * and kind. The outcome's row is held, so it is checked and written as one.
 */
export async function giveEvaluation(ctx: Ctx, outcomeId: string, kind: 'leader' | 'member', input: SignedInput) {
  await ctx.db.transaction(async (tx) => {
    const o = await findOutcomeForEvaluation(tx, ctx.actor, outcomeId, true);
    if (!o) throw notFound();
    if (!canEvaluation(ctx.actor, ACTION[kind], o)) throw forbidden();
    if (!isEvaluable(o.status)) throw new AppError(409, 'evaluation_not_open');
    const after = { kind, score: input.score, comment: input.comment ?? null };
    const [row] = await upsertSigned(tx, { outcomeId, accountId: ctx.actor.id, ...after });
    await writeAudit(tx, ctx, {
      action: `evaluation.${kind}`,
      entityType: 'outcome',
      entityId: outcomeId,
      placePath: o.placePath,
      after: { ...after, evaluationId: row?.id },
    });
  });
}
