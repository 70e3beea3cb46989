import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { consultations, outcomes, places, submissions, topicSubmissions } from '../../platform/db/schema';
import { appendEvent } from './queries';

/** Left as they are: merged into another, declined, or solved already. */
const SETTLED = ['merged', 'declined', 'solved'] as const;

/**
 * Closes the submissions behind an outcome once it is carried out (已落实): those linked to the topic
 * its consultation deliberated become solved, their clock cleared, each with a public step telling
 * the resident what was carried out (so the tracking page asks for their rating) and an audit event.
 * Runs in the caller's transaction; answers how many it closed.
 */
export async function closeSubmissionsOfOutcome(
  tx: DbOrTx,
  ctx: Pick<Ctx, 'actor' | 'ip'>,
  outcomeId: string,
): Promise<number> {
  const [outcome] = await tx
    .select({ code: outcomes.code, title: outcomes.title, topicId: consultations.topicId })
    .from(outcomes)
    .innerJoin(consultations, eq(consultations.id, outcomes.consultationId))
    .where(eq(outcomes.id, outcomeId));
  if (!outcome) return 0;
  const linked = tx
    .select({ id: topicSubmissions.submissionId })
    .from(topicSubmissions)
    .where(eq(topicSubmissions.topicId, outcome.topicId));
  const open = await tx
    .select({ id: submissions.id, status: submissions.status, placeId: submissions.placeId, placePath: places.path })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .where(and(inArray(submissions.id, linked), notInArray(submissions.status, [...SETTLED])))
    .orderBy(submissions.createdAt)
    .for('update', { of: submissions });
  if (open.length === 0) return 0;

  const now = new Date();
  await tx
    .update(submissions)
    .set({ status: 'solved', solvedAt: now, dueAt: null, clockStoppedAt: null, updatedAt: now })
    .where(
      inArray(
        submissions.id,
        open.map((s) => s.id),
      ),
    );
  // words the resident's page renders in their language, never a sentence
  const params = { outcomeCode: outcome.code, outcomeTitle: outcome.title };
  for (const s of open) {
    await appendEvent(tx, {
      submissionId: s.id,
      kind: 'outcome_carried_out',
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      isPublic: true,
      data: params,
    });
    await writeAudit(tx, ctx, {
      action: 'submission.outcome_carried_out',
      entityType: 'submission',
      entityId: s.id,
      placePath: s.placePath,
      before: { status: s.status, placeId: s.placeId },
      after: { status: 'solved', placeId: s.placeId, outcomeId },
    });
  }
  return open.length;
}
