import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { topics } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { releaseSubmissions } from './link-submissions';
import { canTopic } from './policy';
import { loadVisibleTopic } from './queries';
import { metCount, nextTopicStatus, screeningProblem } from './rules';
import type { ScreeningInput } from './schemas';
import { statusNotAllowed } from './status-errors';

/**
 * Screens a proposed topic against the six criteria (切口小、立意准、关联广；党政重视、群众期盼、
 * 政协能做) and accepts (立项) or rejects it, recording the screener, the time and the reason.
 * A rejected topic lets go of its submissions: each goes on being handled and may feed another topic.
 */
export async function screenTopic(ctx: Ctx, id: string, input: ScreeningInput) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadVisibleTopic(tx, ctx.actor, id, true);
    if (!row) throw notFound();
    if (!canTopic(ctx.actor, 'screen', { placePath: row.place.path })) throw forbidden();
    const next = nextTopicStatus(input.decision, row.t.status, row.t.urgency);
    if (!next) throw statusNotAllowed(row.t.status);
    const problem = screeningProblem(input);
    if (problem === 'reject_needs_reason')
      throw new AppError(400, 'topic_reject_reason_required', {}, [], { field: 'reason' });
    if (problem === 'weak_accept_needs_reason')
      throw new AppError(400, 'topic_accept_reason_required', { met: metCount(input.criteria) }, [], {
        field: 'reason',
      });
    const now = new Date();
    const reason = input.reason?.trim() || null;
    await tx
      .update(topics)
      .set({
        status: next,
        screening: input.criteria,
        screeningReason: reason,
        screenedById: ctx.actor.id,
        screenedAt: now,
        updatedAt: now,
      })
      .where(eq(topics.id, id));
    const released = input.decision === 'reject' ? await releaseSubmissions(tx, ctx, row, 'rejected') : [];
    await writeAudit(tx, ctx, {
      action: 'topic.screen',
      entityType: 'topic',
      entityId: id,
      placePath: row.place.path,
      before: { status: row.t.status },
      after: {
        status: next,
        decision: input.decision,
        criteria: input.criteria,
        reason,
        ...(released.length ? { released } : {}),
      },
    });
  });
}
