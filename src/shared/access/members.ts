// Who may do what with the roster (委员名册): one table for the server's policy and the console.
// zod-free, so the browser bundles can import it; the server's `abilities` stay the authority.
import type { Role } from '../enums';

export type MemberPermission = 'read' | 'manage';

/**
 * Roles by place reach over a member's home place (or a place they serve, for reading): the CPPCC
 * office keeps the roster (adds, edits, archives, assigns, sees phone numbers); liaisons and leaders
 * read it. A member reads their own profile.
 */
export const MEMBER_ROLES = {
  read: ['cppcc', 'liaison', 'leader'],
  manage: ['cppcc'],
} as const satisfies Record<MemberPermission, readonly Role[]>;
