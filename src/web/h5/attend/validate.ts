import type { MessageKey, Translate } from '../i18n';
import { ATTEND_KINDS, type AttendKind, type AttendRequest } from './types';

export const NAME_MAX = 30; // as the server checks (consultations/schemas.ts)
export const AFFILIATION_MAX = 60;

export type AttendDraft = { name: string; affiliation: string; kind: AttendKind | '' };
export type AttendField = keyof AttendDraft;
export type AttendErrors = Partial<Record<AttendField, string>>;

export const emptyAttendDraft: AttendDraft = { name: '', affiliation: '', kind: '' };

export const kindLabelKey = (kind: AttendKind): MessageKey => `attendKind_${kind}`;
export const asAttendKind = (v: string): AttendKind | '' => ATTEND_KINDS.find((k) => k === v) ?? '';

/** The server's checks, made first so a slow network is not spent on a missing name. */
export function validateAttend(d: AttendDraft, t: Translate): AttendErrors {
  const errors: AttendErrors = {};
  const name = d.name.trim();
  if (!name) errors.name = t('attendNameRequired');
  else if (name.length > NAME_MAX) errors.name = t('attendNameTooLong', { max: NAME_MAX });
  if (d.affiliation.trim().length > AFFILIATION_MAX) {
    errors.affiliation = t('attendAffiliationTooLong', { max: AFFILIATION_MAX });
  }
  return errors;
}

/** The request body: trimmed, empty optional fields left out. */
export function toAttendRequest(d: AttendDraft): AttendRequest {
  const affiliation = d.affiliation.trim();
  return { name: d.name.trim(), ...(affiliation ? { affiliation } : {}), ...(d.kind ? { kind: d.kind } : {}) };
}

/** The server's field paths mapped to the form's fields; the first message for a field wins. */
export function attendFieldErrors(fields: readonly { path: string; message: string }[]): AttendErrors {
  const errors: AttendErrors = {};
  for (const f of fields) {
    const name = (['name', 'affiliation', 'kind'] as const).find((k) => f.path === k);
    if (name && !errors[name]) errors[name] = f.message;
  }
  return errors;
}

export type Window = 'open' | 'cancelled' | 'concluded' | 'not_yet' | 'closed';

/**
 * Why sign-in is or is not open: the server says whether it is (`isOpen`); the rest explains it —
 * it opens 2 hours before the start and closes at the end of that day.
 */
export function attendanceWindow(a: { status: string; isOpen: boolean; startsAt: string }, now: Date): Window {
  if (a.status === 'cancelled') return 'cancelled';
  if (a.status === 'concluded') return 'concluded';
  if (a.isOpen) return 'open';
  return now.getTime() < opensAt(a.startsAt).getTime() ? 'not_yet' : 'closed';
}

export const opensAt = (startsAt: string) => new Date(new Date(startsAt).getTime() - 2 * 3600_000);
