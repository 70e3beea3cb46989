import type { z } from 'zod';
import type {
  CreateWritingBody,
  EditWritingBody,
  ListWritingsQuery,
  ReviseWritingBody,
} from '../../../shared/api/writings';

export {
  CandidatesQuery,
  CreateWritingBody,
  EditWritingBody,
  ForwardWritingBody,
  ListWritingsQuery,
  ReasonBody,
  ReviseWritingBody,
  WritingCandidates,
  WritingDetail,
  WritingList,
  WritingParams,
  WritingStep,
} from '../../../shared/api/writings';

export type CreateWritingInput = z.output<typeof CreateWritingBody>;
export type ReviseWritingInput = z.output<typeof ReviseWritingBody>;
export type EditWritingInput = z.output<typeof EditWritingBody>;
export type ListWritingsInput = z.output<typeof ListWritingsQuery>;
