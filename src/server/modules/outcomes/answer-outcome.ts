import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { outcomeRecipients, outcomes } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { notify } from '../notifications';
import { canInstruct, canReply } from './policy';
import { allReplied, findVisibleOutcome, type OutcomeRow } from './queries';
import { officesOver } from './recipients';
import { nextOutcomeStatus } from './rules';
import type { ReplyInput } from './schemas';

/** The outcome locked for this change, as the actor sees it (404 when they cannot). */
async function load(tx: DbOrTx, ctx: Ctx, id: string) {
  await tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.id, id)).for('update');
  const o = await findVisibleOutcome(tx, ctx.actor, id);
  if (!o) throw notFound();
  return o;
}

const mine = (id: string, ctx: Ctx) =>
  and(eq(outcomeRecipients.outcomeId, id), eq(outcomeRecipients.accountId, ctx.actor.id));

/**
 * Tells the outcome's author (the liaison who drafted it) and the CPPCC office in whose reach it lies
 * (成果转化 is the office's to follow) of a recipient's step; never the actor.
 */
async function tellAuthor(tx: DbOrTx, ctx: Ctx, o: OutcomeRow, kind: 'outcome_replied' | 'outcome_instructed') {
  const to = [o.createdById, ...(await officesOver(tx, o.placePath))];
  await notify(tx, {
    accountIds: to.filter((id): id is string => id !== null && id !== ctx.actor.id),
    kind,
    params: { code: o.code, title: o.title, actor: ctx.actor.displayName },
    entityType: 'outcome',
    entityId: o.id,
  });
}

/**
 * A recipient's reply (答复) with its verdict (采纳 / 部分采纳 / 不予采纳, the reason when not
 * adopted); when every recipient has replied the outcome is answered.
 */
export async function replyToOutcome(ctx: Ctx, id: string, input: ReplyInput) {
  const { reply, verdict } = input;
  const verdictReason = input.verdictReason?.trim() || null;
  await ctx.db.transaction(async (tx) => {
    const o = await load(tx, ctx, id);
    if (!canReply(o)) throw forbidden();
    if (!nextOutcomeStatus(o.status, 'reply')) throw new AppError(409, 'action_not_allowed', { status: o.status });
    const now = new Date();
    await tx
      .update(outcomeRecipients)
      .set({ reply, verdict, verdictReason, repliedAt: now, readAt: o.mine?.readAt ?? now })
      .where(mine(id, ctx));
    const next = nextOutcomeStatus(o.status, (await allReplied(tx, id)) ? 'last_reply' : 'reply') ?? o.status;
    if (next !== o.status) await tx.update(outcomes).set({ status: next, updatedAt: now }).where(eq(outcomes.id, id));
    await writeAudit(tx, ctx, {
      action: 'outcome.reply',
      entityType: 'outcome',
      entityId: id,
      placePath: o.placePath,
      before: { status: o.status, reply: o.mine?.reply ?? null },
      after: { status: next, reply, verdict, verdictReason },
    });
    await tellAuthor(tx, ctx, o, 'outcome_replied');
  });
}

/** A leader recipient's instruction (批示). */
export async function instructOnOutcome(ctx: Ctx, id: string, instruction: string) {
  await ctx.db.transaction(async (tx) => {
    const o = await load(tx, ctx, id);
    if (!canInstruct(ctx.actor, o)) throw forbidden();
    if (!nextOutcomeStatus(o.status, 'instruct')) throw new AppError(409, 'action_not_allowed', { status: o.status });
    const now = new Date();
    await tx
      .update(outcomeRecipients)
      .set({ instruction, instructedAt: now, readAt: o.mine?.readAt ?? now })
      .where(mine(id, ctx));
    await writeAudit(tx, ctx, {
      action: 'outcome.instruct',
      entityType: 'outcome',
      entityId: id,
      placePath: o.placePath,
      before: { instruction: o.mine?.instruction ?? null },
      after: { instruction },
    });
    await tellAuthor(tx, ctx, o, 'outcome_instructed');
  });
}
