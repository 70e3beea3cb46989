// Demo tasks inserted as they stand at the end of their story, with the timeline that led there.
import type { TaskEventData } from '../../shared/api/tasks';
import type { TaskEventKind, TaskStatus } from '../../shared/enums';
import type { DbOrTx } from '../platform/db';
import { nextCode } from '../platform/db/codes';
import { taskEvents, taskMilestones, tasks } from '../platform/db/schema';

export type Who = { id: string; name: string };
type Step = { kind: TaskEventKind; by: Who; at: Date; note?: string; data?: TaskEventData };

/** A task inserted as it stands, with its timeline; returns its id, code, title and deadline. */
export async function seedTask(
  tx: DbOrTx,
  t: {
    outcomeId: string;
    placeId: string;
    consensusItemId?: string | undefined;
    title: string;
    detail?: string;
    owner: Who;
    createdBy: Who;
    coUnits?: string[];
    dueAt: Date;
    status: TaskStatus;
    createdAt: Date;
    milestones?: [string, Date, Date | null][];
    steps: Step[];
    extra?: Partial<typeof tasks.$inferInsert>;
  },
) {
  const code = await nextCode(tx, 'RW', t.createdAt);
  const [row] = await tx
    .insert(tasks)
    .values({
      code,
      outcomeId: t.outcomeId,
      consensusItemId: t.consensusItemId ?? null,
      placeId: t.placeId,
      title: t.title,
      detail: t.detail ?? null,
      ownerId: t.owner.id,
      coUnits: t.coUnits ?? [],
      dueAt: t.dueAt,
      status: t.status,
      createdById: t.createdBy.id,
      createdAt: t.createdAt,
      updatedAt: t.steps.at(-1)?.at ?? t.createdAt,
      ...t.extra,
    })
    .returning({ id: tasks.id });
  const id = row?.id as string;
  if (t.milestones?.length)
    await tx
      .insert(taskMilestones)
      .values(t.milestones.map(([title, dueAt, doneAt], i) => ({ taskId: id, position: i + 1, title, dueAt, doneAt })));
  const created: Step = {
    kind: 'created',
    by: t.createdBy,
    at: t.createdAt,
    data: { owner: t.owner.name, dueAt: t.dueAt.toISOString() },
  };
  await tx.insert(taskEvents).values(
    [created, ...t.steps].map((s) => ({
      taskId: id,
      at: s.at,
      actorId: s.by.id,
      actorName: s.by.name,
      kind: s.kind,
      note: s.note ?? null,
      data: s.data ?? null,
    })),
  );
  return { id, code, title: t.title, dueAt: t.dueAt };
}
