import type { Db } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { hit, unhit } from '../../platform/rate-limit';
import { findOutcomeByToken, findResidentEvaluation, upsertResident } from './queries';
import { isEvaluable, RESIDENT_LIMITS } from './rules';

/** Who evaluates on the residents' page: the phone's voter key, its address (hashed) and whether it solved a challenge. */
export type Rater = { key: string; addressHash: string; hasSolvedChallenge: boolean };

/** The route answers it with a fresh image challenge. */
export class NewRaterChallenge extends AppError {
  constructor() {
    super(429, 'evaluation_challenge_required');
  }
}

/**
 * One evaluation per person, as far as an anonymous page can tell: a phone without the cookie is a
 * new evaluator, so new evaluators from one address are counted per outcome and hour (in the rate
 * counts every instance shares), and past the cap only a solved image challenge admits another.
 * Phones already known pass: they change their own evaluation.
 */
async function admitNewRater(db: Db, outcomeId: string, rater: Rater) {
  const windowMs = RESIDENT_LIMITS.newVoterWindowMinutes * 60_000;
  const hits = await hit(db, [`evaluation-new:${outcomeId}:${rater.addressHash}`], windowMs);
  if (rater.hasSolvedChallenge || (hits.counts[0] ?? 0) <= RESIDENT_LIMITS.newVotersPerAddress) return;
  await unhit(db, hits); // a refused evaluator is not counted
  throw new NewRaterChallenge();
}

/** 群众评价: a resident's score (1–5) and optional comment by the outcome's public link; again, it changes theirs. */
export async function rateAsResident(
  db: Db,
  token: string,
  rater: Rater,
  input: { score: number; comment?: string | undefined },
) {
  const o = await findOutcomeByToken(db, token);
  if (!o) throw notFound();
  if (!isEvaluable(o.status)) throw new AppError(409, 'evaluation_not_open');
  const known = await findResidentEvaluation(db, o.id, rater.key);
  if (!known) await admitNewRater(db, o.id, rater);
  await upsertResident(db, {
    outcomeId: o.id,
    voterKey: rater.key,
    score: input.score,
    comment: input.comment ?? null,
  });
  return o;
}
