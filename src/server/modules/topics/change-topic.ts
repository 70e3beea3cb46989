import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { topics } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { releaseSubmissions } from './link-submissions';
import { canTopic } from './policy';
import { loadVisibleTopic } from './queries';
import { isEditable, nextTopicStatus } from './rules';
import type { TopicActionInput, UpdateTopicInput } from './schemas';
import { statusNotAllowed } from './status-errors';

/** Rewords a topic or changes its urgency while it is still being shaped (proposed or accepted). */
export async function updateTopic(ctx: Ctx, id: string, input: UpdateTopicInput) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadVisibleTopic(tx, ctx.actor, id, true);
    if (!row) throw notFound();
    if (!canTopic(ctx.actor, 'manage', { placePath: row.place.path })) throw forbidden();
    if (!isEditable(row.t.status)) throw statusNotAllowed(row.t.status);
    const before = { title: row.t.title, description: row.t.description, urgency: row.t.urgency };
    const after = { ...before, ...input };
    await tx
      .update(topics)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(topics.id, id));
    await writeAudit(tx, ctx, {
      action: 'topic.update',
      entityType: 'topic',
      entityId: id,
      placePath: row.place.path,
      before,
      after,
    });
  });
}

/**
 * Withdraws a topic (proposed or accepted) or brings a withdrawn or rejected one back to be
 * screened again; reopening clears the old screening (the audit log keeps it). Withdrawing lets go
 * of the topic's submissions (each goes on being handled, and may feed another topic), so a
 * reopened topic starts with none.
 */
export async function actOnTopic(ctx: Ctx, id: string, input: TopicActionInput) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadVisibleTopic(tx, ctx.actor, id, true);
    if (!row) throw notFound();
    if (!canTopic(ctx.actor, 'manage', { placePath: row.place.path })) throw forbidden();
    const next = nextTopicStatus(input.action, row.t.status, row.t.urgency);
    if (!next) throw statusNotAllowed(row.t.status);
    const clearScreening =
      input.action === 'reopen' ? { screening: null, screeningReason: null, screenedById: null, screenedAt: null } : {};
    await tx
      .update(topics)
      .set({ status: next, ...clearScreening, updatedAt: new Date() })
      .where(eq(topics.id, id));
    const released = input.action === 'withdraw' ? await releaseSubmissions(tx, ctx, row, 'withdrawn') : [];
    await writeAudit(tx, ctx, {
      action: `topic.${input.action}`,
      entityType: 'topic',
      entityId: id,
      placePath: row.place.path,
      before: { status: row.t.status },
      after: { status: next, reason: input.reason ?? null, ...(released.length ? { released } : {}) },
    });
  });
}
