// The contract's lists and limits, repeated here so the console does not bundle zod; `satisfies`
// keeps each equal to the contract's (same members, same order).
import type { TASK_ACTIONS, TASK_BOARD_VIEWS, TASK_FLAGS, TASK_LIMITS } from '../../../shared/api/tasks';

export const ACTIONS = [
  'progress',
  'done',
  'cannot',
  'carry_over',
  'accept',
  'return',
  'urge',
  'escalate',
  'instruct',
  'reopen',
] as const satisfies typeof TASK_ACTIONS;

export const VIEWS = [
  'open',
  'overdue',
  'due_soon',
  'stalled',
  'urged',
  'escalated',
  'to_accept',
  'closed',
] as const satisfies typeof TASK_BOARD_VIEWS;

export const FLAGS = ['red', 'yellow', 'green'] as const satisfies typeof TASK_FLAGS;

export const LIMITS = {
  milestones: 50,
  coUnits: 10,
  filesPerReport: 9,
  fileBytes: 10_485_760,
} as const satisfies typeof TASK_LIMITS;

/** Photos and documents a progress report may carry (the server decides; this spares a wasted upload). */
export const FILE_ACCEPT = '.jpg,.jpeg,.png,.webp,.pdf,.doc,.docx,.xls,.xlsx';
