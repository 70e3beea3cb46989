import { depthOf } from '../../platform/db/place-path';

/** Password rule: at least 10 characters with letters and digits. */
export const isStrongPassword = (p: string) => p.length >= 10 && /[A-Za-z]/.test(p) && /\d/.test(p);

/** A top-level place (the district at the top of the tree) has a path of one id. */
export const isTopLevelPath = (path: string) => depthOf(path) === 1;

/**
 * A top-level place keeps at least one active admin: taking away this grant — revoking it or
 * disabling its active holder — is refused when its holder is the only active admin there.
 */
export const isLastTopAdmin = (g: { role: string; placePath: string }, activeAdminsThere: number) =>
  g.role === 'admin' && isTopLevelPath(g.placePath) && activeAdminsThere <= 1;

/**
 * Sign-in throttling: attempts are counted per key within a window, before the password is
 * checked. A username (known or not) locks after five; an address is refused after thirty.
 */
export const SIGN_IN_LIMITS = {
  user: 5, // attempts at one username, then 423 account_locked …
  ip: 30, // … and from one address, then 429 too_many_attempts
  windowMinutes: 15, // a window restarts when it reaches its limit, so a lock lasts this long
} as const;

export type ThrottleKind = keyof Omit<typeof SIGN_IN_LIMITS, 'windowMinutes'>;
/** A key's attempts in its current window, as counted in sign_in_throttle. */
export type ThrottleState = { failures: number; windowStartedAt: Date };

export const throttleKey = (kind: ThrottleKind, value: string) =>
  kind === 'user' ? `user:${value.toLowerCase()}` : `ip:${value}`;

/** The attempt that brought the count to `count` is refused without checking the password. */
export const isOverLimit = (kind: ThrottleKind, count: number) => count > SIGN_IN_LIMITS[kind];

/** A failed attempt that brought the count to exactly the limit: the lock starts now. */
export const reachedLimit = (kind: ThrottleKind, count: number) => count === SIGN_IN_LIMITS[kind];

/** Minutes a key at its limit must still wait (rounded up), or 0 when it may try. */
export function minutesLeft(kind: ThrottleKind, s: ThrottleState | undefined, now: Date) {
  if (!s || s.failures < SIGN_IN_LIMITS[kind]) return 0;
  const endsAt = s.windowStartedAt.getTime() + SIGN_IN_LIMITS.windowMinutes * 60_000;
  return Math.max(0, Math.ceil((endsAt - now.getTime()) / 60_000));
}

/** An account is locked while its username's key waits. */
export const isLocked = (s: ThrottleState | undefined, now: Date) => minutesLeft('user', s, now) > 0;
