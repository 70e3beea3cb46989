import { eq } from 'drizzle-orm';
import type { HandlingAction } from '../../../shared/access/proposals';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { proposalHandlings } from '../../platform/db/schema';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors';
import { mayHandle } from './policy';
import { findVisibleHandling, type HandlingRow, lockHandling } from './queries';
import { monthsLater, refusalOf } from './rules';
import type { MeetInput, RateInput, RehandleInput, ReplyInput } from './schemas';
import { stepAudit } from './steps';

type Change = Partial<typeof proposalHandlings.$inferInsert>;

/**
 * One step on a handling, in one transaction: 404 when the actor cannot see it, 403 when the step
 * is not theirs, 409 when its status refuses it; then `apply` (which may refuse the input, 400)
 * gives the change and the step's audit event.
 */
async function takeStep(
  ctx: Ctx,
  id: string,
  action: HandlingAction,
  apply: (h: HandlingRow, now: Date, tx: Tx) => Promise<void> | void,
) {
  await ctx.db.transaction(async (tx) => {
    await lockHandling(tx, id);
    const h = await findVisibleHandling(tx, ctx.actor, id);
    if (!h) throw notFound();
    if (!mayHandle(ctx.actor, action, h)) throw forbidden();
    const refusal = refusalOf(h, action);
    if (refusal) throw new AppError(409, refusal);
    await apply(h, new Date(), tx);
  });
}

const save = (tx: Tx, id: string, change: Change, now: Date) =>
  tx
    .update(proposalHandlings)
    .set({ ...change, updatedAt: now })
    .where(eq(proposalHandlings.id, id));

const round = (h: HandlingRow) => h.rehandleCount + 1;

/** The unit's reply (答复): 解决采纳 / 列入计划 / 留作参考, and its text. */
export const replyToProposal = (ctx: Ctx, id: string, input: ReplyInput) =>
  takeStep(ctx, id, 'reply', async (h, now, tx) => {
    await save(tx, id, { replyCategory: input.category, reply: input.reply, repliedAt: now }, now);
    await writeAudit(
      tx,
      ctx,
      stepAudit('proposal.reply', h, { round: round(h), category: input.category, reply: input.reply }),
    );
  });

/** The unit's face-to-face meeting with the proposer (见面): when (not later than now), who, a note. */
export const recordMeeting = (ctx: Ctx, id: string, input: MeetInput) =>
  takeStep(ctx, id, 'meet', async (h, now, tx) => {
    if (input.metAt > now) throw invalid([{ path: 'metAt', key: 'not_in_future' }]);
    const note = input.note || null;
    await save(tx, id, { metAt: input.metAt, metWith: input.metWith, meetingNote: note }, now);
    await writeAudit(
      tx,
      ctx,
      stepAudit('proposal.meet', h, {
        round: round(h),
        metAt: input.metAt.toISOString(),
        metWith: input.metWith,
        note,
      }),
    );
  });

/** The proposer's satisfaction (满意度), or the liaison's record of it; 不满意 says why. */
export const rateHandling = (ctx: Ctx, id: string, input: RateInput) =>
  takeStep(ctx, id, 'rate', async (h, now, tx) => {
    const note = input.note || null;
    if (input.satisfaction === 'unsatisfied' && !note) throw invalid([{ path: 'note', key: 'required' }]);
    await save(tx, id, { satisfaction: input.satisfaction, satisfactionNote: note, satisfactionAt: now }, now);
    await writeAudit(
      tx,
      ctx,
      stepAudit('proposal.rate', h, {
        round: round(h),
        satisfaction: input.satisfaction,
        note,
        onBehalf: h.proposerId !== ctx.actor.id,
      }),
    );
  });

/**
 * 重新办理: after 不满意, once — the reply, the meeting and the rating are asked again, with a new due
 * date (three months on unless said). The first round stays in the handling's steps.
 */
export const rehandleProposal = (ctx: Ctx, id: string, input: RehandleInput) =>
  takeStep(ctx, id, 'rehandle', async (h, now, tx) => {
    if (input.dueAt && input.dueAt <= now) throw invalid([{ path: 'dueAt', key: 'not_in_past' }]);
    const dueAt = input.dueAt ?? monthsLater(now);
    await save(
      tx,
      id,
      {
        rehandleCount: h.rehandleCount + 1,
        dueAt,
        replyCategory: null,
        reply: null,
        repliedAt: null,
        metAt: null,
        metWith: null,
        meetingNote: null,
        satisfaction: null,
        satisfactionNote: null,
        satisfactionAt: null,
      },
      now,
    );
    await writeAudit(
      tx,
      ctx,
      stepAudit(
        'proposal.rehandle',
        h,
        { round: round(h) + 1, dueAt: dueAt.toISOString() },
        { dueAt: h.dueAt.toISOString(), satisfaction: h.satisfaction, rehandleCount: h.rehandleCount },
      ),
    );
  });
