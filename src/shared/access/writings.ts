// Members' own writings (社情民意信息, 提案): who may do what, one table for the server's policy and
// the console (zod-free, so the browser bundles can import it); the server's `abilities` stay the
// authority.
import type { Role } from '../enums';

export type WritingPermission = 'read' | 'review';

/**
 * Roles by place reach over the writing's place (the author's home place). The CPPCC office
 * (政协机关) reviews: edits, returns, adopts (采用), declines and forwards (报送); leaders and
 * liaisons read. A draft is its author's alone until it is submitted. The author writes and
 * submits their own; a leader or department it was forwarded to reads it, wherever they are.
 */
export const WRITING_ROLES = {
  read: ['cppcc', 'leader', 'liaison'],
  review: ['cppcc'],
} as const satisfies Record<WritingPermission, readonly Role[]>;

/** Who writes: an account holding the member role (委员). */
export const WRITER_ROLES = ['member'] as const satisfies readonly Role[];

/** Who a writing may be forwarded to (报送): leaders and departments at its place or above it. */
export const WRITING_RECIPIENT_ROLES = ['leader', 'department'] as const satisfies readonly Role[];

/** Who gets the 社情民意与提案 menu: writers, the office, readers in reach, and departments for what reached them. */
export const WRITING_MENU_ROLES = [
  'member',
  'cppcc',
  'liaison',
  'leader',
  'department',
] as const satisfies readonly Role[];

/** The years a writing's list may be filtered by. */
export const WRITING_YEARS = { min: 2000, max: 2100 } as const;

/** The boxes of the list: everything one can see, one's own (我写的), what was forwarded to one (收到的). */
export const WRITING_BOXES = ['all', 'mine', 'received'] as const;
export type WritingBox = (typeof WRITING_BOXES)[number];

/** What may be done to a writing, in the order the detail page offers them (the first is primary). */
export const WRITING_ACTIONS = ['submit', 'adopt', 'forward', 'return', 'decline', 'edit', 'revise'] as const;
export type WritingAction = (typeof WRITING_ACTIONS)[number];
