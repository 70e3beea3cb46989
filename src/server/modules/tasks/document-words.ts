// The words of the follow-through documents (督办单, 落实情况报告) about tasks, in the reader's
// language: statuses, flags and timeline steps are stored as kinds and rendered here; what people
// wrote (notes, 批示) and the names of units stay as they were written.
import type { TaskFlag } from '../../../shared/api/tasks';
import type { Locale, TaskEventKind, TaskStatus } from '../../../shared/enums';
import { TASK_EVENT_WORDS } from '../../../shared/messages/task-events';

type Words = {
  statuses: Record<TaskStatus, string>;
  flags: Record<TaskFlag, string>;
  onTrack: string;
  reasons: {
    overdue: (days: number) => string;
    dueSoon: (days: number) => string;
    stalled: (days: number) => string;
    urged: (count: number) => string;
    awaitsAnswer: (count: number) => string;
    escalated: string;
  };
  flagLine: (flag: string, reasons: string[]) => string;
  events: Record<TaskEventKind, string>;
  escalatedTo: (leader: string) => string;
  /** one step on a document: when, who, what, and their words */
  entry: (at: string, who: string, what: string, note: string | null) => string;
  someone: string;
  none: string;
  list: string;
  withReason: (status: string, reason: string) => string;
};

export const TASK_DOC_WORDS = {
  'zh-CN': {
    statuses: {
      not_started: '未开始',
      in_progress: '推进中',
      done: '已完成（待验收）',
      accepted: '已验收',
      cannot: '无法落实',
      carried_over: '续办',
    },
    flags: { red: '红灯', yellow: '黄灯', green: '绿灯' },
    onTrack: '正常推进',
    reasons: {
      overdue: (d) => `逾期${d}天`,
      dueSoon: (d) => `${d}天内到期`,
      stalled: (d) => `${d}天无进展`,
      urged: (n) => `已催办${n}次`,
      awaitsAnswer: (n) => `催办待回复（${n}次）`,
      escalated: '已提请督办',
    },
    flagLine: (flag, reasons) => `${flag}：${reasons.join('、')}`,
    events: TASK_EVENT_WORDS['zh-CN'],
    escalatedTo: (leader) => `提请${leader}督办`,
    entry: (at, who, what, note) => `${at} ${who}（${what}）${note ? `：${note}` : ''}`,
    someone: '系统',
    none: '无',
    list: '、',
    withReason: (status, reason) => `${status}（原因：${reason}）`,
  },
  'zh-TW': {
    statuses: {
      not_started: '未開始',
      in_progress: '推進中',
      done: '已完成（待驗收）',
      accepted: '已驗收',
      cannot: '無法落實',
      carried_over: '續辦',
    },
    flags: { red: '紅燈', yellow: '黃燈', green: '綠燈' },
    onTrack: '正常推進',
    reasons: {
      overdue: (d) => `逾期${d}天`,
      dueSoon: (d) => `${d}天內到期`,
      stalled: (d) => `${d}天無進展`,
      urged: (n) => `已催辦${n}次`,
      awaitsAnswer: (n) => `催辦待回覆（${n}次）`,
      escalated: '已提請督辦',
    },
    flagLine: (flag, reasons) => `${flag}：${reasons.join('、')}`,
    events: TASK_EVENT_WORDS['zh-TW'],
    escalatedTo: (leader) => `提請${leader}督辦`,
    entry: (at, who, what, note) => `${at} ${who}（${what}）${note ? `：${note}` : ''}`,
    someone: '系統',
    none: '無',
    list: '、',
    withReason: (status, reason) => `${status}（原因：${reason}）`,
  },
  en: {
    statuses: {
      not_started: 'Not started',
      in_progress: 'In progress',
      done: 'Done (awaiting acceptance)',
      accepted: 'Accepted',
      cannot: 'Cannot be carried out',
      carried_over: 'Carried over',
    },
    flags: { red: 'Red', yellow: 'Yellow', green: 'Green' },
    onTrack: 'on track',
    reasons: {
      overdue: (d) => `${d} ${d === 1 ? 'day' : 'days'} overdue`,
      dueSoon: (d) => `due within ${d} ${d === 1 ? 'day' : 'days'}`,
      stalled: (d) => `no progress for ${d} days`,
      urged: (n) => `urged ${n} ${n === 1 ? 'time' : 'times'}`,
      awaitsAnswer: (n) => `urged, awaiting an answer (${n})`,
      escalated: 'escalated',
    },
    flagLine: (flag, reasons) => `${flag}: ${reasons.join(', ')}`,
    events: TASK_EVENT_WORDS.en,
    escalatedTo: (leader) => `Escalated to ${leader}`,
    entry: (at, who, what, note) => `${at} ${who} (${what})${note ? `: ${note}` : ''}`,
    someone: 'System',
    none: 'None',
    list: ', ',
    withReason: (status, reason) => `${status} (reason: ${reason})`,
  },
} as const satisfies Record<Locale, Words>;
