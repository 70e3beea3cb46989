import type { EmailNoticeChoice } from '../../../shared/enums';
import { depthOf } from '../../platform/db/place-path';
import { isCommonPassword } from './common-passwords';

/** The demo accounts' password, published in the README: only the demo seed may set it. */
export const DEMO_PASSWORD = 'shangliang2026';

export type PasswordProblem = 'password_too_short' | 'password_letters_digits' | 'password_demo' | 'password_common';

/**
 * The first password rule `p` breaks, or undefined when it keeps them all: at least 10
 * characters, letters and digits, not the published demo password, not a common password.
 */
export function passwordProblem(p: string): PasswordProblem | undefined {
  if (p.length < 10) return 'password_too_short';
  if (!/[A-Za-z]/.test(p) || !/\d/.test(p)) return 'password_letters_digits';
  if (p.toLowerCase() === DEMO_PASSWORD) return 'password_demo';
  if (isCommonPassword(p)) return 'password_common';
  return undefined;
}

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
 * checked. Past three at a username (from anywhere) each attempt must answer an image challenge;
 * five wrong ones at a username from one address lock that address out of the account; an address
 * is refused after thirty. Someone elsewhere can make the owner answer a challenge, never lock them out.
 */
export const SIGN_IN_LIMITS = {
  user: 3, // attempts at one username from any address, then each needs the image challenge …
  pair: 5, // … attempts at one username from one address, then 423 account_locked for that address …
  ip: 30, // … and from one address at any username, then 429 too_many_attempts
  windowMinutes: 15, // a window restarts when it reaches its limit, so a lock lasts this long
} as const;

export type ThrottleKind = keyof Omit<typeof SIGN_IN_LIMITS, 'windowMinutes'>;
/** A key's attempts in its current window, as counted in sign_in_throttle. */
export type ThrottleState = { failures: number; windowStartedAt: Date };

/** The key of a username's count from any address. */
export const userKey = (username: string) => `user:${username.toLowerCase()}`;

/** The keys one attempt counts under; usernames case-insensitively (an address has no space). */
export const throttleKeys = (username: string, ip: string) =>
  ({
    user: userKey(username),
    pair: `pair:${username.toLowerCase()} ${ip}`,
    ip: `ip:${ip}`,
  }) satisfies Record<ThrottleKind, string>;

/** The attempt that brought the count to `count` is refused without checking the password. */
export const isOverLimit = (kind: ThrottleKind, count: number) => count > SIGN_IN_LIMITS[kind];

/** A failed attempt that brought the count to exactly the limit: the lock starts now. */
export const reachedLimit = (kind: ThrottleKind, count: number) => count === SIGN_IN_LIMITS[kind];

/** Past the username's limit, an attempt must answer the image challenge to be checked. */
export const needsChallenge = (userCount: number) => isOverLimit('user', userCount);

/** Minutes a key at its limit must still wait (rounded up), or 0 when it may try. */
export function minutesLeft(kind: ThrottleKind, s: ThrottleState | undefined, now: Date) {
  if (!s || s.failures < SIGN_IN_LIMITS[kind]) return 0;
  const endsAt = s.windowStartedAt.getTime() + SIGN_IN_LIMITS.windowMinutes * 60_000;
  return Math.max(0, Math.ceil((endsAt - now.getTime()) / 60_000));
}

/** An account is locked (from some address) while a lock that started at `lockedAt` lasts. */
export const isLocked = (lockedAt: Date | null | undefined, now: Date) =>
  Boolean(lockedAt) &&
  minutesLeft('pair', { failures: SIGN_IN_LIMITS.pair, windowStartedAt: lockedAt as Date }, now) > 0;

type MailSettings = { email: string | null; emailNotices: EmailNoticeChoice };

/**
 * From when a person's notices go out by email: from the moment an address is set or changed or
 * mail is turned back on — a new address never receives a flood of the notices from before it;
 * any other change keeps the start it had.
 */
export function mailStartAfter(
  before: MailSettings & { emailNoticesSince: Date | null },
  after: MailSettings,
  now: Date,
): Date | null {
  const isMailed = after.email !== null && after.emailNotices !== 'off';
  const isNew = after.email !== before.email || before.emailNotices === 'off' || before.email === null;
  return isMailed && isNew ? now : before.emailNoticesSince;
}
