// The rules of fixed contacts (联系群众): when a contact is due a visit, and how a problem raised
// in touch reaches the submissions (its channel).
import type { ContactLogKind, SubmissionChannel } from '../../../shared/enums';

const DAY_MS = 86_400_000;

/** The channel a problem raised in touch is filed under: met in person 来访, by phone or online 电话. */
export const CHANNEL_OF_LOG = {
  visit: 'walk_in',
  meeting: 'walk_in',
  call: 'phone_call',
  online: 'phone_call', // a WeChat message or video call reaches the member as a call would
} as const satisfies Record<ContactLogKind, Exclude<SubmissionChannel, 'qr'>>;

/**
 * When the next visit falls due: the last time in touch plus the contact's cadence; none when the
 * member was never in touch (due now). The list's SQL filter (queries.ts isDueSql) says the same.
 */
export const nextVisitAt = (lastContactAt: Date | null, visitEveryDays: number) =>
  lastContactAt ? new Date(lastContactAt.getTime() + visitEveryDays * DAY_MS) : null;

/** Due a visit: never in touch, or the last time is older than the cadence. */
export const isDue = (lastContactAt: Date | null, visitEveryDays: number, now: Date) => {
  const next = nextVisitAt(lastContactAt, visitEveryDays);
  return next === null || next <= now;
};

/** A log entry may not be dated later than now (a minute's grace for the phone's clock). */
export const isInFuture = (happenedAt: Date, now: Date) => happenedAt.getTime() > now.getTime() + 60_000;
