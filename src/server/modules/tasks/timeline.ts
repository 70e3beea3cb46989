// What every step on a task writes beside its change, in the step's transaction: the timeline
// entry (with the files it carries), the audit event, and the notices to the people concerned.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { TaskEventData } from '../../../shared/api/tasks';
import type { NotificationKind, TaskEventKind } from '../../../shared/enums';
import type { AuditVerb } from '../../../shared/messages/audit';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { outcomes, taskEvents, taskFiles } from '../../platform/db/schema';
import { invalid } from '../../platform/errors';
import { notify } from '../notifications';

/**
 * Writes a timeline entry in the person's own words, attaching `fileIds`: files the actor uploaded
 * to this task and has not attached yet (400 on fileIds otherwise). Returns the entry's id.
 */
export async function writeTaskEvent(
  tx: DbOrTx,
  ctx: Ctx,
  taskId: string,
  kind: TaskEventKind,
  opts: { note?: string | null; data?: TaskEventData | null; fileIds?: string[] } = {},
) {
  const [row] = await tx
    .insert(taskEvents)
    .values({
      taskId,
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      kind,
      note: opts.note ?? null,
      data: opts.data ?? null,
    })
    .returning({ id: taskEvents.id });
  const eventId = row?.id as number;
  const fileIds = [...new Set(opts.fileIds ?? [])];
  if (fileIds.length > 0) {
    const attached = await tx
      .update(taskFiles)
      .set({ eventId })
      .where(
        and(
          inArray(taskFiles.id, fileIds),
          eq(taskFiles.taskId, taskId),
          eq(taskFiles.uploadedById, ctx.actor.id),
          isNull(taskFiles.eventId),
        ),
      )
      .returning({ id: taskFiles.id });
    if (attached.length !== fileIds.length) throw invalid([{ path: 'fileIds', key: 'invalid_value' }]);
  }
  return eventId;
}

type TaskRef = { id: string; code: string; title: string; placePath: string };

/** The audit event of a step on a task. */
export async function auditTask(
  tx: DbOrTx,
  ctx: Ctx,
  t: TaskRef,
  action: AuditVerb<'task'>,
  change: { before?: unknown; after?: unknown },
) {
  await writeAudit(tx, ctx, {
    action: `task.${action}`,
    entityType: 'task',
    entityId: t.id,
    placePath: t.placePath,
    ...change,
  });
}

/**
 * Files a notice about the task to these people (never the actor): its code, title, who did it, their
 * words, and the deadline where the notice shows one (task_assigned).
 */
export async function tellAboutTask(
  tx: DbOrTx,
  ctx: Ctx,
  t: Pick<TaskRef, 'id' | 'code' | 'title'>,
  kind: NotificationKind,
  to: (string | null | undefined)[],
  words: { note?: string | null; dueAt?: Date } = {},
) {
  const accountIds = to.filter((id): id is string => Boolean(id) && id !== ctx.actor.id);
  const { note, dueAt } = words;
  await notify(tx, {
    accountIds,
    kind,
    params: {
      code: t.code,
      title: t.title,
      actor: ctx.actor.displayName,
      ...(note ? { note } : {}),
      ...(dueAt ? { dueAt: dueAt.toISOString() } : {}),
    },
    entityType: 'task',
    entityId: t.id,
  });
}

/** Holds the outcome's row for the caller's transaction: steps that may move it run one at a time. */
export async function lockOutcome(tx: DbOrTx, outcomeId: string) {
  await tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.id, outcomeId)).for('update');
}
