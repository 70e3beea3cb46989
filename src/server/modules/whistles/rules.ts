// The pure rules of 吹哨报到: where a whistle may be raised and by when, and how response times
// are counted — raised → first answer (报到), raised → closed — in hours, with the medians the
// list shows.
import { WHISTLE_PLACE_KINDS } from '../../../shared/access/whistles';
import type { PlaceKind, WhistleStatus } from '../../../shared/enums';
import type { FieldError } from '../../platform/errors';

const HOUR_MS = 3_600_000;

/** Hours from one instant to another, to one decimal. */
export const hoursBetween = (from: Date, to: Date) => roundHours(to.getTime() - from.getTime());
const roundHours = (ms: number) => Math.round(ms / (HOUR_MS / 10)) / 10;

/** Raised → the first answer (报到), in hours; null while nobody answered. */
export function firstResponseHours(raisedAt: Date, firstAnsweredAt: Date | null) {
  return firstAnsweredAt ? hoursBetween(raisedAt, firstAnsweredAt) : null;
}

/** Raised → closed, in hours; null unless closed. */
export function closeHours(w: { status: WhistleStatus; createdAt: Date; closedAt: Date | null }) {
  return w.status === 'closed' && w.closedAt ? hoursBetween(w.createdAt, w.closedAt) : null;
}

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export type StatsRow = { status: WhistleStatus; createdAt: Date; firstAnsweredAt: Date | null; closedAt: Date | null };

/**
 * The list's figures: how many whistles, how many open, answered at least once, closed; the
 * median hours to the first answer (over those answered) and to closing (over those closed).
 */
export function whistleStats(rows: readonly StatsRow[]) {
  const firsts = rows.flatMap((r) => (r.firstAnsweredAt ? [r.firstAnsweredAt.getTime() - r.createdAt.getTime()] : []));
  const closes = rows.flatMap((r) =>
    r.status === 'closed' && r.closedAt ? [r.closedAt.getTime() - r.createdAt.getTime()] : [],
  );
  const medianHours = (ms: number[]) => {
    const m = median(ms);
    return m === null ? null : roundHours(m);
  };
  return {
    total: rows.length,
    open: rows.filter((r) => r.status === 'open').length,
    answered: firsts.length,
    closed: closes.length,
    medianFirstResponseHours: medianHours(firsts),
    medianCloseHours: medianHours(closes),
  };
}

/** An open whistle past its due time (逾期未办结). */
export const isOverdue = (w: { status: WhistleStatus; dueAt: Date }, now: Date) =>
  w.status === 'open' && w.dueAt.getTime() < now.getTime();

/** Whistles are raised where people live and work: a township, subdistrict, village or community. */
export const isWhistlePlace = (kind: PlaceKind) => (WHISTLE_PLACE_KINDS as readonly PlaceKind[]).includes(kind);

/** What a whistle's input gets wrong that its schema cannot see: a due time not later than now. */
export function raiseIssues(input: { dueAt: Date }, now: Date): FieldError[] {
  return input.dueAt.getTime() <= now.getTime() ? [{ path: 'dueAt', key: 'not_in_past' }] : [];
}

/** When something was done: not in the future, and not before the whistle was raised. */
export function doneAtIssues(doneAt: Date, raisedAt: Date, now: Date): FieldError[] {
  if (doneAt.getTime() > now.getTime()) return [{ path: 'doneAt', key: 'not_in_future' }];
  if (doneAt.getTime() < raisedAt.getTime()) return [{ path: 'doneAt', key: 'invalid_value' }];
  return [];
}
