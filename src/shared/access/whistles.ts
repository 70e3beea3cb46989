// 吹哨报到: who may do what, and the status machine. One table for the server's policy and the
// console (zod-free, so the browser bundles can import it); the server's `abilities` stay the authority.
import type { PlaceKind, Role, WhistleStatus } from '../enums';

export type WhistlePermission = 'read' | 'call';

/**
 * Roles by place reach. The caller's side — a liaison or the CPPCC office of the place or above it —
 * raises a whistle, closes it with a rating or withdraws it (吹哨方); leaders read. Members and
 * departments answer (报到) where they were called or serve, and see only those whistles.
 */
export const WHISTLE_ROLES = {
  read: ['liaison', 'cppcc', 'leader'],
  call: ['liaison', 'cppcc'],
} as const satisfies Record<WhistlePermission, readonly Role[]>;

/** Who answers a whistle (报到). */
export const WHISTLE_RESPONDER_ROLES = ['member', 'department'] as const satisfies readonly Role[];

/** Who gets the 吹哨报到 menu. */
export const WHISTLE_MENU_ROLES = [
  ...WHISTLE_ROLES.read,
  ...WHISTLE_RESPONDER_ROLES,
] as const satisfies readonly Role[];

/** Where a whistle is raised: a township or subdistrict, a village or a community (基层吹哨). */
export const WHISTLE_PLACE_KINDS = [
  'township',
  'subdistrict',
  'village',
  'community',
] as const satisfies readonly PlaceKind[];

export type WhistleAction = 'close' | 'withdraw';

/** The status machine: open until the caller closes it (with a rating) or withdraws it. */
export const WHISTLE_TRANSITIONS = {
  close: { from: ['open'], to: 'closed' },
  withdraw: { from: ['open'], to: 'withdrawn' },
} as const satisfies Record<WhistleAction, { from: readonly WhistleStatus[]; to: WhistleStatus }>;

/** The status after `action`, or null when it is not allowed from `status`. */
export function nextWhistleStatus(action: WhistleAction, status: WhistleStatus): WhistleStatus | null {
  const t = WHISTLE_TRANSITIONS[action];
  return (t.from as readonly WhistleStatus[]).includes(status) ? t.to : null;
}

/** Answers (报到) and what was done are written while the whistle is open. */
export const isWhistleOpen = (status: WhistleStatus) => status === 'open';
