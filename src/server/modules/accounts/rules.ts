/** Password rule: at least 10 characters with letters and digits. */
export const isStrongPassword = (p: string) => p.length >= 10 && /[A-Za-z]/.test(p) && /\d/.test(p);

/** Sign-in throttling (per account, then per source address). */
export const SIGN_IN_LIMITS = {
  accountFailures: 5, // then the account is locked …
  accountLockMinutes: 15, // … for this long
  ipFailures: 30, // failures from one address within the window, then 429
  ipWindowMinutes: 15,
} as const;

export type ThrottleState = { failures: number; windowStartedAt: Date };

/** Minutes a key (an address, an unknown username) must still wait after `limit` failures, or 0. */
export function ipWaitMinutes(s: ThrottleState | undefined, now: Date, limit: number = SIGN_IN_LIMITS.ipFailures) {
  if (!s || s.failures < limit) return 0;
  const endsAt = s.windowStartedAt.getTime() + SIGN_IN_LIMITS.ipWindowMinutes * 60_000;
  return Math.max(0, Math.ceil((endsAt - now.getTime()) / 60_000));
}

/** Minutes an account stays locked, or 0. */
export const lockMinutesLeft = (lockedUntil: Date | null, now: Date) =>
  lockedUntil && lockedUntil > now ? Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000) : 0;
