import { count, eq } from 'drizzle-orm';
import { CONSULTATION_STATUS_WORDS } from '../../../shared/messages/consultations';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { consensusItems, consultations } from '../../platform/db/schema';
import { conflict } from '../../platform/errors';
import { concludeTopic, releaseTopicFromConsultation } from '../topics';
import { auditConsultation, lockConsultation, manageable } from './access';
import { stepsOf } from './queries';
import { concludeIssue, nextConsultationStatus } from './rules';
import type { ActionInput } from './schemas';

/** Concluding needs the meeting's required steps done and at least one consensus item (共识). */
async function checkConcludable(tx: Tx, id: string) {
  const [steps, [consensus]] = await Promise.all([
    stepsOf(tx, id),
    tx.select({ n: count() }).from(consensusItems).where(eq(consensusItems.consultationId, id)),
  ]);
  const issue = concludeIssue(steps, consensus?.n ?? 0);
  if (issue?.code === 'consultation_steps_open') throw conflict(issue.code, { steps: issue.steps.join('、') });
  if (issue) throw conflict(issue.code);
}

/**
 * Starts, concludes (the topic is then concluded too) or cancels (with a reason) a consultation;
 * cancelling the topic's last live one takes the topic out of consultation again.
 */
export async function actOnConsultation(ctx: Ctx, id: string, input: ActionInput) {
  const c = await manageable(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const status = await lockConsultation(tx, id);
    const next = nextConsultationStatus(input.action, status);
    if (!next) throw conflict('action_not_allowed', { status: CONSULTATION_STATUS_WORDS[status] });
    if (input.action === 'conclude') await checkConcludable(tx, id);
    const now = new Date();
    await tx
      .update(consultations)
      .set({
        status: next,
        updatedAt: now,
        ...(input.action === 'conclude' ? { concludedAt: now } : {}),
        ...(input.action === 'cancel' ? { cancelReason: input.reason } : {}),
      })
      .where(eq(consultations.id, id));
    if (input.action === 'conclude') await concludeTopic(tx, c.topicId);
    // the topic leaves consultation when no other one on it is still to come
    if (input.action === 'cancel') await releaseTopicFromConsultation(tx, c.topicId);
    await auditConsultation(tx, ctx, c, input.action, {
      before: { status },
      after: { status: next, ...(input.reason ? { reason: input.reason } : {}) },
    });
  });
}
