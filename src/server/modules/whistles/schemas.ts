import type { z } from 'zod';
import type {
  AnswerWhistleBody,
  CloseWhistleBody,
  ListWhistlesQuery,
  RaiseWhistleBody,
  RecordDoneBody,
  WhistleCandidatesQuery,
  WhistleDetail,
} from '../../../shared/api/whistles';

export {
  AnswerWhistleBody,
  CloseWhistleBody,
  ListWhistlesQuery,
  RaiseWhistleBody,
  RecordDoneBody,
  WhistleCandidates,
  WhistleCandidatesQuery,
  WhistleDetail,
  WhistleList,
  WhistleParams,
} from '../../../shared/api/whistles';

export type RaiseWhistleInput = z.output<typeof RaiseWhistleBody>;
export type AnswerWhistleInput = z.output<typeof AnswerWhistleBody>;
export type RecordDoneInput = z.output<typeof RecordDoneBody>;
export type CloseWhistleInput = z.output<typeof CloseWhistleBody>;
export type ListWhistlesInput = z.output<typeof ListWhistlesQuery>;
export type WhistleCandidatesInput = z.output<typeof WhistleCandidatesQuery>;
export type WhistleDetailOut = z.output<typeof WhistleDetail>;
