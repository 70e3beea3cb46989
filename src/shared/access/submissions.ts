// Who may do what to submissions (诉求), by role at a place and everything beneath it. The server's
// policy enforces it and answers `abilities`; the console reads it only to show or hide its menus.
import type { PlaceKind, Role } from '../enums';

export type SubmissionPermission = 'read' | 'record' | 'sort' | 'handle' | 'reveal_phone';

/**
 * Roles by place reach. Sorting (分办) is the liaison's; members record walk-ins from reception
 * days and patrols; leaders, members and the CPPCC office read.
 */
export const SUBMISSION_ROLES = {
  read: ['leader', 'liaison', 'member', 'cppcc'],
  record: ['liaison', 'member'],
  sort: ['liaison'],
  handle: ['liaison'], // reply, mark solved
  reveal_phone: ['liaison'], // PIPL: only those handling the item see the number
} as const satisfies Record<SubmissionPermission, readonly Role[]>;

/** A department sees, handles and replies to only what was forwarded to it, wherever it is. */
export const DEPARTMENT_MAY: readonly SubmissionPermission[] = ['read', 'handle', 'reveal_phone'];

export type LevelAction = 'to_grid' | 'to_community' | 'to_township';

/** The kinds of place each level sends an item to (分办 by level). */
export const LEVEL_KINDS = {
  to_grid: ['grid', 'village', 'community'],
  to_community: ['village', 'community'],
  to_township: ['township', 'subdistrict'],
} as const satisfies Record<LevelAction, readonly PlaceKind[]>;
