// Who may do what with a task (落实任务), and which tasks a person sees: one definition for both.
import { eq, or, type SQL } from 'drizzle-orm';
import { TASK_ACTIONS, type TaskAction } from '../../../shared/api/tasks';
import type { Role, TaskStatus } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { places, tasks } from '../../platform/db/schema';
import { isOpen, nextTaskStatus } from './rules';

/**
 * How a person stands to a task: a role reaching its place (the outcome's place), the unit that
 * owns it (责任单位, e.g. a department account), or the leader it was escalated to (督办).
 */
export type TaskStanding = 'liaison' | 'leader' | 'member' | 'cppcc' | 'owner' | 'escalated_to';
export type TaskPermission = 'read' | 'create' | 'edit' | 'tick' | 'upload' | 'sheet' | TaskAction;

const REGION_ROLES = ['liaison', 'leader', 'member', 'cppcc'] as const satisfies readonly TaskStanding[] &
  readonly Role[];

/**
 * The liaison who owns the outcome sets, edits, accepts (验收), returns, reopens, urges and
 * escalates; the owner reports (a liaison in reach may record a report on their behalf); a leader
 * in reach urges and writes 批示, as does the leader it was escalated to. The CPPCC office presses
 * from the board as a liaison does (urges, escalates, the 督办单) but leaves the task's own course
 * to the liaison on the ground. Members read. The 督办单 is the paper of those who press the task:
 * the region's liaisons, CPPCC office and leaders, and the leader it was escalated to; not the
 * unit it presses, nor members.
 */
export const TASK_STANDINGS = {
  read: ['liaison', 'leader', 'member', 'cppcc', 'owner', 'escalated_to'],
  create: ['liaison'],
  edit: ['liaison'],
  tick: ['liaison', 'owner'],
  upload: ['liaison', 'owner', 'leader', 'cppcc', 'escalated_to'],
  sheet: ['liaison', 'leader', 'cppcc', 'escalated_to'], // 督办单
  progress: ['owner', 'liaison'],
  done: ['owner', 'liaison'],
  cannot: ['owner', 'liaison'],
  carry_over: ['owner', 'liaison'],
  accept: ['liaison'],
  return: ['liaison'],
  reopen: ['liaison'],
  escalate: ['liaison', 'cppcc'],
  urge: ['liaison', 'leader', 'cppcc'],
  instruct: ['leader', 'escalated_to'],
} as const satisfies Record<TaskPermission, readonly TaskStanding[]>;

export type TaskScope = { placePath: string; ownerId?: string | null; escalatedToId?: string | null };

/** Every way the actor stands to the task. */
export function standingsOf(actor: Actor, t: TaskScope): Set<TaskStanding> {
  const found = new Set<TaskStanding>(REGION_ROLES.filter((role) => reaches(actor, [role], t.placePath)));
  if (t.ownerId === actor.id) found.add('owner');
  if (t.escalatedToId === actor.id) found.add('escalated_to');
  return found;
}

/** Whether the actor may take `permission` on the task, whatever its status. */
export function canTask(actor: Actor, permission: TaskPermission, t: TaskScope): boolean {
  const mine = standingsOf(actor, t);
  return TASK_STANDINGS[permission].some((s) => mine.has(s));
}

/** The tasks the actor sees, as SQL over tasks ⋈ places (the task's place): by reach, owned, or escalated to them. */
export function visibleTasks(actor: Actor): SQL {
  return or(
    inSubtree(places.path, reachOf(actor, REGION_ROLES)),
    eq(tasks.ownerId, actor.id),
    eq(tasks.escalatedToId, actor.id),
  ) as SQL;
}

/** The places a person's supervision board may show: where they hold a role of the region. */
export const boardRoots = (actor: Actor) => reachOf(actor, REGION_ROLES);

/**
 * What the actor may do with the task now, for the detail's `abilities`: the actions both their
 * standing and the task's status allow; edits and the timetable while it is open; uploads when
 * there is something to attach them to; the 督办单 whatever the status (it records what was done).
 */
export function taskAbilities(actor: Actor, t: TaskScope & { status: TaskStatus }) {
  const actions = TASK_ACTIONS.filter((a) => canTask(actor, a, t) && nextTaskStatus(t.status, a) !== null);
  return {
    edit: canTask(actor, 'edit', t) && isOpen(t.status),
    actions,
    upload: canTask(actor, 'upload', t) && actions.length > 0,
    tickMilestones: canTask(actor, 'tick', t) && isOpen(t.status),
    sheet: canTask(actor, 'sheet', t),
  };
}
