import type { z } from 'zod';
import type { DueRevisitsQuery, RecordRevisitBody, ReviewDateBody } from '../../../shared/api/revisits';

export {
  DueRevisits,
  DueRevisitsQuery,
  OutcomeRevisits,
  RecordRevisitBody,
  ReviewDateBody,
  RevisitOutcomeParams,
  RevisitPhoto,
  RevisitPhotoParams,
} from '../../../shared/api/revisits';

export type RecordRevisitInput = z.output<typeof RecordRevisitBody>;
export type ReviewDateInput = z.output<typeof ReviewDateBody>;
export type DueRevisitsInput = z.output<typeof DueRevisitsQuery>;
