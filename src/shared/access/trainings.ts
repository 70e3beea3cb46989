// Training (专题培训, 以会代训): who may do what. One table for the server's policy and the console
// (zod-free, so the browser bundles can import it); the server's `abilities` stay the authority.
import type { Role } from '../enums';

export type TrainingPermission = 'read' | 'manage';

/**
 * Roles by place reach. The CPPCC office (and a liaison of the place or above it) keeps training
 * sessions: creates them, uploads materials, invites members and ticks attendance; leaders read.
 * Members see the sessions of their places (a district's session is for every member in it) and
 * those they were invited to or attended, and sign in by the QR code.
 */
export const TRAINING_ROLES = {
  read: ['cppcc', 'liaison', 'leader'],
  manage: ['cppcc', 'liaison'],
} as const satisfies Record<TrainingPermission, readonly Role[]>;

/** Who gets the 专题培训 menu. */
export const TRAINING_MENU_ROLES = [...TRAINING_ROLES.read, 'member'] as const satisfies readonly Role[];

/** Where a training session stands, from its times: 未开始, 签到中 (the QR window), 已结束; or 已取消. */
export const TRAINING_STATES = ['upcoming', 'open', 'ended', 'cancelled'] as const;
export type TrainingState = (typeof TRAINING_STATES)[number];

/** Sign-in opens this long before the start. */
export const CHECK_IN_EARLY_HOURS = 2;
