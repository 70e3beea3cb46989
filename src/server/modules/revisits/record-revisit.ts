import { and, eq, inArray, isNull } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { outcomes, revisitPhotos, revisits } from '../../platform/db/schema';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors';
import { findVisibleOutcome } from '../outcomes';
import { reopenTask } from '../tasks';
import { canRevisit } from './policy';
import { acceptedTasksOf, lockOutcome } from './queries';
import { isRevisitable, reviewDateAfter, revisitIssues } from './rules';
import type { RecordRevisitInput } from './schemas';

/**
 * Records a revisit (回头看) of a carried-out outcome: what was found, what residents say, its
 * photos. When the problem came back, the task named opens again with its new deadline and the
 * outcome goes back to 落实中 (its review date cleared until it is carried out again); otherwise
 * the review date is cleared, or moved to the next review asked for. 404 unseen, 403 not the liaison's, 409 unless
 * carried out, 400 on what the input gets wrong.
 */
export async function recordRevisit(ctx: Ctx, outcomeId: string, input: RecordRevisitInput) {
  return ctx.db.transaction(async (tx) => {
    await lockOutcome(tx, outcomeId);
    const o = await findVisibleOutcome(tx, ctx.actor, outcomeId);
    if (!o) throw notFound();
    if (!canRevisit(ctx.actor, 'record', o)) throw forbidden();
    if (!isRevisitable(o.status)) throw new AppError(409, 'revisit_not_carried_out', { status: o.status });
    const now = new Date();
    const issues = revisitIssues(input, now);
    const task = input.taskId ? (await acceptedTasksOf(tx, o.id)).find((t) => t.id === input.taskId) : undefined;
    if (input.isProblemBack && input.taskId && !task) issues.push({ path: 'taskId', key: 'invalid_value' });
    if (issues.length > 0) throw invalid(issues);

    const residentsView = input.residentsView || null;
    const [row] = await tx
      .insert(revisits)
      .values({
        outcomeId: o.id,
        taskId: task?.id ?? null,
        visitedAt: input.visitedAt,
        findings: input.findings,
        residentsView,
        isProblemBack: input.isProblemBack,
        recordedById: ctx.actor.id,
      })
      .returning({ id: revisits.id });
    const id = row?.id as string;
    const photoIds = [...new Set(input.photoIds)];
    if (photoIds.length > 0) {
      // the actor's own uploads to this outcome, not yet cited by another revisit
      const attached = await tx
        .update(revisitPhotos)
        .set({ revisitId: id })
        .where(
          and(
            inArray(revisitPhotos.id, photoIds),
            eq(revisitPhotos.outcomeId, o.id),
            eq(revisitPhotos.uploadedById, ctx.actor.id),
            isNull(revisitPhotos.revisitId),
          ),
        )
        .returning({ id: revisitPhotos.id });
      if (attached.length !== photoIds.length) throw invalid([{ path: 'photoIds', key: 'invalid_value' }]);
    }

    const reviewDueAt = reviewDateAfter(input);
    if (task && input.dueAt)
      await reopenTask(tx, ctx, task.id, input.findings, input.dueAt); // clears the review date with the outcome's move
    else await tx.update(outcomes).set({ reviewDueAt, updatedAt: now }).where(eq(outcomes.id, o.id));
    await writeAudit(tx, ctx, {
      action: 'revisit.record',
      entityType: 'revisit',
      entityId: id,
      placePath: o.placePath,
      before: { outcomeStatus: o.status, reviewDueAt: o.reviewDueAt },
      after: {
        outcomeId: o.id,
        visitedAt: input.visitedAt,
        findings: input.findings,
        residentsView,
        isProblemBack: input.isProblemBack,
        taskId: task?.id ?? null,
        dueAt: input.dueAt ?? null,
        photoIds,
        reviewDueAt,
      },
    });
    return { id };
  });
}
