import { LEVEL_KINDS, type LevelAction } from '../../../shared/access/submissions';
import type { SubmissionActionInput, SubmissionActionName } from './types';

/** The staff actions in the order the action bar shows them: sorting (分办) first, then handling. */
export const STAFF_ACTIONS = [
  'to_grid',
  'to_community',
  'to_township',
  'to_department',
  'merge',
  'decline',
  'reply',
  'solve',
] as const satisfies readonly SubmissionActionName[];

export const isStaffAction = (a: string): a is SubmissionActionName => (STAFF_ACTIONS as readonly string[]).includes(a);

export const isLevelAction = (a: SubmissionActionName): a is LevelAction => a in LEVEL_KINDS;

/** What an action's dialog collects; each action reads the fields it has. */
export type ActionValues = {
  note?: string;
  placeId?: string;
  departmentId?: string;
  targetId?: string;
  reason?: string;
  isPublic?: boolean;
};

const text = (v: string | undefined) => v?.trim() || undefined;

/** The request body for `action` from its dialog's values (required fields are checked by the form). */
export function toActionInput(action: SubmissionActionName, v: ActionValues): SubmissionActionInput {
  const note = text(v.note);
  switch (action) {
    case 'to_grid':
    case 'to_community':
    case 'to_township':
      return { action, note, placeId: v.placeId };
    case 'to_department':
      return { action, note, departmentId: v.departmentId ?? '' };
    case 'merge':
      return { action, note, targetId: v.targetId ?? '' };
    case 'decline':
      return { action, reason: text(v.reason) ?? '' };
    case 'reply':
      return { action, note: note ?? '', isPublic: v.isPublic ?? true };
    case 'solve':
      return { action, note };
  }
}
