// Proposal handling (提案办理): who may do what, the statuses a handling walks, and the lists
// behind each rate. One table for the server's policy and the console (zod-free, so the browser
// bundles can import it); the server's `abilities` stay the authority.
import type { Role } from '../enums';

/** Where a unit's handling stands: 已交办 → 已答复 → 已见面 → 已评价 (unsatisfied once: handled again). */
export const HANDLING_STATUSES = ['assigned', 'replied', 'met', 'rated'] as const;
export type HandlingStatus = (typeof HANDLING_STATUSES)[number];

/** The steps taken on a handling: the unit replies and meets the proposer, who rates it; 重新办理. */
export const HANDLING_ACTIONS = ['reply', 'meet', 'rate', 'rehandle'] as const;
export type HandlingAction = (typeof HANDLING_ACTIONS)[number];

/**
 * What a proposal is: an outcome of type 提案 (from a consultation), or a member's own 提案 the
 * CPPCC office adopted and forwarded (a writing).
 */
export const PROPOSAL_SOURCES = ['outcome', 'writing'] as const;
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];

export type ProposalPermission = 'read' | 'assign' | 'assign_writing' | 'rehandle' | 'rate_for';

/**
 * Roles by place reach. Liaisons and the CPPCC office (提案委) assign a proposal to units, record
 * the satisfaction of a proposer without an account and open the one re-handling; leaders and
 * members read. A member's own proposal is assigned by the office that reviewed and forwarded it.
 * The unit itself replies and meets; a member proposer rates their own.
 */
export const PROPOSAL_ROLES = {
  read: ['leader', 'liaison', 'member', 'cppcc'],
  assign: ['liaison', 'cppcc'],
  assign_writing: ['cppcc'],
  rehandle: ['liaison', 'cppcc'],
  rate_for: ['liaison', 'cppcc'],
} as const satisfies Record<ProposalPermission, readonly Role[]>;

/** Who gets the 提案办理 menu: liaisons, the CPPCC office and leaders for their region, departments for their own. */
export const PROPOSAL_MENU_ROLES = ['liaison', 'cppcc', 'leader', 'department'] as const satisfies readonly Role[];

/** The lists a rate's numbers open (每个数字都能打开它背后的记录). */
export const HANDLING_FILTERS = [
  'all',
  'replied',
  'unreplied',
  'met',
  'unmet',
  'rated',
  'satisfied', // 满意 + 基本满意
  'unsatisfied',
] as const;
export type HandlingFilter = (typeof HANDLING_FILTERS)[number];

/** The years a handling may count in (计入年度). */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** 答复率、见面率、满意度 */
export const PROPOSAL_RATES = ['reply', 'meeting', 'satisfaction'] as const;
export type ProposalRate = (typeof PROPOSAL_RATES)[number];

/** Each rate as the lists behind its numerator and its denominator. */
export const RATE_FILTERS = {
  reply: { numerator: 'replied', denominator: 'all' },
  meeting: { numerator: 'met', denominator: 'all' },
  satisfaction: { numerator: 'satisfied', denominator: 'rated' },
} as const satisfies Record<ProposalRate, { numerator: HandlingFilter; denominator: HandlingFilter }>;
