import { HANDLING_STATUSES, type HandlingAction, type HandlingStatus } from '../../../shared/access/proposals';
import type { Satisfaction } from '../../../shared/enums';
import type { ErrorCode } from '../../../shared/error-messages';
import { deploymentOffsetAt, instantOfWallClock } from '../../../shared/time-zone';

/** What a handling's status is read from: its reply, its meeting and its rating. */
export type HandlingState = {
  repliedAt: Date | null;
  metAt: Date | null;
  satisfaction: Satisfaction | null;
  rehandleCount: number;
};

/** The status a handling is in; the columns say it, so no status is stored beside them. */
export function handlingStatusOf(h: Omit<HandlingState, 'rehandleCount'>): HandlingStatus {
  if (h.satisfaction) return 'rated';
  if (h.metAt) return 'met';
  if (h.repliedAt) return 'replied';
  return 'assigned';
}

/**
 * The state machine: 交办 → 答复 → 见面 → 满意度; an unsatisfied rating (不满意) takes it back to the
 * start once (重新办理: the reply, the meeting and the rating are asked again). Not listed → 409.
 */
export const HANDLING_TRANSITIONS = {
  assigned: { reply: 'replied' },
  replied: { meet: 'met' },
  met: { rate: 'rated' },
  rated: { rehandle: 'assigned' },
} as const satisfies Record<HandlingStatus, Partial<Record<HandlingAction, HandlingStatus>>>;

/** One re-handling: a second 不满意 is final. */
export const MAX_REHANDLES = 1;

/** 满意 and 基本满意 count as satisfied in the satisfaction rate. */
export const SATISFIED: readonly Satisfaction[] = ['satisfied', 'basically_satisfied'];

/** Where `action` leads from the handling's state, or null when its status does not allow it. */
export function nextHandlingStatus(h: HandlingState, action: HandlingAction): HandlingStatus | null {
  const status = handlingStatusOf(h);
  const row: Partial<Record<HandlingAction, HandlingStatus>> = HANDLING_TRANSITIONS[status];
  const next = row[action] ?? null;
  if (action === 'rehandle' && (h.satisfaction !== 'unsatisfied' || h.rehandleCount >= MAX_REHANDLES)) return null;
  return next;
}

// the status each step is taken from
const FROM = { reply: 'assigned', meet: 'replied', rate: 'met', rehandle: 'rated' } as const satisfies Record<
  HandlingAction,
  HandlingStatus
>;

/** Why the handling's status refuses `action` (the 409's code), or null when it allows it. */
export function refusalOf(h: HandlingState, action: HandlingAction): ErrorCode | null {
  if (nextHandlingStatus(h, action)) return null;
  if (action === 'rehandle')
    return h.satisfaction === 'unsatisfied' ? 'handling_rehandle_used' : 'handling_not_unsatisfied';
  const early = HANDLING_STATUSES.indexOf(handlingStatusOf(h)) < HANDLING_STATUSES.indexOf(FROM[action]);
  if (!early) return 'handling_step_done';
  return action === 'meet' ? 'handling_not_replied' : 'handling_not_met';
}

/** The year an instant falls in, in the deployment's zone: the year a handling counts in by default. */
export const shanghaiYear = (at: Date) => new Date(at.getTime() + deploymentOffsetAt(at.getTime())).getUTCFullYear();

/**
 * A due date `months` calendar months on (办理期限, three by default), on the same clock time; a day
 * the later month lacks becomes its last day (30 November → 28 or 29 February).
 */
export function monthsLater(at: Date, months = 3): Date {
  const local = new Date(at.getTime() + deploymentOffsetAt(at.getTime()));
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + months);
  const last = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, last));
  return new Date(instantOfWallClock(local.getTime()));
}
