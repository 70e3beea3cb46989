import { and, asc, count, desc, eq, isNotNull, sql, sum } from 'drizzle-orm';
import type { EvaluationKind } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { accounts, evaluations, outcomes, places } from '../../platform/db/schema';
import { tookPart, visibleForEvaluation } from './policy';
import type { KindTally } from './rules';

const outcomeColumns = {
  id: outcomes.id,
  code: outcomes.code,
  title: outcomes.title,
  status: outcomes.status,
  consultationId: outcomes.consultationId,
  consensusItemIds: outcomes.consensusItemIds,
  evaluationToken: outcomes.evaluationToken,
  placePath: places.path,
  placeName: places.name,
};

/**
 * An outcome whose evaluations the actor sees, with whether they took part in its consultation;
 * `lock` holds its row until the transaction ends (its status and link cannot change meanwhile).
 */
export async function findOutcomeForEvaluation(db: DbOrTx, actor: Actor, id: string, lock = false) {
  const query = db
    .select({ ...outcomeColumns, tookPart: sql<boolean>`${tookPart(actor)}` })
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .where(and(eq(outcomes.id, id), visibleForEvaluation(actor)));
  const [row] = await (lock ? query.for('update', { of: outcomes }) : query);
  return row;
}
export type EvaluatedOutcome = NonNullable<Awaited<ReturnType<typeof findOutcomeForEvaluation>>>;

/** The outcome behind a residents' link, or undefined. */
export async function findOutcomeByToken(db: DbOrTx, token: string, lock = false) {
  const query = db
    .select(outcomeColumns)
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .where(eq(outcomes.evaluationToken, token));
  const [row] = await (lock ? query.for('update', { of: outcomes }) : query);
  return row;
}
export type TokenOutcome = NonNullable<Awaited<ReturnType<typeof findOutcomeByToken>>>;

/** How many evaluated and the sum of their scores, per kind (kinds nobody used are zero). */
export async function tallyEvaluations(db: DbOrTx, outcomeId: string): Promise<Record<EvaluationKind, KindTally>> {
  const rows = await db
    .select({ kind: evaluations.kind, n: count(), total: sum(evaluations.score) })
    .from(evaluations)
    .where(eq(evaluations.outcomeId, outcomeId))
    .groupBy(evaluations.kind);
  const tallies: Record<EvaluationKind, KindTally> = {
    leader: { count: 0, sum: 0 },
    member: { count: 0, sum: 0 },
    resident: { count: 0, sum: 0 },
  };
  for (const r of rows) tallies[r.kind] = { count: r.n, sum: Number(r.total ?? 0) };
  return tallies;
}

/** How many residents gave each score: [count of 1s, …, count of 5s]. */
export async function residentScoreCounts(db: DbOrTx, outcomeId: string) {
  const rows = await db
    .select({ score: evaluations.score, n: count() })
    .from(evaluations)
    .where(and(eq(evaluations.outcomeId, outcomeId), eq(evaluations.kind, 'resident')))
    .groupBy(evaluations.score);
  const byScore = [0, 0, 0, 0, 0];
  for (const r of rows) byScore[r.score - 1] = r.n;
  return byScore;
}

/** Leaders' or members' evaluations with their names, the latest first. */
export const listSigned = (db: DbOrTx, outcomeId: string, kind: 'leader' | 'member') =>
  db
    .select({
      id: evaluations.id,
      accountId: evaluations.accountId,
      displayName: accounts.displayName,
      score: evaluations.score,
      comment: evaluations.comment,
      updatedAt: evaluations.updatedAt,
    })
    .from(evaluations)
    .innerJoin(accounts, eq(accounts.id, evaluations.accountId))
    .where(and(eq(evaluations.outcomeId, outcomeId), eq(evaluations.kind, kind)))
    .orderBy(desc(evaluations.updatedAt), asc(evaluations.id));

/** Residents' evaluations that carry a comment, newest first; hidden ones only when asked for. */
export const listResidentComments = (db: DbOrTx, outcomeId: string, withHidden: boolean, limit: number) =>
  db
    .select({
      id: evaluations.id,
      score: evaluations.score,
      comment: sql<string>`${evaluations.comment}`,
      isHidden: evaluations.isHidden,
      updatedAt: evaluations.updatedAt,
    })
    .from(evaluations)
    .where(
      and(
        eq(evaluations.outcomeId, outcomeId),
        eq(evaluations.kind, 'resident'),
        isNotNull(evaluations.comment),
        withHidden ? undefined : eq(evaluations.isHidden, false),
      ),
    )
    .orderBy(desc(evaluations.updatedAt), desc(evaluations.id))
    .limit(limit);

/** One resident's evaluation of the outcome, by their voter key. */
export async function findResidentEvaluation(db: DbOrTx, outcomeId: string, voterKey: string) {
  const [row] = await db
    .select({ id: evaluations.id, score: evaluations.score, comment: evaluations.comment })
    .from(evaluations)
    .where(and(eq(evaluations.outcomeId, outcomeId), eq(evaluations.voterKey, voterKey)));
  return row;
}

/** A leader's or member's evaluation: a second one replaces the first (one per person and kind). */
export const upsertSigned = (
  db: DbOrTx,
  v: { outcomeId: string; kind: 'leader' | 'member'; accountId: string; score: number; comment: string | null },
) =>
  db
    .insert(evaluations)
    .values(v)
    .onConflictDoUpdate({
      target: [evaluations.outcomeId, evaluations.kind, evaluations.accountId],
      set: { score: v.score, comment: v.comment, updatedAt: sql`now()` },
    })
    .returning({ id: evaluations.id });

/**
 * A resident's evaluation: one per voter key and outcome; a second replaces the first. A comment
 * staff hid stays hidden when it is edited (staff may show it again), so editing is no way around it.
 */
export const upsertResident = (
  db: DbOrTx,
  v: { outcomeId: string; voterKey: string; score: number; comment: string | null },
) =>
  db
    .insert(evaluations)
    .values({ ...v, kind: 'resident' })
    .onConflictDoUpdate({
      target: [evaluations.outcomeId, evaluations.voterKey],
      set: {
        score: v.score,
        comment: v.comment,
        updatedAt: sql`now()`,
      },
    });
