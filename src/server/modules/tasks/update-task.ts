import { and, eq } from 'drizzle-orm';
import type { TaskEventData } from '../../../shared/api/tasks';
import { TASK_EDIT_FIELDS, type TaskEditField } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { taskMilestones, tasks } from '../../platform/db/schema';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors';
import { findCandidate } from './candidates';
import { canTask, type TaskPermission } from './policy';
import { findVisibleTask, type TaskRow } from './queries';
import { isOpen, nextTaskStatus } from './rules';
import type { UpdateTaskInput } from './schemas';
import { auditTask, tellAboutTask, writeTaskEvent } from './timeline';

/** The task locked for this change, as the actor sees it: 404 unseen, 403 not theirs to change, 409 no longer open. */
async function openTask(tx: Tx, ctx: Ctx, id: string, permission: TaskPermission) {
  const t = await findVisibleTask(tx, ctx.actor, id, true);
  if (!t) throw notFound();
  if (!canTask(ctx.actor, permission, t)) throw forbidden();
  if (!isOpen(t.status)) throw new AppError(409, 'action_not_allowed', { status: t.status });
  return t;
}

const sameUnits = (a: string[], b: string[]) => {
  const next = [...new Set(a)];
  return next.length === b.length && next.every((u, i) => u === b[i]);
};

/** The liaison changes an open task: title, detail, owner (who is told), co-units or deadline. */
export async function updateTask(ctx: Ctx, id: string, input: UpdateTaskInput) {
  await ctx.db.transaction(async (tx) => {
    const t = await openTask(tx, ctx, id, 'edit');
    const change: Partial<typeof tasks.$inferInsert> = {};
    // the timeline names what changed, with the new title, owner and deadline (the reader's words do the rest)
    const fields: TaskEditField[] = [];
    const data: TaskEventData = {};
    if (input.title !== undefined && input.title !== t.title) {
      data.title = change.title = input.title;
      fields.push('title');
    }
    if (input.detail !== undefined && (input.detail || null) !== t.detail) {
      change.detail = input.detail || null;
      fields.push('detail');
    }
    if (input.coUnits !== undefined && !sameUnits(input.coUnits, t.coUnits)) {
      change.coUnits = [...new Set(input.coUnits)];
      fields.push('coUnits');
    }
    if (input.dueAt !== undefined && input.dueAt.getTime() !== t.dueAt.getTime()) {
      change.dueAt = input.dueAt;
      data.dueAt = input.dueAt.toISOString();
      fields.push('dueAt');
    }
    let newOwner: { id: string; displayName: string } | undefined;
    if (input.ownerId !== undefined && input.ownerId !== t.ownerId) {
      newOwner = await findCandidate(tx, t.placePath, 'owner', input.ownerId);
      if (!newOwner) throw invalid([{ path: 'ownerId', key: 'invalid_value' }]);
      // a new owner answers for the task from now: an urge to the old one is not theirs to answer
      Object.assign(change, { ownerId: newOwner.id, awaitsAnswer: false });
      data.owner = newOwner.displayName;
      fields.push('ownerId');
    }
    if (Object.keys(change).length === 0) return;
    data.fields = TASK_EDIT_FIELDS.filter((f) => fields.includes(f)); // in the form's order
    await tx
      .update(tasks)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(tasks.id, id));
    await writeTaskEvent(tx, ctx, id, 'edited', { data });
    await auditTask(tx, ctx, t, 'update', {
      before: Object.fromEntries(Object.keys(change).map((k) => [k, t[k as keyof TaskRow] ?? null])),
      after: change,
    });
    if (newOwner)
      await tellAboutTask(tx, ctx, { ...t, title: change.title ?? t.title }, 'task_assigned', [newOwner.id], {
        dueAt: change.dueAt ?? t.dueAt,
      });
  });
}

/**
 * Ticks an item of the timetable (时间表) done, or unticks it. Ticking is progress: it starts a
 * task not yet started and counts against "stalled"; it does not answer an urge (that takes words).
 */
export async function setMilestoneDone(ctx: Ctx, id: string, milestoneId: string, isDone: boolean) {
  await ctx.db.transaction(async (tx) => {
    const t = await openTask(tx, ctx, id, 'tick');
    const [m] = await tx
      .select()
      .from(taskMilestones)
      .where(and(eq(taskMilestones.id, milestoneId), eq(taskMilestones.taskId, id)))
      .for('update');
    if (!m) throw notFound();
    if ((m.doneAt !== null) === isDone) return; // already so: nothing to record
    const now = new Date();
    await tx
      .update(taskMilestones)
      .set({ doneAt: isDone ? now : null })
      .where(eq(taskMilestones.id, milestoneId));
    if (isDone)
      await tx
        .update(tasks)
        .set({ status: nextTaskStatus(t.status, 'progress') ?? t.status, lastProgressAt: now, updatedAt: now })
        .where(eq(tasks.id, id));
    await writeTaskEvent(tx, ctx, id, 'milestone_done', { data: { milestone: m.title, done: isDone } });
    await auditTask(tx, ctx, t, isDone ? 'milestone_done' : 'milestone_undone', {
      before: { milestone: m.title, doneAt: m.doneAt },
      after: { doneAt: isDone ? now : null },
    });
  });
}
