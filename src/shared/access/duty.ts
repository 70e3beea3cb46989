// The duty ledger (履职量化考核): who may do what, and where each ledger line opens its record. One
// table for the server's policy and the console (zod-free, so the browser bundles can import it);
// the server's `abilities` stay the authority.
import type { DutyKind, Role } from '../enums';

export type DutyPermission = 'read' | 'rules' | 'review';

/**
 * Roles by place reach over the member's home place (or the region ranked). The CPPCC office sets
 * the scoring rules and closes a year; it and the liaisons approve manual entries; leaders read.
 * A member reads their own ledger only, and asks for their own manual entries.
 */
export const DUTY_ROLES = {
  read: ['cppcc', 'liaison', 'leader'],
  rules: ['cppcc'],
  review: ['cppcc', 'liaison'],
} as const satisfies Record<DutyPermission, readonly Role[]>;

/** Kinds that cost points (扣分): absences. Their rule's `points` is what one absence deducts. */
export const DUTY_DEDUCTIONS = ['consultation_absent', 'reception_absent'] as const satisfies readonly DutyKind[];
export const isDeduction = (kind: DutyKind) => (DUTY_DEDUCTIONS as readonly DutyKind[]).includes(kind);

/** The records a ledger line stands on. */
export const DUTY_RECORD_TYPES = [
  'consultation',
  'topic',
  'submission',
  'contact_log',
  'reception',
  'whistle',
  'writing',
  'training',
  'duty_entry',
] as const;
export type DutyRecordType = (typeof DUTY_RECORD_TYPES)[number];

/** Where a record opens in the console. A contact log opens its fixed contact (or the contacts list). */
export function dutyRecordPath(type: DutyRecordType, id: string, contactId?: string | null): string {
  switch (type) {
    case 'contact_log':
      return contactId ? `/contacts/${contactId}` : '/contacts';
    case 'reception':
      return `/receptions/${id}`;
    case 'writing':
      return `/writings/${id}`;
    case 'duty_entry':
      return `/duty/entries/${id}`;
    default:
      return `/${type}s/${id}`;
  }
}

/** The ledger's kinds gathered into the columns of a ranking (the full kinds are in the ledger). */
export const DUTY_KIND_GROUPS = {
  deliberation: ['consultation_attended', 'opinion_given', 'consultation_absent', 'topic_recommended'],
  people: ['submission_entered', 'contact_logged', 'reception_held', 'reception_absent'],
  whistle: ['whistle_answered'],
  writing: ['public_opinion_written', 'public_opinion_adopted', 'proposal_written'],
  training: ['training_attended'],
  manual: ['manual'],
} as const satisfies Record<string, readonly DutyKind[]>;
export type DutyKindGroup = keyof typeof DUTY_KIND_GROUPS;
