import type { TaskEvent } from './types';

/** The words a step adds after its kind, from its parameters: the key under `tasks.eventDetails`. */
export type EventDetail =
  | { key: 'assigned'; owner: string }
  | { key: 'escalatedTo'; leader: string }
  | { key: 'milestoneDone' | 'milestoneUndone'; milestone: string }
  | { key: 'edited'; fields: string[] }
  | { key: 'dueMoved'; dueAt: string };

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * What the server put in a step's `data` (names and titles, never sentences), as words to render:
 * created { owner }, escalated { leader }, milestone_done { milestone, done: false when unticked },
 * edited { fields: 'title,dueAt', dueAt }, reopened { dueAt: the new deadline }. A step without them
 * shows its kind alone.
 */
export function eventDetail(e: Pick<TaskEvent, 'kind' | 'data'>): EventDetail | undefined {
  const d = e.data ?? {};
  switch (e.kind) {
    case 'created': {
      const owner = str(d.owner);
      return owner ? { key: 'assigned', owner } : undefined;
    }
    case 'escalated': {
      const leader = str(d.leader);
      return leader ? { key: 'escalatedTo', leader } : undefined;
    }
    case 'milestone_done': {
      const milestone = str(d.milestone);
      if (!milestone) return undefined;
      return { key: d.done === false ? 'milestoneUndone' : 'milestoneDone', milestone };
    }
    case 'edited': {
      const fields = (str(d.fields) ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      const dueAt = str(d.dueAt);
      if (fields.length === 1 && fields[0] === 'dueAt' && dueAt) return { key: 'dueMoved', dueAt };
      return fields.length > 0 ? { key: 'edited', fields } : undefined;
    }
    case 'reopened': {
      const dueAt = str(d.dueAt);
      return dueAt ? { key: 'dueMoved', dueAt } : undefined;
    }
    default:
      return undefined;
  }
}
