import type { z } from 'zod';
import type { EvaluationSummary, PublicEvaluationView } from '../../../shared/api/evaluations';

export {
  EvaluationParams,
  EvaluationSummary,
  EvaluationTokenParams,
  HideEvaluationBody,
  LeaderEvaluationBody,
  MemberEvaluationBody,
  OutcomeEvaluationParams,
  PublicEvaluationView,
  ResidentEvaluationBody,
} from '../../../shared/api/evaluations';

export type EvaluationSummaryOut = z.output<typeof EvaluationSummary>;
export type PublicEvaluationOut = z.output<typeof PublicEvaluationView>;
