import { and, count, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { isWithin } from '../../platform/db/place-path';
import { places, submissions, topicSubmissions } from '../../platform/db/schema';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors';
import {
  OPEN_STATUSES,
  type OutOfTopicReason,
  submissionLeavesTopic,
  submissionsJoinTopic,
  visibleSubmissions,
} from '../submissions';
import { canTopic } from './policy';
import { loadVisibleTopic, type TopicRow } from './queries';
import { isEditable, needsSubmissions } from './rules';
import { statusNotAllowed } from './status-errors';

type Topic = { id: string; code: string; title: string; placePath: string };

/**
 * Puts submissions behind a topic: each must be visible to the actor, lie within the topic's
 * place, still be open, and belong to no other topic (a submission feeds at most one). The rows
 * are locked first, so two liaisons linking the same item at once get one link and one 409.
 * Answers the ids newly linked; each gets a public timeline step for its resident.
 */
export async function attachSubmissions(tx: DbOrTx, ctx: Ctx, topic: Topic, ids: readonly string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const visible = await tx
    .select({
      id: submissions.id,
      trackingCode: submissions.trackingCode,
      status: submissions.status,
      placePath: places.path,
      topicId: topicSubmissions.topicId,
    })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .leftJoin(topicSubmissions, eq(topicSubmissions.submissionId, submissions.id))
    .where(and(inArray(submissions.id, wanted), visibleSubmissions(ctx.actor)))
    .for('update', { of: submissions });
  if (visible.length < wanted.length)
    throw new AppError(400, 'topic_submission_missing', {}, [], { field: 'submissionIds' });
  const fresh = visible.filter((s) => s.topicId !== topic.id);
  for (const s of fresh) {
    const params = { trackingCode: s.trackingCode };
    if (!isWithin(s.placePath, topic.placePath)) throw conflict('topic_submission_outside', params);
    if (!(OPEN_STATUSES as readonly string[]).includes(s.status)) throw conflict('topic_submission_closed', params);
    if (s.topicId) throw conflict('topic_submission_taken', params);
  }
  if (fresh.length === 0) return [];
  const inserted = await tx
    .insert(topicSubmissions)
    .values(fresh.map((s) => ({ topicId: topic.id, submissionId: s.id })))
    .onConflictDoNothing()
    .returning({ submissionId: topicSubmissions.submissionId });
  // another transaction linked one of them between our read and our insert
  const lost = fresh.find((s) => !inserted.some((i) => i.submissionId === s.id));
  if (lost) throw conflict('topic_submission_taken', { trackingCode: lost.trackingCode });
  const linked = fresh.map((s) => s.id);
  await submissionsJoinTopic(tx, linked, topic, ctx.actor);
  return linked;
}

/** Loads a topic for a change to its submissions: 404 unseen, 403 not a keeper, 409 past shaping. */
async function topicToShape(tx: DbOrTx, ctx: Ctx, id: string): Promise<TopicRow> {
  const row = await loadVisibleTopic(tx, ctx.actor, id, true);
  if (!row) throw notFound();
  if (!canTopic(ctx.actor, 'manage', { placePath: row.place.path })) throw forbidden();
  if (!isEditable(row.t.status)) throw statusNotAllowed(row.t.status);
  return row;
}

const refOf = (row: TopicRow): Topic => ({
  id: row.t.id,
  code: row.t.code,
  title: row.t.title,
  placePath: row.place.path,
});

/**
 * A topic turned down or withdrawn lets go of all its submissions, so each may feed another topic;
 * each resident reads that theirs goes on being handled. Answers the ids released.
 */
export async function releaseSubmissions(
  tx: DbOrTx,
  ctx: Ctx,
  row: TopicRow,
  why: Exclude<OutOfTopicReason, 'unlinked'>,
) {
  const released = await tx
    .delete(topicSubmissions)
    .where(eq(topicSubmissions.topicId, row.t.id))
    .returning({ id: topicSubmissions.submissionId });
  const ids = released.map((r) => r.id);
  for (const id of ids) await submissionLeavesTopic(tx, id, refOf(row), ctx.actor, why);
  return ids;
}

/** Adds submissions to a topic that is still being shaped (proposed or accepted). */
export async function linkSubmissions(ctx: Ctx, topicId: string, ids: readonly string[]) {
  await ctx.db.transaction(async (tx) => {
    const row = await topicToShape(tx, ctx, topicId);
    const linked = await attachSubmissions(tx, ctx, refOf(row), ids);
    if (linked.length === 0) return;
    await writeAudit(tx, ctx, {
      action: 'topic.link',
      entityType: 'topic',
      entityId: topicId,
      placePath: row.place.path,
      after: { submissionIds: linked },
    });
  });
}

/** Takes a submission out of a topic; one raised from submissions keeps at least one. */
export async function unlinkSubmission(ctx: Ctx, topicId: string, submissionId: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await topicToShape(tx, ctx, topicId);
    const [link] = await tx
      .select({ id: topicSubmissions.submissionId })
      .from(topicSubmissions)
      .where(and(eq(topicSubmissions.topicId, topicId), eq(topicSubmissions.submissionId, submissionId)));
    if (!link) throw notFound();
    const [linked] = await tx
      .select({ n: count() })
      .from(topicSubmissions)
      .where(eq(topicSubmissions.topicId, topicId));
    if (needsSubmissions(row.t.source) && (linked?.n ?? 0) <= 1) throw conflict('topic_last_submission');
    await tx
      .delete(topicSubmissions)
      .where(and(eq(topicSubmissions.topicId, topicId), eq(topicSubmissions.submissionId, submissionId)));
    await submissionLeavesTopic(tx, submissionId, refOf(row), ctx.actor);
    await writeAudit(tx, ctx, {
      action: 'topic.unlink',
      entityType: 'topic',
      entityId: topicId,
      placePath: row.place.path,
      before: { submissionId },
    });
  });
}
