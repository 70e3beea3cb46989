// Lines the follow-through documents (督办单, 落实情况报告) write about a task: its status and flag
// in words, and the steps of its timeline (催办, 督办, 批示, progress) as dated entries.
import { asc, inArray } from 'drizzle-orm';
import type { TaskEventData } from '../../../shared/api/tasks';
import type { Locale, TaskEventKind, TaskStatus } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { taskEvents } from '../../platform/db/schema';
import { gongwenDateTime } from '../../platform/docx/gongwen';
import { TASK_DOC_WORDS } from './document-words';
import { type FlagInput, isOpen, taskFlag } from './rules';

const DAY_MS = 86_400_000;

/** Steps that report how the work goes (办理情况): the owner's reports, and the liaison's verdict on them. */
export const PROGRESS_KINDS = [
  'progress',
  'done',
  'cannot',
  'carried_over',
  'returned',
  'accepted',
  'reopened',
] as const satisfies readonly TaskEventKind[];

export type DocEvent = {
  taskId: string;
  at: Date;
  kind: TaskEventKind;
  actor: string | null;
  note: string | null;
  data: TaskEventData | null;
};

/** The timelines of these tasks, oldest step first. */
export async function eventsOfTasks(db: DbOrTx, taskIds: string[]): Promise<DocEvent[]> {
  if (taskIds.length === 0) return [];
  return db
    .select({
      taskId: taskEvents.taskId,
      at: taskEvents.at,
      kind: taskEvents.kind,
      actor: taskEvents.actorName,
      note: taskEvents.note,
      data: taskEvents.data,
    })
    .from(taskEvents)
    .where(inArray(taskEvents.taskId, taskIds))
    .orderBy(asc(taskEvents.at), asc(taskEvents.id));
}

/** A step as a dated line: "2026年3月10日 09:00 liaison 王芳（催办）：请于本周内报告进展". */
export function entryLine(e: DocEvent, locale: Locale): string {
  const w = TASK_DOC_WORDS[locale];
  const what =
    e.kind === 'escalated' && typeof e.data?.leader === 'string' ? w.escalatedTo(e.data.leader) : w.events[e.kind];
  return w.entry(gongwenDateTime(e.at, locale), e.actor ?? w.someone, what, e.note);
}

/** Numbered lines of the steps of these kinds, or "无" when there are none. */
export function numberedEntries(events: DocEvent[], kinds: readonly TaskEventKind[], locale: Locale): string[] {
  const chosen = events.filter((e) => kinds.includes(e.kind));
  if (chosen.length === 0) return [TASK_DOC_WORDS[locale].none];
  return chosen.map((e, i) => `${i + 1}. ${entryLine(e, locale)}`);
}

/** The status in words, with the reason the unit gave for cannot or carried over. */
export function statusText(t: { status: TaskStatus; statusReason: string | null }, locale: Locale): string {
  const w = TASK_DOC_WORDS[locale];
  return t.statusReason ? w.withReason(w.statuses[t.status], t.statusReason) : w.statuses[t.status];
}

/**
 * The supervision board's flag in words with its reasons and their numbers, as the board shows it:
 * "红灯：逾期3天、催办待回复（2次）". Null once the task is no longer open: flags are for open tasks.
 */
export function flagText(t: FlagInput & { urgeCount: number }, now: Date, locale: Locale): string | null {
  if (!isOpen(t.status)) return null;
  const w = TASK_DOC_WORDS[locale];
  const { flag, reasons } = taskFlag(t, now);
  const since = (t.lastProgressAt ?? t.createdAt).getTime();
  const words = reasons.map((r) => {
    switch (r) {
      case 'overdue':
        return w.reasons.overdue(Math.max(1, Math.ceil((now.getTime() - t.dueAt.getTime()) / DAY_MS)));
      case 'due_soon':
        return w.reasons.dueSoon(Math.max(1, Math.ceil((t.dueAt.getTime() - now.getTime()) / DAY_MS)));
      case 'stalled':
        return w.reasons.stalled(Math.floor((now.getTime() - since) / DAY_MS));
      case 'urged':
        return w.reasons.awaitsAnswer(t.urgeCount);
      default:
        return w.reasons.escalated;
    }
  });
  return w.flagLine(w.flags[flag], words.length > 0 ? words : [w.onTrack]);
}
