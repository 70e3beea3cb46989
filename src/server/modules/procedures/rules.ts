import { PROCEDURE_LIMITS } from '../../../shared/api/procedures';
import type { MeetingRule } from '../../../shared/enums';
import type { ProcedureStep } from '../../platform/db/schema';

/**
 * The built-in procedures (议事规程) for the named local methods; read-only, kept without a place.
 * Their follow-through steps (跟踪落实, 成果转化, 评议反馈, 办事, 评事, 多方共治抓管理) are held after
 * the meeting: the outcome's tasks carry them out, not the meeting record.
 */
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
      { name: '跟踪落实', isRequired: false, phase: 'after' },
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
      { name: '成果转化', isRequired: true, phase: 'after' },
      { name: '评议反馈', isRequired: false, phase: 'after' },
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
      { name: '多方共治抓管理', isRequired: false, phase: 'after' },
    ],
  },
  {
    key: 'say_discuss_do_review',
    name: '说→商→办→评',
    description: '群众说事、协商议事、部门办事、群众评事',
    steps: [
      { name: '说事', isRequired: false },
      { name: '商事', isRequired: true },
      { name: '办事', isRequired: true, phase: 'after' },
      { name: '评事', isRequired: false, phase: 'after' },
    ],
  },
] as const satisfies readonly { key: string; name: string; description: string; steps: readonly ProcedureStep[] }[];

export type BuiltInProcedureKey = (typeof BUILT_IN_PROCEDURES)[number]['key'];
/** Without a council procedure, a consultation walks 六步议事. */
export const DEFAULT_PROCEDURE_KEY: BuiltInProcedureKey = 'six_steps';

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

export type StepIssue = {
  path: (string | number)[];
  code:
    | 'procedure_step_count'
    | 'procedure_step_name_length'
    | 'procedure_step_duplicate'
    | 'procedure_no_required_step';
};

/**
 * A custom procedure's steps: 1–12, names 1–30 characters and unique, at least one required step
 * held in the meeting (the meeting concludes on its own steps; after-steps are left to tasks).
 */
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
  if (steps.length > 0 && !steps.some((s) => s.isRequired && (s.phase ?? 'meeting') === 'meeting'))
    issues.push({ path: ['steps'], code: 'procedure_no_required_step' });
  return issues;
}
