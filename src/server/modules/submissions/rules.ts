import type { SubmissionAction, SubmissionEventKind, SubmissionStatus } from '../../../shared/enums';
import { TRACK_ALPHABET, TRACK_LENGTH } from '../../../shared/tracking-code';

export type { SubmissionAction };

const SORTING = ['to_grid', 'to_community', 'to_township', 'to_department', 'merge', 'decline'] as const;
type Sorting = (typeof SORTING)[number];
/** Open work can be sorted again to another level (not to its own), handled, replied to. */
const openAt = (own: Sorting) => [...SORTING.filter((a) => a !== own), 'reply', 'solve'] as const;

/** The state machine: which actions each status allows. Not listed → 409. */
export const ALLOWED_ACTIONS = {
  received: [...SORTING, 'reply', 'solve'],
  grid: openAt('to_grid'),
  community: openAt('to_community'),
  township: openAt('to_township'),
  department: openAt('to_department'),
  solved: ['reply', 'reopen'],
  merged: [],
  declined: ['reply'],
} as const satisfies Record<SubmissionStatus, readonly SubmissionAction[]>;

/** Where each action leads; `reply` keeps the status. */
export const NEXT_STATUS = {
  to_grid: 'grid',
  to_community: 'community',
  to_township: 'township',
  to_department: 'department',
  merge: 'merged',
  decline: 'declined',
  reply: null,
  solve: 'solved',
  reopen: 'received',
} as const satisfies Record<SubmissionAction, SubmissionStatus | null>;

export const isAllowed = (status: SubmissionStatus, action: SubmissionAction) =>
  (ALLOWED_ACTIONS[status] as readonly SubmissionAction[]).includes(action);

export const MAX_REOPENS = 1;

/** Statuses in which a deadline runs: the days each level has, unless configured otherwise. */
export const DEFAULT_DEADLINE_DAYS = {
  received: 2, // to be sorted
  grid: 3,
  community: 7,
  township: 15,
  department: 15,
} as const satisfies Partial<Record<SubmissionStatus, number>>;
export type DeadlineDays = Record<keyof typeof DEFAULT_DEADLINE_DAYS, number>;

export function dueAtFor(status: SubmissionStatus, from: Date, days: DeadlineDays): Date | null {
  const d = (days as Partial<Record<SubmissionStatus, number>>)[status];
  return d === undefined ? null : new Date(from.getTime() + d * 86_400_000);
}

/** Past its deadline — unless its clock is stopped (its topic is being deliberated, 议题审议中). */
export const isOverdue = (dueAt: Date | null, now: Date, clockStoppedAt: Date | null = null) =>
  clockStoppedAt === null && dueAt !== null && dueAt < now;

/**
 * The deadline once a stopped clock runs again: moved on by the time it stood still, so the level
 * keeps the days it had left when its topic took the submission up.
 */
export function restartedDueAt(dueAt: Date | null, clockStoppedAt: Date | null, now: Date): Date | null {
  if (dueAt === null || clockStoppedAt === null) return dueAt;
  return new Date(dueAt.getTime() + Math.max(0, now.getTime() - clockStoppedAt.getTime()));
}

/**
 * The words a timeline step carries for the reader's language to put in a sentence (kind +
 * params). Only these leave the server: the rest of an event's data (places, departments) stays inside.
 */
const EVENT_PARAMS = {
  topic: ['code', 'title'],
  topic_unlinked: ['code', 'title', 'reason'],
  outcome_carried_out: ['outcomeCode', 'outcomeTitle'],
} as const satisfies Partial<Record<SubmissionEventKind, readonly string[]>>;

export function eventParams(kind: SubmissionEventKind, data: unknown): Record<string, string> | null {
  const names = (EVENT_PARAMS as Partial<Record<SubmissionEventKind, readonly string[]>>)[kind];
  if (!names || typeof data !== 'object' || data === null) return null;
  const source = data as Record<string, unknown>;
  return Object.fromEntries(names.map((n) => [n, typeof source[n] === 'string' ? source[n] : '']));
}

/** 138****5678: the first three and last four digits of a mainland mobile number. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

export { MOBILE_RE } from '../../../shared/phone';

/** Readable, unguessable tracking codes: 12 characters of a 31-letter alphabet ≈ 59 bits. */
export function trackingCode(random: (n: number) => Uint8Array) {
  // rejection sampling keeps every letter equally likely
  const out: string[] = [];
  while (out.length < TRACK_LENGTH) {
    for (const b of random(16)) {
      if (b < 248 && out.length < TRACK_LENGTH) out.push(TRACK_ALPHABET[b % TRACK_ALPHABET.length] as string);
    }
  }
  return out.join('');
}
