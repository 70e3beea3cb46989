// The residents' evaluation page's JSON, read from the wire contract (types only: no zod in the bundle).
import type { Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/evaluations';

export type PublicEvaluation = Wire<typeof Api.PublicEvaluationView>;
export type ResidentEvaluationInput = Wire<typeof Api.ResidentEvaluationBody>;
