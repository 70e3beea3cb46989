// The words of the tasks' Excel export in the reader's language.
import type { TaskFlag } from '../../../shared/api/tasks';
import type { Locale, TaskStatus } from '../../../shared/enums';

type Words = {
  sheet: string;
  fileStem: string;
  code: string;
  title: string;
  status: string;
  flag: string;
  owner: string;
  place: string;
  outcome: string;
  dueAt: string;
  milestones: string;
  createdAt: string;
  statuses: Record<TaskStatus, string>;
  flags: Record<TaskFlag, string>;
};

export const TASK_EXPORT_WORDS: Record<Locale, Words> = {
  'zh-CN': {
    sheet: '落实任务',
    fileStem: '落实任务',
    code: '编号',
    title: '任务',
    status: '状态',
    flag: '亮灯',
    owner: '责任单位',
    place: '所属地',
    outcome: '协商成果',
    dueAt: '完成时限',
    milestones: '节点完成',
    createdAt: '交办时间',
    statuses: {
      not_started: '未开始',
      in_progress: '推进中',
      done: '已完成',
      accepted: '已验收',
      cannot: '无法落实',
      carried_over: '续办',
    },
    flags: { red: '红灯', yellow: '黄灯', green: '绿灯' },
  },
  'zh-TW': {
    sheet: '落實任務',
    fileStem: '落實任務',
    code: '編號',
    title: '任務',
    status: '狀態',
    flag: '亮燈',
    owner: '責任單位',
    place: '所屬地',
    outcome: '協商成果',
    dueAt: '完成時限',
    milestones: '節點完成',
    createdAt: '交辦時間',
    statuses: {
      not_started: '未開始',
      in_progress: '推進中',
      done: '已完成',
      accepted: '已驗收',
      cannot: '無法落實',
      carried_over: '續辦',
    },
    flags: { red: '紅燈', yellow: '黃燈', green: '綠燈' },
  },
  en: {
    sheet: 'Tasks',
    fileStem: 'tasks',
    code: 'Code',
    title: 'Task',
    status: 'Status',
    flag: 'Flag',
    owner: 'Responsible',
    place: 'Place',
    outcome: 'Outcome',
    dueAt: 'Due',
    milestones: 'Milestones done',
    createdAt: 'Assigned',
    statuses: {
      not_started: 'Not started',
      in_progress: 'In progress',
      done: 'Done',
      accepted: 'Accepted',
      cannot: 'Cannot be done',
      carried_over: 'Carried over',
    },
    flags: { red: 'Red', yellow: 'Yellow', green: 'Green' },
  },
};
