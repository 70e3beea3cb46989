// When notices go out by email (通知邮件): pure rules, tested without a database or a mail server.
import { shanghaiDate, shanghaiHour } from '../../platform/calendar';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const MAIL_RULES = {
  /** a notice older than this is never mailed late: by then it has been read, or it is history */
  maxAgeMs: 7 * DAY,
  /** a claimed notice is left to its sender this long; past it (a sender that died) it is tried again */
  leaseMs: 10 * MINUTE,
  /** the daily digest (每日摘要) goes out at this hour of the deployment's day (Asia/Shanghai) */
  digestHour: 8,
  /** notices a run claims, one mail each: a backlog is worked off over the next runs */
  batch: 50,
  /** notices the digest run claims, one mail a person */
  digestBatch: 1000,
} as const;

/** After the `attempt`-th failed send, wait 2, 4, 8 … minutes before the next, at most six hours. */
export const retryDelayMs = (attempt: number) => Math.min(2 ** Math.max(1, attempt) * MINUTE, 6 * 60 * MINUTE);

/** The oldest a notice may be and still be mailed at `now`. */
export const oldestMailable = (now: Date) => new Date(now.getTime() - MAIL_RULES.maxAgeMs);

/** A notice whose next try would come after it is too old to mail is given up (it stays in the console). */
export const isGivenUp = (createdAt: Date, retryAt: Date) =>
  retryAt.getTime() - createdAt.getTime() > MAIL_RULES.maxAgeMs;

/**
 * The latest digest time at or before `now` (08:00 in Asia/Shanghai): a digest lists the notices
 * filed before it, so each day's mail is sent once, whenever after 08:00 the job first runs.
 */
export function lastDigestTime(now: Date): Date {
  const today = shanghaiHour(shanghaiDate(now), MAIL_RULES.digestHour);
  return today <= now ? today : new Date(today.getTime() - DAY);
}

// nodemailer's codes for a refusal of this one mail (its recipient or content); any other failure
// (unreachable, timed out, TLS, sign-in) is the server's and stops the run, the rest wait for the next
const THIS_MAIL_REFUSED = new Set(['EENVELOPE', 'EMESSAGE']);

/** Did the server refuse only this mail (try the others now), or is it the server (stop the run)? */
export const isRefusalOfThisMail = (err: unknown) =>
  THIS_MAIL_REFUSED.has(String((err as { code?: unknown } | null)?.code ?? ''));
