import type { Me } from '../auth/types';

export const storageKey = (accountId: string) => `shangliang.inbox.${accountId}`;

/**
 * Where a bare /submissions starts: the person's last filters on this device, else — for a liaison,
 * whose work is sorting (分办) — the items waiting to be sorted (待分办); others see everything.
 */
export function inboxStart(me: Me, remembered: string | null): string {
  if (remembered !== null) return remembered; // '' is 全部, chosen and remembered
  return me.grants.some((g) => g.role === 'liaison') ? 'status=received' : '';
}
