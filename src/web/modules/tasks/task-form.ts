import dayjs, { type Dayjs } from 'dayjs';
import { deploymentDay, endOfDeploymentDay } from './days';
import type { CreateTaskInput, TaskDetail, UpdateTaskInput } from './types';

/** What the task form holds: days as picked, co-units as tags, milestone rows as typed. */
export type TaskFormValues = {
  title: string;
  detail?: string;
  ownerId: string;
  coUnits?: string[];
  dueAt: Dayjs;
  consensusItemId?: string;
  milestones?: { title?: string; dueAt?: Dayjs | null }[];
};

/**
 * A deadline is a day: the task is due by its end where the deployment is. The picker's value is
 * that day as the browser writes it, whatever the browser's zone.
 */
export const endOfDay = (d: Dayjs) => endOfDeploymentDay(d.format('YYYY-MM-DD'));

/** The picker's value for a stored deadline: its day where the deployment is. */
export const pickerDay = (iso: string) => dayjs(deploymentDay(iso));

/** Today where the deployment is, for the picker (days before it cannot be chosen). */
export const pickerToday = () => dayjs(deploymentDay(Date.now()));

const text = (v: string | undefined) => v?.trim() || undefined;
const units = (v: string[] | undefined) => [...new Set((v ?? []).map((u) => u.trim()).filter(Boolean))];

/** The request for a new task; milestone rows left empty are dropped, not sent as errors. */
export function toCreateInput(outcomeId: string, v: TaskFormValues): CreateTaskInput {
  return {
    outcomeId,
    consensusItemId: v.consensusItemId || undefined,
    title: v.title.trim(),
    detail: text(v.detail),
    ownerId: v.ownerId,
    coUnits: units(v.coUnits),
    dueAt: endOfDay(v.dueAt),
    milestones: (v.milestones ?? [])
      .filter((m) => text(m.title) || m.dueAt)
      .map((m) => ({ title: m.title?.trim() ?? '', dueAt: m.dueAt ? endOfDay(m.dueAt) : undefined })),
  };
}

/** The request for an edit: only what changed, so a stale form does not undo another's change. */
export function toUpdateInput(task: TaskDetail, v: TaskFormValues): UpdateTaskInput {
  const next = {
    title: v.title.trim(),
    detail: text(v.detail) ?? '',
    ownerId: v.ownerId,
    coUnits: units(v.coUnits),
    dueAt: endOfDay(v.dueAt),
  };
  const changes: UpdateTaskInput = {};
  if (next.title !== task.title) changes.title = next.title;
  if (next.detail !== (task.detail ?? '')) changes.detail = next.detail;
  if (next.ownerId !== task.owner.id) changes.ownerId = next.ownerId;
  if (next.coUnits.join('\n') !== task.coUnits.join('\n')) changes.coUnits = next.coUnits;
  // a deadline is a day: the same day picked again is no change, whatever hour the server keeps
  if (v.dueAt.format('YYYY-MM-DD') !== deploymentDay(task.dueAt)) changes.dueAt = next.dueAt;
  return changes;
}
