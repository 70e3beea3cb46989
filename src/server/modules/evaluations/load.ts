import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { listConsensusItems } from '../consultations';
import { canEvaluation, evaluationAbilities } from './policy';
import {
  type EvaluatedOutcome,
  findResidentEvaluation,
  listResidentComments,
  listSigned,
  residentScoreCounts,
  type TokenOutcome,
  tallyEvaluations,
} from './queries';
import { combineScores, isEvaluable } from './rules';
import type { EvaluationSummaryOut, PublicEvaluationOut } from './schemas';

/** How many resident comments the summary lists (the newest). */
export const RESIDENT_COMMENTS_SHOWN = 50;

/** The residents' page: /e/<token>. */
export const residentLink = (publicUrl: string, token: string) => `${publicUrl}/e/${token}`;
export const qrPathOf = (outcomeId: string) => `/api/outcomes/${outcomeId}/evaluations/qr.png`;

type Signed = Awaited<ReturnType<typeof listSigned>>[number];
const own = (rows: Signed[], accountId: string) => {
  const mine = rows.find((r) => r.accountId === accountId);
  return mine ? { score: mine.score, comment: mine.comment, updatedAt: mine.updatedAt } : null;
};
const entries = (rows: Signed[]) =>
  rows.map((r) => ({
    id: r.id,
    by: { id: r.accountId ?? '', displayName: r.displayName },
    score: r.score,
    comment: r.comment,
    updatedAt: r.updatedAt,
  }));

/**
 * An outcome's 三评 as the viewer sees it: the combined score and its parts, leaders' and members'
 * evaluations by name, residents' counts and newest comments (hidden ones only for those who hide
 * them), the residents' link for the liaison, and the viewer's own evaluations and abilities.
 */
export async function loadEvaluationSummary(
  db: DbOrTx,
  actor: Actor,
  o: EvaluatedOutcome,
  publicUrl: string,
): Promise<EvaluationSummaryOut> {
  const mayModerate = canEvaluation(actor, 'moderate', o);
  const [tallies, byScore, leaders, members, comments] = await Promise.all([
    tallyEvaluations(db, o.id),
    residentScoreCounts(db, o.id),
    listSigned(db, o.id, 'leader'),
    listSigned(db, o.id, 'member'),
    listResidentComments(db, o.id, mayModerate, RESIDENT_COMMENTS_SHOWN),
  ]);
  const combined = combineScores(tallies);
  const part = (kind: 'leader' | 'member' | 'resident') => {
    const p = combined.parts.find((x) => x.kind === kind);
    return { count: p?.count ?? 0, mean: p?.mean ?? null };
  };
  return {
    outcome: { id: o.id, code: o.code, status: o.status },
    isOpen: isEvaluable(o.status),
    combined,
    leader: { ...part('leader'), entries: entries(leaders) },
    member: { ...part('member'), entries: entries(members) },
    resident: { ...part('resident'), byScore, comments },
    residentLink:
      mayModerate && o.evaluationToken
        ? { url: residentLink(publicUrl, o.evaluationToken), qrPath: qrPathOf(o.id) }
        : null,
    mine: { leader: own(leaders, actor.id), member: own(members, actor.id) },
    abilities: evaluationAbilities(actor, { ...o, hasLink: o.evaluationToken !== null }),
  };
}

/** An outcome's combined 三评 score and its parts (the score null while nobody has evaluated), for documents that report it. */
export async function scoreOfOutcome(db: DbOrTx, outcomeId: string) {
  return combineScores(await tallyEvaluations(db, outcomeId));
}

/** The residents' page: the outcome's public fields, the residents' counts, and this phone's own evaluation. */
export async function loadPublicEvaluation(
  db: DbOrTx,
  o: TokenOutcome,
  voterKey: string,
): Promise<PublicEvaluationOut> {
  const [items, tallies, byScore, mine] = await Promise.all([
    listConsensusItems(db, o.consultationId),
    tallyEvaluations(db, o.id),
    residentScoreCounts(db, o.id),
    findResidentEvaluation(db, o.id, voterKey),
  ]);
  const chosen = new Set(o.consensusItemIds);
  const residents = combineScores(tallies).parts.find((p) => p.kind === 'resident');
  return {
    outcome: {
      code: o.code,
      title: o.title,
      status: o.status,
      placeName: o.placeName,
      consensus: items.filter((i) => chosen.has(i.id)).map((i) => i.text),
    },
    isOpen: isEvaluable(o.status),
    counts: { count: residents?.count ?? 0, mean: residents?.mean ?? null, byScore },
    mine: mine ? { score: mine.score, comment: mine.comment } : null,
  };
}
