import type { Ctx } from '../../platform/context';
import { nextCode } from '../../platform/db/codes';
import { taskMilestones, tasks } from '../../platform/db/schema';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors';
import { findVisibleOutcome, moveOutcomeByTasks, nextOutcomeStatus } from '../outcomes';
import { findCandidate } from './candidates';
import { canTask } from './policy';
import type { CreateTaskInput } from './schemas';
import { auditTask, lockOutcome, tellAboutTask, writeTaskEvent } from './timeline';

/**
 * Sets a task (落实任务) carrying out an outcome, or one of its consensus items, with its owner,
 * deadline and timetable (时间表). The outcome must have been sent; its first task starts carrying
 * it out (落实中), and a new task on one carried out takes it back there.
 */
export async function createTask(ctx: Ctx, input: CreateTaskInput) {
  return ctx.db.transaction(async (tx) => {
    await lockOutcome(tx, input.outcomeId);
    const o = await findVisibleOutcome(tx, ctx.actor, input.outcomeId);
    if (!o) throw notFound();
    if (!canTask(ctx.actor, 'create', o)) throw forbidden();
    if (!nextOutcomeStatus(o.status, 'start_tasks'))
      throw new AppError(409, 'task_outcome_not_sent', { status: o.status });
    const issues = [];
    if (input.consensusItemId && !o.consensusItemIds.includes(input.consensusItemId))
      issues.push({ path: 'consensusItemId', key: 'invalid_value' as const });
    const owner = await findCandidate(tx, o.placePath, 'owner', input.ownerId);
    if (!owner) issues.push({ path: 'ownerId', key: 'invalid_value' as const });
    if (issues.length > 0 || !owner) throw invalid(issues);

    const code = await nextCode(tx, 'RW');
    const [row] = await tx
      .insert(tasks)
      .values({
        code,
        outcomeId: o.id,
        consensusItemId: input.consensusItemId ?? null,
        placeId: o.placeId,
        title: input.title,
        detail: input.detail || null,
        ownerId: owner.id,
        coUnits: [...new Set(input.coUnits)],
        dueAt: input.dueAt,
        createdById: ctx.actor.id,
      })
      .returning({ id: tasks.id });
    const id = row?.id as string;
    if (input.milestones.length > 0)
      await tx
        .insert(taskMilestones)
        .values(
          input.milestones.map((m, i) => ({ taskId: id, position: i + 1, title: m.title, dueAt: m.dueAt ?? null })),
        );
    const t = { id, code, title: input.title, placePath: o.placePath };
    await writeTaskEvent(tx, ctx, id, 'created', {
      data: { owner: owner.displayName, dueAt: input.dueAt.toISOString() },
    });
    await auditTask(tx, ctx, t, 'create', {
      after: {
        code,
        outcomeId: o.id,
        title: input.title,
        owner: { id: owner.id, displayName: owner.displayName },
        dueAt: input.dueAt,
        milestones: input.milestones.length,
      },
    });
    await moveOutcomeByTasks(tx, ctx, o.id, 'start_tasks');
    await tellAboutTask(tx, ctx, t, 'task_assigned', [owner.id], { dueAt: input.dueAt });
    return { id };
  });
}
