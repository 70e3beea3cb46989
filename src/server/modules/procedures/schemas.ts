import type { z } from 'zod';
import type { CouncilBody, CreateProcedureBody, Procedure, UpdateProcedureBody } from '../../../shared/api/procedures';

export {
  Council,
  CouncilBody,
  CouncilParams,
  CreateProcedureBody,
  ListProceduresQuery,
  Procedure,
  ProcedureList,
  ProcedureParams,
  UpdateProcedureBody,
} from '../../../shared/api/procedures';

export type CreateProcedureInput = z.output<typeof CreateProcedureBody>;
export type UpdateProcedureInput = z.output<typeof UpdateProcedureBody>;
export type ProcedureOut = z.output<typeof Procedure>;
export type CouncilInput = z.output<typeof CouncilBody>;
