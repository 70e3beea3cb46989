// The annual consultation plan's rules (年度协商计划).
import type { PlanItemStatus } from '../../../shared/enums';
import { PLAN_ITEM_STATUS_WORDS } from '../../../shared/messages/topics';
import { conflict } from '../../platform/errors';

export type PlanItemAction = 'approve' | 'return' | 'repropose';

/** A plan item's status machine: a leader approves or returns a proposal (党委审定); a returned one may come back. */
export const PLAN_ITEM_TRANSITIONS = {
  approve: { from: ['proposed'], to: 'approved' },
  return: { from: ['proposed'], to: 'returned' },
  repropose: { from: ['returned'], to: 'proposed' },
} as const satisfies Record<PlanItemAction, { from: readonly PlanItemStatus[]; to: PlanItemStatus }>;

export function nextPlanItemStatus(action: PlanItemAction, status: PlanItemStatus): PlanItemStatus | null {
  const t = PLAN_ITEM_TRANSITIONS[action];
  return (t.from as readonly PlanItemStatus[]).includes(status) ? t.to : null;
}

/** An approved item is the plan; only proposals and returned ones may be taken out. */
export const REMOVABLE_PLAN_STATUSES = ['proposed', 'returned'] as const satisfies readonly PlanItemStatus[];
export const isRemovable = (status: PlanItemStatus) =>
  (REMOVABLE_PLAN_STATUSES as readonly PlanItemStatus[]).includes(status);

/** 第一季度 … 第四季度 for a month 1–12; null when the month is not set. */
export const quarterOf = (month: number | null) => (month === null ? null : Math.ceil(month / 3));

/** 409 action_not_allowed for a plan item, naming its status. */
export const planStatusNotAllowed = (status: PlanItemStatus) =>
  conflict('action_not_allowed', { status: PLAN_ITEM_STATUS_WORDS[status] });
