import { ACTIONS } from './constants';
import type { TaskAction, TaskDetail } from './types';

/** How the action bar lays out what the viewer may do: one primary, plain buttons, and a "更多" menu. */
export type ActionPlan = { primary?: TaskAction; buttons: TaskAction[]; more: TaskAction[] };

// rarely the next step, and not to be pressed by mistake: behind "更多" when there is anything else
const RARE: readonly TaskAction[] = ['cannot', 'carry_over', 'reopen'];

type Viewer = { id: string | undefined };
type Planned = Pick<
  TaskDetail,
  'status' | 'flag' | 'awaitsAnswer' | 'milestoneCount' | 'milestonesDone' | 'escalatedTo' | 'owner'
> & {
  abilities: Pick<TaskDetail['abilities'], 'actions'>;
};

/**
 * The step the viewer most likely came to take, from what the server allows them:
 * - the liaison on a task reported done (or not feasible): 验收通过;
 * - the owner: 报告进展 — or 报告完成 once every milestone is ticked, unless an urge awaits an answer
 *   (the urged owner must answer with progress); a liaison who may record a report for the unit
 *   but came to press it has these among the other buttons;
 * - the leader it was escalated to (or any leader in reach): 批示;
 * - the liaison or leader on a task flagged red or yellow: 催办.
 */
export function primaryAction(task: Planned, viewer: Viewer): TaskAction | undefined {
  const may = (a: TaskAction) => task.abilities.actions.includes(a);
  if (may('accept')) return 'accept';
  const isOwner = task.owner.id === viewer.id;
  if ((may('progress') || may('done')) && (isOwner || !may('urge'))) {
    const allTicked = task.milestoneCount > 0 && task.milestonesDone === task.milestoneCount;
    if (may('done') && allTicked && !task.awaitsAnswer) return 'done';
    return may('progress') ? 'progress' : 'done';
  }
  if (may('instruct') && (task.escalatedTo?.id === viewer.id || !may('urge'))) return 'instruct';
  if (may('urge') && task.flag !== 'green') return 'urge';
  if (may('instruct')) return 'instruct';
  return undefined;
}

/** Every allowed action once, in the contract's order: the primary first, rare ones behind "更多". */
export function planActions(task: Planned, viewer: Viewer): ActionPlan {
  const primary = primaryAction(task, viewer);
  const rest = ACTIONS.filter((a) => a !== primary && task.abilities.actions.includes(a));
  const common = rest.filter((a) => !RARE.includes(a));
  const rare = rest.filter((a) => RARE.includes(a));
  // a menu holding the only thing one can do hides it: show the rare ones as buttons then
  if (!primary && common.length === 0) return { buttons: rare, more: [] };
  return { primary, buttons: common, more: rare };
}

/** Steps that need a note (the reason, the urge, the 批示); accepting and reporting done do not. */
export const needsNote = (a: TaskAction) => a !== 'accept' && a !== 'done';

/** Steps that send the task away from the viewer's hands or end it: asked again before they are sent. */
export const needsConfirm = (a: TaskAction) => a === 'return' || a === 'cannot' || a === 'carry_over';

/** Progress and completion reports carry photos and files. */
export const takesFiles = (a: TaskAction) => a === 'progress' || a === 'done';
