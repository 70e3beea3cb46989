import type { Locale, TaskEventKind } from '../enums';

/**
 * The name of each step on a task's timeline (交办、催办、批示 …), one wording for the console's
 * timeline and the Word documents (督办单、落实情况报告).
 */
export const TASK_EVENT_WORDS: Record<Locale, Record<TaskEventKind, string>> = {
  'zh-CN': {
    created: '交办任务',
    edited: '修改任务',
    progress: '报告进展',
    done: '报告完成',
    cannot: '报告无法落实',
    carried_over: '转为续办',
    accepted: '验收通过',
    returned: '退回',
    urged: '催办',
    escalated: '提请督办',
    instructed: '批示',
    reopened: '重新打开',
    milestone_done: '时间表节点',
  },
  'zh-TW': {
    created: '交辦任務',
    edited: '修改任務',
    progress: '報告進展',
    done: '報告完成',
    cannot: '報告無法落實',
    carried_over: '轉為續辦',
    accepted: '驗收通過',
    returned: '退回',
    urged: '催辦',
    escalated: '提請督辦',
    instructed: '批示',
    reopened: '重新打開',
    milestone_done: '時間表節點',
  },
  en: {
    created: 'Task assigned',
    edited: 'Task edited',
    progress: 'Progress reported',
    done: 'Reported done',
    cannot: 'Reported cannot be done',
    carried_over: 'Carried over',
    accepted: 'Accepted',
    returned: 'Sent back',
    urged: 'Urged',
    escalated: 'Escalated',
    instructed: 'Instruction (批示)',
    reopened: 'Reopened',
    milestone_done: 'Milestone',
  },
};
