import { PROCEDURE_LIMITS } from '../../../shared/api/procedures';
import type { ConsultationForm, ConsultationStatus, MeetingRule } from '../../../shared/enums';
import type { ProcedureStep } from '../../platform/db/schema';

/** The built-in procedures (议事规程) for the named local methods; read-only, kept without a place. */
export const BUILT_IN_PROCEDURES = [
  {
    key: 'six_steps',
    name: '六步议事',
    description: '收集议题、确定议题、调研论证、协商议事、形成共识、跟踪落实的闭环协商链',
    steps: [
      { name: '收集议题', isRequired: false },
      { name: '确定议题', isRequired: true },
      { name: '调研论证', isRequired: false },
      { name: '协商议事', isRequired: true },
      { name: '形成共识', isRequired: true },
      { name: '跟踪落实', isRequired: false },
    ],
  },
  {
    key: 'five_step_micro',
    name: '五步微协商',
    description: '小切口、快节奏的微协商：说事征题、调研定题、议事协商、成果转化、评议反馈',
    steps: [
      { name: '说事征题', isRequired: false },
      { name: '调研定题', isRequired: true },
      { name: '议事协商', isRequired: true },
      { name: '成果转化', isRequired: true },
      { name: '评议反馈', isRequired: false },
    ],
  },
  {
    key: 'four_step',
    name: '四步工作法',
    description: '网格巡查听民意、调查研究定议题、民主协商议民事、多方共治抓管理',
    steps: [
      { name: '网格巡查听民意', isRequired: false },
      { name: '调查研究定议题', isRequired: true },
      { name: '民主协商议民事', isRequired: true },
      { name: '多方共治抓管理', isRequired: false },
    ],
  },
  {
    key: 'say_discuss_do_review',
    name: '说→商→办→评',
    description: '群众说事、协商议事、部门办事、群众评事',
    steps: [
      { name: '说事', isRequired: false },
      { name: '商事', isRequired: true },
      { name: '办事', isRequired: true },
      { name: '评事', isRequired: false },
    ],
  },
] as const satisfies readonly { key: string; name: string; description: string; steps: readonly ProcedureStep[] }[];

export type BuiltInProcedureKey = (typeof BUILT_IN_PROCEDURES)[number]['key'];
/** Without a council procedure, a consultation walks 六步议事. */
export const DEFAULT_PROCEDURE_KEY: BuiltInProcedureKey = 'six_steps';

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

const SHANGHAI_OFFSET_MS = 8 * 3600_000; // Asia/Shanghai has no daylight saving time

/** The calendar date ('YYYY-MM-DD') of an instant in Asia/Shanghai. */
export const shanghaiDate = (at: Date) => new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate(); // month 1–12

/** The meeting days of a month under a rule: 逢十说事 10/20/30 (February: its last day for the 30th), 月月谈 one day. */
export function meetingDaysOf(rule: MeetingRule, monthlyDay: number | null, year: number, month: number): number[] {
  if (rule === 'tens') return [10, 20, Math.min(30, daysIn(year, month))];
  if (rule === 'monthly' && monthlyDay && monthlyDay >= 1 && monthlyDay <= 28) return [monthlyDay];
  return [];
}

/** The next `count` fixed meeting dates on or after `today` ('YYYY-MM-DD', Asia/Shanghai). */
export function meetingOccurrences(rule: MeetingRule, monthlyDay: number | null, today: string, count = 6): string[] {
  const out: string[] = [];
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (let guard = 0; out.length < count && guard < 24; guard++) {
    for (const day of meetingDaysOf(rule, monthlyDay, year, month)) {
      const date = `${year}-${pad(month)}-${pad(day)}`;
      if (date >= today && out.length < count) out.push(date);
    }
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

/** QR sign-in opens 2 hours before the start and closes at the end of that day (Asia/Shanghai). */
export function attendanceWindow(startsAt: Date) {
  const opensAt = new Date(startsAt.getTime() - 2 * 3600_000);
  const closesAt = new Date(Date.parse(`${shanghaiDate(startsAt)}T00:00:00+08:00`) + 24 * 3600_000);
  return { opensAt, closesAt };
}

export function isAttendanceOpen(c: { status: ConsultationStatus; startsAt: Date }, now: Date) {
  if (!isRecordOpen(c.status)) return false;
  const { opensAt, closesAt } = attendanceWindow(c.startsAt);
  return now >= opensAt && now < closesAt;
}

export { PROCEDURE_LIMITS };

export type StepIssue = {
  path: (string | number)[];
  code:
    | 'procedure_step_count'
    | 'procedure_step_name_length'
    | 'procedure_step_duplicate'
    | 'procedure_no_required_step';
};

/** A custom procedure's steps: 1–12, names 1–30 characters and unique, at least one required. */
export function procedureStepIssues(steps: readonly ProcedureStep[]): StepIssue[] {
  const issues: StepIssue[] = [];
  if (steps.length < PROCEDURE_LIMITS.minSteps || steps.length > PROCEDURE_LIMITS.maxSteps)
    issues.push({ path: ['steps'], code: 'procedure_step_count' });
  const seen = new Set<string>();
  steps.forEach((s, i) => {
    const name = s.name.trim();
    if (name.length < 1 || name.length > PROCEDURE_LIMITS.maxStepName)
      issues.push({ path: ['steps', i, 'name'], code: 'procedure_step_name_length' });
    else if (seen.has(name)) issues.push({ path: ['steps', i, 'name'], code: 'procedure_step_duplicate' });
    seen.add(name);
  });
  if (steps.length > 0 && !steps.some((s) => s.isRequired))
    issues.push({ path: ['steps'], code: 'procedure_no_required_step' });
  return issues;
}

export type TimeIssue = { path: 'endsAt'; code: 'consultation_online_needs_end' | 'consultation_ends_before_start' };

/** An online consultation (网络协商) needs its closing time; any end comes after the start. */
export function timeIssue(form: ConsultationForm, startsAt: Date, endsAt: Date | null): TimeIssue | null {
  if (form === 'online' && !endsAt) return { path: 'endsAt', code: 'consultation_online_needs_end' };
  if (endsAt && endsAt.getTime() <= startsAt.getTime())
    return { path: 'endsAt', code: 'consultation_ends_before_start' };
  return null;
}

/** Attachments (documents, photos): by extension, confirmed by the file's first bytes. */
export const FILE_TYPES = {
  pdf: { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  doc: { mime: 'application/msword', magic: [0xd0, 0xcf, 0x11, 0xe0] }, // OLE2
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [0x50, 0x4b] },
  xls: { mime: 'application/vnd.ms-excel', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [0x50, 0x4b] }, // zip
  jpg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  png: { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
} as const satisfies Record<string, { mime: string; magic: readonly number[] }>;

/** The MIME type of an attachment, or null when its name or its first bytes are not an allowed type. */
export function fileMimeType(fileName: string, head: Uint8Array): string | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const type = (FILE_TYPES as Record<string, { mime: string; magic: readonly number[] }>)[ext];
  if (!type || !fileName.includes('.')) return null;
  return type.magic.every((b, i) => head[i] === b) ? type.mime : null;
}
