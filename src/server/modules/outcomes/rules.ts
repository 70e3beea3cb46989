import type { OutcomeStatus, PlaceKind } from '../../../shared/enums';
import { docNumber } from '../../platform/docx/doc-number';

/**
 * What happens to an outcome (协商成果): a draft is edited, then sent (报送); recipients reply
 * (答复) and leaders instruct (批示). `reply` is a reply while others are still open, `last_reply`
 * the one that completes them. Sending to more people later reopens an answered outcome.
 * Carrying out (落实): the first task starts it (start_tasks, once sent), every task accepted
 * carries it out (all_accepted), and a task opened again (回头看) takes it back (reopen).
 */
export type OutcomeEvent =
  | 'edit'
  | 'send'
  | 'reply'
  | 'last_reply'
  | 'instruct'
  | 'start_tasks'
  | 'all_accepted'
  | 'reopen';

/** The state machine: the status each event leads to. Not listed → 409. */
export const OUTCOME_TRANSITIONS = {
  draft: { edit: 'draft', send: 'sent' },
  sent: { send: 'sent', reply: 'sent', last_reply: 'answered', instruct: 'sent', start_tasks: 'carrying_out' },
  answered: {
    send: 'sent',
    reply: 'answered',
    last_reply: 'answered',
    instruct: 'answered',
    start_tasks: 'carrying_out',
  },
  carrying_out: {
    reply: 'carrying_out',
    last_reply: 'carrying_out',
    instruct: 'carrying_out',
    start_tasks: 'carrying_out',
    all_accepted: 'carried_out',
  },
  carried_out: { instruct: 'carried_out', start_tasks: 'carrying_out', reopen: 'carrying_out' },
} as const satisfies Record<OutcomeStatus, Partial<Record<OutcomeEvent, OutcomeStatus>>>;

/** Where `event` leads from `status`, or null when the status does not allow it. */
export function nextOutcomeStatus(status: OutcomeStatus, event: OutcomeEvent): OutcomeStatus | null {
  const row: Partial<Record<OutcomeEvent, OutcomeStatus>> = OUTCOME_TRANSITIONS[status];
  return row[event] ?? null;
}

/** 回头看: a carried-out outcome is revisited this many months later (unless set otherwise). */
export const REVIEW_MONTHS = 3;

/** The revisit date of an outcome carried out at `at`: the same day REVIEW_MONTHS later (the month's last day at most). */
export function reviewDueFrom(at: Date): Date {
  const due = new Date(at);
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_MONTHS);
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due;
}

/** 发文字号: "东湖协〔2026〕7号", from the place and the outcome's code. */
export const docNumberOf = (placeName: string, code: string) => docNumber(placeName, code, '协');

/**
 * How a leader recipient is addressed (主送): a leader stands for the place's party committee and
 * government together (党委政府), named as documents name them at each level.
 */
export function leaderAddressee(placeName: string, kind: PlaceKind): string {
  const level = placeName.slice(-1);
  switch (kind) {
    case 'district':
      return /[区县市]$/.test(placeName) ? `${placeName}委、${level}政府` : `${placeName}党委、政府`;
    case 'township':
      return `${placeName}党委、${/[镇乡]$/.test(placeName) ? level : ''}政府`;
    case 'subdistrict':
      return `${placeName}党工委、办事处`;
    case 'village':
      return `${placeName}党支部、村委会`;
    case 'community':
      return `${placeName}党委、居委会`;
    default:
      return placeName;
  }
}

export type AddresseeOf = {
  role: 'leader' | 'department';
  displayName: string; // a department account is named for its office (区医保局)
  placeName: string;
  placeKind: PlaceKind;
};

/** 主送机关: each recipient once, leaders (as their place's 党委政府) before departments (by name). */
export function addresseeOf(recipients: AddresseeOf[]): string | undefined {
  const ordered = [...recipients.filter((r) => r.role === 'leader'), ...recipients.filter((r) => r.role !== 'leader')];
  const names = ordered.map((r) => (r.role === 'leader' ? leaderAddressee(r.placeName, r.placeKind) : r.displayName));
  const unique = [...new Set(names)];
  return unique.length > 0 ? unique.join('、') : undefined;
}
