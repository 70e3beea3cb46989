// The workbench's wire contract (工作台): for the signed-in person, what waits for them in each role
// they hold, each with a count and the console link of the list that shows exactly those records,
// and the recent activity in their region. Words are the console's: kinds and params, never text.
import { z } from 'zod';
import { IsoDate } from './common';

/** The working roles a workbench has a group for, in the order it shows them. */
export const WORKBENCH_ROLES = ['liaison', 'member', 'leader', 'department', 'cppcc'] as const;
export type WorkbenchRole = (typeof WORKBENCH_ROLES)[number];

export const WORKBENCH_ITEMS = [
  // liaison 联络员
  'toSort', // 待分办
  'overdue', // 已超期
  'repliesDue', // 办结待答复: solved, the resident not yet answered
  'tasksToAccept', // 待验收的任务
  'revisitsDue', // 待回头看
  // member 委员
  'invitations', // 协商邀请 (upcoming)
  'whistles', // 吹哨待报到
  'contactsDue', // 联系群众到期
  // leader 党委政府
  'plansToApprove', // 年度计划待审定
  'outcomesToAnswer', // 成果待答复、批示
  'tasksOverdue', // 督办: 超期任务
  'tasksEscalated', // 督办: 已升级督办
  // department 职能部门
  'departmentItems', // 转办来的诉求
  'departmentTasks', // 我的在办任务
  // cppcc office 政协机关
  'planProposed', // 年度计划已提报
  'consultationsThisWeek', // 本周协商
  'placesLackingMembers', // 联系点缺委员的村社
] as const;
export type WorkbenchItemKey = (typeof WORKBENCH_ITEMS)[number];

export const WorkbenchItem = z.object({
  key: z.enum(WORKBENCH_ITEMS),
  count: z.number().int(),
  /** the console list that shows exactly these records: path and the page's own query, e.g. `/submissions?status=received` */
  link: z.string(),
  /** words for the label where one item stands for a place or a period (the plan's district, its year; the week) */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const WorkbenchGroup = z.object({ role: z.enum(WORKBENCH_ROLES), items: z.array(WorkbenchItem) });

/** The records whose events the workbench shows as recent activity. */
export const ACTIVITY_ENTITIES = ['submission', 'topic', 'consultation', 'outcome', 'task', 'plan_item'] as const;
export type ActivityEntity = (typeof ACTIVITY_ENTITIES)[number];

/** The steps shown as activity (audit actions), each worded by the console. */
export const ACTIVITY_ACTIONS = [
  'submission.record',
  'submission.to_grid',
  'submission.to_community',
  'submission.to_township',
  'submission.to_department',
  'submission.merge',
  'submission.decline',
  'submission.reply',
  'submission.solve',
  'topic.create',
  'topic.screen',
  'consultation.start',
  'consultation.conclude',
  'outcome.create',
  'outcome.send',
  'outcome.reply',
  'outcome.instruct',
  'outcome.all_accepted', // every task accepted: carried out
  'task.create',
  'task.done',
  'task.accept',
  'task.urge',
  'task.escalate',
  'task.instruct',
  'plan.propose',
  'plan.approve',
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

export const ActivityItem = z.object({
  id: z.string(),
  at: IsoDate,
  action: z.enum(ACTIVITY_ACTIONS),
  entity: z.enum(ACTIVITY_ENTITIES),
  /** the record's console page (404 there if it is beyond the reader's reach), or null when it has none */
  link: z.string().nullable(),
  /** who took the step, as the account names itself */
  actorName: z.string().nullable(),
});

export const Workbench = z.object({
  groups: z.array(WorkbenchGroup),
  activity: z.array(ActivityItem),
  generatedAt: IsoDate,
});
