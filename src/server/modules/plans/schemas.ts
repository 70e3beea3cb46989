import type { z } from 'zod';
import type { PlanDecisionBody, ProposePlanItemBody, ReproposeBody } from '../../../shared/api/plans';

export {
  PlanDecisionBody,
  PlanItem,
  PlanItemParams,
  PlanParams,
  PlanResponse,
  ProposePlanItemBody,
  ReproposeBody,
} from '../../../shared/api/plans';

export type ProposePlanItemInput = z.output<typeof ProposePlanItemBody>;
export type PlanDecisionInput = z.output<typeof PlanDecisionBody>;
export type ReproposeInput = z.output<typeof ReproposeBody>;
