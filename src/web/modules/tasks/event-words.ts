import { TASK_EDIT_FIELDS, type TaskEditField } from '../../../shared/enums';
import type { TaskEvent } from './types';

/** The words a step adds after its kind, from its parameters: the key under `tasks.eventDetails`. */
export type EventDetail =
  | { key: 'assigned'; owner: string }
  | { key: 'escalatedTo'; leader: string }
  | { key: 'milestoneDone' | 'milestoneUndone'; milestone: string }
  | { key: 'edited'; fields: TaskEditField[]; changedTo: ChangedTo[] }
  | { key: 'dueMoved'; dueAt: string };

/** A field an edit set, with its new value: the deadline (an instant) or the owner's name. */
export type ChangedTo = { field: 'dueAt'; dueAt: string } | { field: 'ownerId'; owner: string };

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/** What an edit changed, in the form's order, with the new deadline and owner to name. */
function editedDetail(d: NonNullable<TaskEvent['data']>): EventDetail | undefined {
  const fields = TASK_EDIT_FIELDS.filter((f) => d.fields?.includes(f));
  if (fields.length === 0) return undefined;
  const dueAt = str(d.dueAt);
  const owner = str(d.owner);
  const changedTo: ChangedTo[] = [];
  if (dueAt && fields.includes('dueAt')) changedTo.push({ field: 'dueAt', dueAt });
  if (owner && fields.includes('ownerId')) changedTo.push({ field: 'ownerId', owner });
  // the deadline alone moved: say so, as a reopened task does
  if (fields.length === 1 && changedTo[0]?.field === 'dueAt') return { key: 'dueMoved', dueAt: changedTo[0].dueAt };
  return { key: 'edited', fields, changedTo };
}

/**
 * What the server put in a step's `data` (TaskEventData of the wire contract: names, titles and
 * instants, never sentences), as words to render. A step without them shows its kind alone.
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
    case 'edited':
      return editedDetail(d);
    case 'reopened': {
      const dueAt = str(d.dueAt);
      return dueAt ? { key: 'dueMoved', dueAt } : undefined;
    }
    default:
      return undefined;
  }
}
