// The procedures (议事规程) and councils (议事会) API's wire contract.
import { z } from 'zod';
import { MEETING_RULES, STEP_PHASES } from '../enums';
import { IdParams, PlaceRef, Ref } from './common';

/** How many steps a procedure has and how long a step's name may be, on the server and the form. */
export const PROCEDURE_LIMITS = { minSteps: 1, maxSteps: 12, maxStepName: 30 } as const;

const StepInput = z.object({
  name: z.string().trim().min(1).max(PROCEDURE_LIMITS.maxStepName),
  isRequired: z.boolean(),
  hint: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  phase: z.enum(STEP_PHASES).default('meeting'), // 'after': carried out after the meeting, by tasks
});
const Steps = z.array(StepInput).min(PROCEDURE_LIMITS.minSteps).max(PROCEDURE_LIMITS.maxSteps);
const Description = z
  .string()
  .trim()
  .max(500)
  .nullish()
  .transform((v) => (v === undefined ? undefined : v || null));

export const ProcedureParams = IdParams;
export const ListProceduresQuery = z.object({ placeId: z.uuid().optional() });
export const CreateProcedureBody = z.object({
  placeId: z.uuid(),
  name: z.string().trim().min(1).max(40),
  description: Description,
  steps: Steps,
});
export const UpdateProcedureBody = z.object({
  name: z.string().trim().min(1).max(40).optional(),
  description: Description,
  steps: Steps.optional(),
});

export const ProcedureStep = z.object({
  name: z.string(),
  isRequired: z.boolean(),
  hint: z.string().optional(),
  // held in the meeting (its record), or after it: carried out by the outcome's tasks (跟踪落实)
  phase: z.enum(STEP_PHASES).default('meeting'),
});
/** 议事规程: ordered steps, some required, each in the meeting or after it. Built-ins have no place and are read-only. */
export const Procedure = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  builtInKey: z.string().nullable(),
  place: Ref.nullable(),
  steps: z.array(ProcedureStep),
  isArchived: z.boolean(),
  abilities: z.object({ edit: z.boolean() }),
});
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
/** A council's settings: its procedure, fixed meeting dates (逢十说事, 月月谈) and usual venue. */
export const Council = z.object({
  place: PlaceRef.extend({ hasCouncil: z.boolean() }),
  procedure: Procedure.nullable(),
  meetingRule: z.enum(MEETING_RULES),
  monthlyDay: z.number().nullable(),
  defaultVenue: z.string().nullable(),
  occurrences: z.array(z.string()), // the next fixed meeting days, 'YYYY-MM-DD'
  abilities: z.object({ edit: z.boolean() }),
});
