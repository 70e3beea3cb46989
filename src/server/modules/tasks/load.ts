import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { accounts, consensusItems, taskEvents, taskFiles, taskMilestones } from '../../platform/db/schema';
import { presentTaskDetail } from './present';
import type { TaskRow } from './queries';

export const fileColumns = {
  id: taskFiles.id,
  taskId: taskFiles.taskId,
  eventId: taskFiles.eventId,
  isPhoto: taskFiles.isPhoto,
  originalName: taskFiles.originalName,
  mimeType: taskFiles.mimeType,
  bytes: taskFiles.bytes,
  createdAt: taskFiles.createdAt,
};

/** A task's page: its timetable, timeline, files, consensus item and people read together. */
export async function loadTaskDetail(db: DbOrTx, actor: Actor, t: TaskRow, now = new Date()) {
  const people = [t.acceptedById, t.createdById].filter((id): id is string => id !== null);
  const [milestones, events, files, items, persons] = await Promise.all([
    db
      .select({
        id: taskMilestones.id,
        position: taskMilestones.position,
        title: taskMilestones.title,
        dueAt: taskMilestones.dueAt,
        doneAt: taskMilestones.doneAt,
      })
      .from(taskMilestones)
      .where(eq(taskMilestones.taskId, t.id))
      .orderBy(asc(taskMilestones.position)),
    db
      .select({
        id: taskEvents.id,
        at: taskEvents.at,
        kind: taskEvents.kind,
        actor: taskEvents.actorName,
        note: taskEvents.note,
        data: taskEvents.data,
      })
      .from(taskEvents)
      .where(eq(taskEvents.taskId, t.id))
      .orderBy(asc(taskEvents.at), asc(taskEvents.id)),
    db.select(fileColumns).from(taskFiles).where(eq(taskFiles.taskId, t.id)).orderBy(asc(taskFiles.createdAt)),
    t.consensusItemId
      ? db
          .select({ id: consensusItems.id, text: consensusItems.text })
          .from(consensusItems)
          .where(eq(consensusItems.id, t.consensusItemId))
      : [],
    people.length > 0
      ? db
          .select({ id: accounts.id, displayName: accounts.displayName })
          .from(accounts)
          .where(inArray(accounts.id, people))
      : [],
  ]);
  const person = (id: string | null) => persons.find((p) => p.id === id) ?? null;
  return presentTaskDetail(
    actor,
    t,
    {
      milestones,
      events,
      files,
      consensusItem: items[0] ?? null,
      acceptedBy: person(t.acceptedById),
      createdBy: person(t.createdById),
    },
    now,
  );
}
