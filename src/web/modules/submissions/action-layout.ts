// Which of a submission's steps the detail page puts first (issue 13: "办结" was the highlighted
// button even for an item waiting to be sorted). The server says what is allowed; this says how
// it is laid out: one primary step that follows the status, a few beside it, the rarer ones in 更多.
import type { SubmissionStatus } from '../../../shared/enums';
import type { SubmissionActionName } from './types';

/** 分办: the steps that send an item somewhere. */
export const SORT_ACTIONS = ['to_grid', 'to_community', 'to_township', 'to_department'] as const;
type SortAction = (typeof SORT_ACTIONS)[number];
const isSort = (a: SubmissionActionName): a is SortAction => (SORT_ACTIONS as readonly string[]).includes(a);

export type ActionLayout = {
  /** 'sort': the primary button is 分办, opening the places it may go; otherwise one step. */
  primary: { kind: 'sort'; targets: SortAction[] } | { kind: 'step'; action: SubmissionActionName } | null;
  /** Shown as ordinary buttons beside the primary one. */
  beside: SubmissionActionName[];
  /** In the 更多 menu. */
  more: SubmissionActionName[];
};

type Plan = { primary: 'sort' | SubmissionActionName | null; beside: readonly SubmissionActionName[] };

/** The intended layout by status; steps the server does not allow drop out, the rest go to 更多. */
function planFor(status: SubmissionStatus, hasReply: boolean): Plan {
  switch (status) {
    case 'received': // 待分办: sorting is the work
      return { primary: 'sort', beside: ['reply'] };
    case 'grid':
    case 'community':
    case 'township':
    case 'department': // being handled: answer the resident, then close it
      return hasReply ? { primary: 'solve', beside: ['reply'] } : { primary: 'reply', beside: ['solve'] };
    default: // solved, merged, declined: nothing is usual any more
      return { primary: null, beside: [] };
  }
}

/** Lays out the allowed steps for a submission in `status` (`hasReply`: it was answered already). */
export function actionLayout(
  status: SubmissionStatus,
  allowed: readonly SubmissionActionName[],
  hasReply: boolean,
): ActionLayout {
  const plan = planFor(status, hasReply);
  const targets = plan.primary === 'sort' ? allowed.filter(isSort) : [];
  let primary: ActionLayout['primary'] = null;
  if (plan.primary === 'sort' && targets.length > 0) primary = { kind: 'sort', targets };
  else if (plan.primary && plan.primary !== 'sort' && allowed.includes(plan.primary))
    primary = { kind: 'step', action: plan.primary };
  const placed = new Set<SubmissionActionName>(primary?.kind === 'sort' ? primary.targets : []);
  if (primary?.kind === 'step') placed.add(primary.action);
  const beside = plan.beside.filter((a) => allowed.includes(a) && !placed.has(a));
  for (const a of beside) placed.add(a);
  // with no primary (a finished item), the few allowed steps stay in sight rather than in a menu
  if (!primary && beside.length === 0) return { primary, beside: [...allowed], more: [] };
  return { primary, beside, more: allowed.filter((a) => !placed.has(a)) };
}
