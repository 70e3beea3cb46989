import { z } from 'zod';
import { MEETING_RULES, PLACE_KINDS } from '../../../shared/enums';
import { PROCEDURE_LIMITS } from './rules';

const StepInput = z.object({
  name: z.string().trim().min(1).max(PROCEDURE_LIMITS.maxStepName),
  isRequired: z.boolean(),
  hint: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
});
const Steps = z.array(StepInput).min(PROCEDURE_LIMITS.minSteps).max(PROCEDURE_LIMITS.maxSteps);
const Description = z
  .string()
  .trim()
  .max(500)
  .nullish()
  .transform((v) => (v === undefined ? undefined : v || null));

export const ProcedureParams = z.object({ id: z.uuid() });
export const ListProceduresQuery = z.object({ placeId: z.uuid().optional() });
export const CreateProcedureBody = z.object({
  placeId: z.uuid(),
  name: z.string().trim().min(1).max(40),
  description: Description,
  steps: Steps,
});
export type CreateProcedureInput = z.infer<typeof CreateProcedureBody>;
export const UpdateProcedureBody = z.object({
  name: z.string().trim().min(1).max(40).optional(),
  description: Description,
  steps: Steps.optional(),
});
export type UpdateProcedureInput = z.infer<typeof UpdateProcedureBody>;

export const Procedure = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  builtInKey: z.string().nullable(),
  place: z.object({ id: z.string(), name: z.string() }).nullable(),
  steps: z.array(z.object({ name: z.string(), isRequired: z.boolean(), hint: z.string().optional() })),
  isArchived: z.boolean(),
  abilities: z.object({ edit: z.boolean() }),
});
export type ProcedureOut = z.infer<typeof Procedure>;
export const ProcedureList = z.object({ items: z.array(Procedure) });

export const CouncilParams = z.object({ placeId: z.uuid() });
export const CouncilBody = z.object({
  procedureId: z.uuid().nullable(),
  meetingRule: z.enum(MEETING_RULES),
  monthlyDay: z.number().int().min(1).max(28).nullish(),
  defaultVenue: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((v) => v || null),
});
export type CouncilInput = z.infer<typeof CouncilBody>;
export const Council = z.object({
  place: z.object({ id: z.string(), name: z.string(), kind: z.enum(PLACE_KINDS), hasCouncil: z.boolean() }),
  procedure: Procedure.nullable(),
  meetingRule: z.enum(MEETING_RULES),
  monthlyDay: z.number().nullable(),
  defaultVenue: z.string().nullable(),
  occurrences: z.array(z.string()),
  abilities: z.object({ edit: z.boolean() }),
});
