// The evaluations (三评) API's wire contract: 党政点评 and 民主评议 in the console, 群众评价 on the
// residents' phone page, and the combined score. The server validates and presents with these; the
// console, the phone page and the tests read their types from them.
import { z } from 'zod';
import { EVALUATION_KINDS, OUTCOME_STATUSES } from '../enums';
import { ChallengeAnswer, IsoDate, Person } from './common';

/** How long comments may be, on the forms and on the server; scores run 1–5. */
export const EVALUATION_LIMITS = {
  scoreMin: 1,
  scoreMax: 5,
  leaderCommentMin: 2,
  leaderCommentMax: 1000,
  memberCommentMax: 500,
  residentCommentMax: 200,
  hideReasonMax: 200,
} as const;

const Score = z.number().int().min(EVALUATION_LIMITS.scoreMin).max(EVALUATION_LIMITS.scoreMax);
/** An optional comment: blank means none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const OutcomeEvaluationParams = z.object({ outcomeId: z.uuid() });
export const EvaluationParams = z.object({ outcomeId: z.uuid(), evaluationId: z.uuid() });
export const EvaluationTokenParams = z.object({ token: z.string().trim().min(1).max(64) });

/** 党政点评: a grade and a comment, both required. */
export const LeaderEvaluationBody = z.object({
  score: Score,
  comment: z.string().trim().min(EVALUATION_LIMITS.leaderCommentMin).max(EVALUATION_LIMITS.leaderCommentMax),
});
/** 民主评议: a score and, if the member wishes, a few words. */
export const MemberEvaluationBody = z.object({
  score: Score,
  comment: optionalText(EVALUATION_LIMITS.memberCommentMax),
});
/** 群众评价: a score, an optional comment, and the image challenge when it was asked for. */
export const ResidentEvaluationBody = z.object({
  score: Score,
  comment: optionalText(EVALUATION_LIMITS.residentCommentMax),
  challenge: ChallengeAnswer.optional(),
});
/** Staff hide an abusive resident comment (its score still counts), or show it again. */
export const HideEvaluationBody = z.object({
  isHidden: z.boolean(),
  reason: optionalText(EVALUATION_LIMITS.hideReasonMax),
});

const Mean = z.number().nullable();

/** One kind's part of the combined score: its count and mean (1–5), mapped to 0–100, and its weight. */
export const ScorePart = z.object({
  kind: z.enum(EVALUATION_KINDS),
  count: z.number().int(),
  mean: Mean,
  score: z.number().nullable(), // 0–100; null without evaluations
  weight: z.number(), // the nominal weight (党政 0.4, 委员 0.3, 群众 0.3)
  effectiveWeight: z.number(), // renormalised over the kinds that have evaluations; 0 for the others
});
export const CombinedScore = z.object({ score: z.number().nullable(), parts: z.array(ScorePart) });

/** A leader's or a member's evaluation, signed. */
export const SignedEvaluation = z.object({
  id: z.string(),
  by: Person,
  score: z.number().int(),
  comment: z.string().nullable(),
  updatedAt: IsoDate,
});
/** A resident's comment as staff see it (anonymous); hidden ones only for those who may hide them. */
export const ResidentComment = z.object({
  id: z.string(),
  score: z.number().int(),
  comment: z.string(),
  isHidden: z.boolean(),
  updatedAt: IsoDate,
});
/** The viewer's own evaluation of one kind. */
export const OwnEvaluation = z.object({ score: z.number().int(), comment: z.string().nullable(), updatedAt: IsoDate });

/** How many residents gave each score: byScore[0] is the count of 1s, byScore[4] of 5s. */
export const ResidentCounts = z.object({ count: z.number().int(), mean: Mean, byScore: z.array(z.number().int()) });

export const EvaluationSummary = z.object({
  outcome: z.object({ id: z.string(), code: z.string(), status: z.enum(OUTCOME_STATUSES) }),
  /** Sent (报送) and not withdrawn: evaluations are taken. */
  isOpen: z.boolean(),
  combined: CombinedScore,
  leader: z.object({ count: z.number().int(), mean: Mean, entries: z.array(SignedEvaluation) }),
  member: z.object({ count: z.number().int(), mean: Mean, entries: z.array(SignedEvaluation) }),
  resident: ResidentCounts.extend({ comments: z.array(ResidentComment) }),
  /** The residents' link and its QR code, for the liaison who opens it; null until opened or for others. */
  residentLink: z.object({ url: z.string(), qrPath: z.string() }).nullable(),
  mine: z.object({ leader: OwnEvaluation.nullable(), member: OwnEvaluation.nullable() }),
  abilities: z.object({
    leader: z.boolean(), // may give (or change) 党政点评
    member: z.boolean(), // may give (or change) 民主评议
    openLink: z.boolean(), // may open the residents' evaluation (once)
    moderate: z.boolean(), // may hide resident comments, sees the link
  }),
});

/** The residents' page: public fields of the outcome, the residents' counts, and this phone's own evaluation. */
export const PublicEvaluationView = z.object({
  outcome: z.object({
    code: z.string(),
    title: z.string(),
    status: z.enum(OUTCOME_STATUSES),
    placeName: z.string(),
    consensus: z.array(z.string()),
  }),
  isOpen: z.boolean(),
  counts: ResidentCounts,
  mine: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
});
