import type { z } from 'zod';
import type {
  CreateOutcomeBody,
  ExportOutcomesQuery,
  ListOutcomesQuery,
  ReplyBody,
  UpdateOutcomeBody,
} from '../../../shared/api/outcomes';

export {
  CandidatesQuery,
  CandidatesResponse,
  type CaseFileKind,
  CaseFileQuery,
  CaseFileResponse,
  CreateOutcomeBody,
  ExportOutcomesQuery,
  InstructionBody,
  ListOutcomesQuery,
  OutcomeDetail,
  OutcomeList,
  OutcomeParams,
  ReplyBody,
  SendOutcomeBody,
  UpdateOutcomeBody,
} from '../../../shared/api/outcomes';

export type CreateOutcomeInput = z.output<typeof CreateOutcomeBody>;
export type UpdateOutcomeInput = z.output<typeof UpdateOutcomeBody>;
export type ListOutcomesInput = z.output<typeof ListOutcomesQuery>;
export type ReplyInput = z.output<typeof ReplyBody>;
export type ExportOutcomesInput = z.output<typeof ExportOutcomesQuery>;
