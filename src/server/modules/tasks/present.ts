import type { TaskEventData } from '../../../shared/api/tasks';
import type { TaskEventKind } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { taskAbilities } from './policy';
import type { TaskRow, TaskSummaryRow } from './queries';
import { taskFlag } from './rules';

/** A task as lists show it: its row with the board's flag and the reasons for it. */
export const presentTaskSummary = (row: TaskSummaryRow, now: Date) => ({ ...row, ...taskFlag(row, now) });

type FileRow = {
  id: string;
  taskId: string;
  isPhoto: boolean;
  originalName: string;
  mimeType: string;
  bytes: number;
  createdAt: Date;
};

/** A file with where the console fetches it (with the session). */
export const presentTaskFile = (f: FileRow) => ({ ...f, url: `/api/tasks/${f.taskId}/files/${f.id}` });

type Person = { id: string; displayName: string } | null;
type Parts = {
  milestones: { id: string; position: number; title: string; dueAt: Date | null; doneAt: Date | null }[];
  events: {
    id: number;
    at: Date;
    kind: TaskEventKind;
    actor: string | null;
    note: string | null;
    data: TaskEventData | null;
  }[];
  files: (FileRow & { eventId: number | null })[];
  consensusItem: { id: string; text: string } | null;
  acceptedBy: Person;
  createdBy: Person;
};

/** A task's page: its timeline with each step's files, the timetable, and what the viewer may do now. */
export function presentTaskDetail(actor: Actor, t: TaskRow, parts: Parts, now: Date) {
  const attached = parts.files
    .filter((f) => f.eventId !== null)
    .map((f) => ({ ...presentTaskFile(f), eventId: f.eventId }));
  return {
    ...presentTaskSummary(t, now),
    detail: t.detail,
    statusReason: t.statusReason,
    outcome: { ...t.outcome, status: t.outcomeStatus },
    consensusItem: parts.consensusItem,
    milestones: parts.milestones,
    events: parts.events.map((e) => ({ ...e, files: attached.filter((f) => f.eventId === e.id) })),
    files: attached,
    finishedAt: t.finishedAt,
    acceptedAt: t.acceptedAt,
    acceptedBy: parts.acceptedBy,
    createdBy: parts.createdBy,
    updatedAt: t.updatedAt,
    abilities: taskAbilities(actor, t),
  };
}
