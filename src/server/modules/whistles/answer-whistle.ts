import { and, eq } from 'drizzle-orm';
import { isWhistleOpen } from '../../../shared/access/whistles';
import type { Ctx } from '../../platform/context';
import { whistleResponses } from '../../platform/db/schema';
import { AppError, invalid } from '../../platform/errors';
import { notify } from '../notifications';
import { auditWhistle, notOpen, onWhistle } from './access';
import { canWhistle } from './policy';
import { noticeTitle } from './present';
import { scopeOf } from './queries';
import { doneAtIssues } from './rules';
import type { AnswerWhistleInput, RecordDoneInput } from './schemas';

/**
 * 报到: a member or department called to the whistle (or a member serving its place) answers it,
 * once, while it is open; the caller is told (whistle_answered). 403 to those not called or
 * answering twice, 409 once it is closed or withdrawn.
 */
export function answerWhistle(ctx: Ctx, id: string, input: AnswerWhistleInput) {
  return onWhistle(ctx, id, async (tx, w) => {
    if (!canWhistle(ctx.actor, 'answer', scopeOf(w))) throw new AppError(403, 'whistle_not_called');
    if (!isWhistleOpen(w.status)) throw notOpen(w.status);
    if (w.isAnsweredByMe) throw new AppError(403, 'whistle_already_answered');
    const [row] = await tx
      .insert(whistleResponses)
      .values({ whistleId: w.id, responderId: ctx.actor.id, note: input.note })
      .returning({ id: whistleResponses.id, answeredAt: whistleResponses.answeredAt });
    await notify(tx, {
      accountIds: w.raisedBy.id === ctx.actor.id ? [] : [w.raisedBy.id],
      kind: 'whistle_answered',
      params: {
        code: w.code,
        title: noticeTitle(w.need),
        actor: ctx.actor.displayName,
        ...(input.note ? { note: input.note } : {}),
      },
      entityType: 'whistle',
      entityId: w.id,
    });
    await auditWhistle(tx, ctx, w, 'answer', { after: { responseId: row?.id, note: input.note } });
  });
}

/** What the responder did (做了什么), recorded or corrected while the whistle is open. */
export function recordDone(ctx: Ctx, id: string, input: RecordDoneInput, now = new Date()) {
  return onWhistle(ctx, id, async (tx, w) => {
    if (!w.isAnsweredByMe) throw new AppError(403, 'whistle_answer_first');
    if (!isWhistleOpen(w.status)) throw notOpen(w.status);
    const doneAt = input.doneAt ?? now;
    const issues = doneAtIssues(doneAt, w.createdAt, now);
    if (issues.length > 0) throw invalid(issues);
    const mine = and(eq(whistleResponses.whistleId, w.id), eq(whistleResponses.responderId, ctx.actor.id));
    const [before] = await tx
      .select({ didWhat: whistleResponses.didWhat, doneAt: whistleResponses.doneAt })
      .from(whistleResponses)
      .where(mine);
    await tx.update(whistleResponses).set({ didWhat: input.didWhat, doneAt }).where(mine);
    await auditWhistle(tx, ctx, w, 'record_done', { before, after: { didWhat: input.didWhat, doneAt } });
  });
}
