// Who may do what with consultations (协商议事): one table for the server's policy and the
// console. zod-free, so the browser bundles can import it; the server's
// `abilities` stay the authority.
import type { Role } from '../enums';

export type ConsultationPermission = 'read' | 'manage';

/**
 * Roles by place reach: liaisons and the CPPCC office schedule, invite, record and conclude
 * (组织协商); leaders and members read. Invitees with accounts see the consultations they are
 * invited to wherever they are.
 */
export const CONSULTATION_ROLES = {
  read: ['leader', 'liaison', 'member', 'cppcc'],
  manage: ['liaison', 'cppcc'],
} as const satisfies Record<ConsultationPermission, readonly Role[]>;
