// The evaluations API's JSON as the console receives it, read from the wire contract.
import type { Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/evaluations';

export type EvaluationSummary = Wire<typeof Api.EvaluationSummary>;
export type ScorePart = Wire<typeof Api.ScorePart>;
export type SignedEvaluation = Wire<typeof Api.SignedEvaluation>;
export type ResidentComment = Wire<typeof Api.ResidentComment>;
export type LeaderEvaluationInput = Wire<typeof Api.LeaderEvaluationBody>;
export type MemberEvaluationInput = Wire<typeof Api.MemberEvaluationBody>;
export type HideEvaluationInput = Wire<typeof Api.HideEvaluationBody>;
