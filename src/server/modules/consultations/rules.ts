import type { AttendanceState } from '../../../shared/api/consultations';
import type { ConsultationForm, ConsultationStatus, StepPhase } from '../../../shared/enums';
import { type DocumentType, documentMimeType } from '../../platform/attachments';
import { shanghaiDate, shanghaiHour } from '../../platform/calendar';

export type ConsultationAction = 'start' | 'conclude' | 'cancel';

/** The consultation's status machine (协商议事活动). */
export const CONSULTATION_TRANSITIONS = {
  start: { from: ['scheduled'], to: 'in_progress' },
  conclude: { from: ['in_progress'], to: 'concluded' },
  cancel: { from: ['scheduled', 'in_progress'], to: 'cancelled' },
} as const satisfies Record<ConsultationAction, { from: readonly ConsultationStatus[]; to: ConsultationStatus }>;

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextConsultationStatus(action: ConsultationAction, status: ConsultationStatus) {
  const t = CONSULTATION_TRANSITIONS[action];
  return (t.from as readonly ConsultationStatus[]).includes(status) ? t.to : null;
}

/** The record (participants, steps, opinions, consensus, dissent, files) is written until the consultation closes. */
export const isRecordOpen = (status: ConsultationStatus) => status === 'scheduled' || status === 'in_progress';

type StepState = { name: string; isRequired: boolean; phase: StepPhase; completedAt: Date | null };

export type ConcludeIssue =
  | { code: 'consultation_steps_open'; steps: string[] }
  | { code: 'consultation_no_consensus' }
  | null;

/**
 * Why the meeting cannot conclude yet: a required step of the meeting still open, or no consensus
 * item (共识). Steps held after the meeting (跟踪落实, 办事 …) do not hold it back: the outcome's
 * tasks carry them out once it has concluded.
 */
export function concludeIssue(steps: readonly StepState[], consensusCount: number): ConcludeIssue {
  const open = steps.filter((s) => s.phase === 'meeting' && s.isRequired && !s.completedAt).map((s) => s.name);
  if (open.length > 0) return { code: 'consultation_steps_open', steps: open };
  if (consensusCount === 0) return { code: 'consultation_no_consensus' };
  return null;
}

/** A step held after the meeting is not written in the meeting record (409). */
export const isMeetingStep = (step: { phase: StepPhase }) => step.phase === 'meeting';

/** QR sign-in opens 2 hours before the start and closes at the end of that day (in the deployment's zone). */
export function attendanceWindow(startsAt: Date) {
  const opensAt = new Date(startsAt.getTime() - 2 * 3600_000);
  const closesAt = shanghaiHour(shanghaiDate(startsAt), 24);
  return { opensAt, closesAt };
}

export function isAttendanceOpen(c: { status: ConsultationStatus; startsAt: Date }, now: Date) {
  return attendanceState(c, now) === 'open';
}

/** Where QR sign-in stands: the page offers the code only while it is open, and says why otherwise. */
export function attendanceState(c: { status: ConsultationStatus; startsAt: Date }, now: Date): AttendanceState {
  if (!isRecordOpen(c.status)) return 'closed'; // concluded or cancelled
  const { opensAt, closesAt } = attendanceWindow(c.startsAt);
  if (now < opensAt) return 'not_yet';
  return now < closesAt ? 'open' : 'ended';
}

export type TimeIssue = { path: 'endsAt'; code: 'consultation_online_needs_end' | 'consultation_ends_before_start' };

/** An online consultation (网络协商) needs its closing time; any end comes after the start. */
export function timeIssue(form: ConsultationForm, startsAt: Date, endsAt: Date | null): TimeIssue | null {
  if (form === 'online' && !endsAt) return { path: 'endsAt', code: 'consultation_online_needs_end' };
  if (endsAt && endsAt.getTime() <= startsAt.getTime())
    return { path: 'endsAt', code: 'consultation_ends_before_start' };
  return null;
}

/** Attachments (documents, photos): PDF, Word, Excel, JPG, PNG — by extension, confirmed by the first bytes. */
export const FILE_TYPES = [
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'jpg',
  'jpeg',
  'png',
] as const satisfies readonly DocumentType[];

/** The MIME type of an attachment, or null when its name or its first bytes are not an allowed type. */
export const fileMimeType = (fileName: string, head: Uint8Array) => documentMimeType(FILE_TYPES, fileName, head);
