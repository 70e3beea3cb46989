// The annual plan (年度协商计划) API's wire contract.
import { z } from 'zod';
import { PLAN_ITEM_STATUSES, TOPIC_STATUSES, TOPIC_URGENCIES } from '../enums';
import { IdParams, IsoDate, Person, Ref } from './common';

const Month = z.number().int().min(1).max(12);
const Note = z.string().trim().max(500);

export const PlanParams = z.object({ districtId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });
export const PlanItemParams = IdParams;

export const ProposePlanItemBody = z.object({
  topicId: z.uuid(),
  plannedMonth: Month.nullish(),
  note: Note.optional(),
  approve: z.boolean().default(false), // a leader proposing may approve in the same step
});

export const PlanDecisionBody = z
  .object({ decision: z.enum(['approve', 'return']), reason: z.string().trim().max(500).optional() })
  // a returned proposal says why (退回须说明理由)
  .refine((v) => v.decision !== 'return' || Boolean(v.reason), { message: 'required', path: ['reason'] });

export const ReproposeBody = z.object({ plannedMonth: Month.nullish(), note: Note.optional() });

export const PlanItem = z.object({
  id: z.string(),
  topic: z.object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    urgency: z.enum(TOPIC_URGENCIES),
    status: z.enum(TOPIC_STATUSES),
    place: Ref,
  }),
  plannedMonth: z.number().nullable(),
  status: z.enum(PLAN_ITEM_STATUSES),
  note: z.string().nullable(),
  proposedBy: Person.nullable(),
  decidedBy: Person.nullable(),
  decidedAt: IsoDate.nullable(),
  decisionReason: z.string().nullable(),
  createdAt: IsoDate,
});

export const PlanResponse = z.object({
  district: Ref,
  year: z.number(),
  items: z.array(PlanItem),
  counts: z.record(z.enum(PLAN_ITEM_STATUSES), z.number()),
  abilities: z.object({ propose: z.boolean(), decide: z.boolean() }),
});
