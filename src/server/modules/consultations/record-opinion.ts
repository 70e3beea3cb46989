import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { consultationSteps, opinions } from '../../platform/db/schema';
import { conflict, invalid, notFound } from '../../platform/errors';
import { auditConsultation, writeRecord } from './access';
import { findParticipant } from './participants';
import { opinionColumns, stepsOf } from './queries';
import { isMeetingStep } from './rules';
import type { OpinionBody, StepBody } from './schemas';

/**
 * Completes a step of the procedure (who, when, what it produced), or reopens it. A step held after
 * the meeting is not the meeting's to record: the outcome's tasks carry it out (409).
 */
export async function recordStep(ctx: Ctx, id: string, stepId: string, input: z.infer<typeof StepBody>) {
  return writeRecord(ctx, id, async (tx, c) => {
    const [before] = await stepsOf(tx, c.id, stepId);
    if (!before) throw notFound();
    if (!isMeetingStep(before)) throw conflict('consultation_step_after_meeting', { step: before.name });
    const change = {
      completedAt: input.completed ? (before.completedAt ?? new Date()) : null,
      completedById: input.completed ? (before.completedBy?.id ?? ctx.actor.id) : null,
      ...(input.output !== undefined ? { output: input.output } : {}),
    };
    await tx.update(consultationSteps).set(change).where(eq(consultationSteps.id, stepId));
    await auditConsultation(tx, ctx, c, input.completed ? 'step.complete' : 'step.reopen', {
      before,
      after: { stepId, ...change },
    });
    const [after] = await stepsOf(tx, c.id, stepId);
    if (!after) throw notFound();
    return after;
  });
}

/** Records an opinion as it was voiced: who, their stance, what they said. */
export async function addOpinion(ctx: Ctx, id: string, input: z.infer<typeof OpinionBody>) {
  return writeRecord(ctx, id, async (tx, c) => {
    if (input.participantId && !(await findParticipant(tx, c.id, input.participantId)))
      throw invalid([{ path: 'participantId', key: 'invalid_value' }]);
    const [row] = await tx
      .insert(opinions)
      .values({
        consultationId: c.id,
        participantId: input.participantId ?? null,
        speakerName: input.speakerName,
        stance: input.stance,
        text: input.text,
        recordedById: ctx.actor.id,
      })
      .returning(opinionColumns);
    if (!row) throw new Error('opinion not inserted');
    await auditConsultation(tx, ctx, c, 'opinion.add', { after: row });
    return row;
  });
}

export async function removeOpinion(ctx: Ctx, id: string, opinionId: string) {
  await writeRecord(ctx, id, async (tx, c) => {
    const [row] = await tx
      .delete(opinions)
      .where(and(eq(opinions.id, opinionId), eq(opinions.consultationId, c.id)))
      .returning();
    if (!row) throw notFound();
    await auditConsultation(tx, ctx, c, 'opinion.remove', { before: row });
  });
}
