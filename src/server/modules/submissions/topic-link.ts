// The submissions module's side of topics (议题): which submissions the actor may turn into a topic
// and how similar they are; the timeline step that tells the resident their item became one; and
// the clock that stands still while the topic is deliberated.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { submissions } from '../../platform/db/schema';
import { appendEvent } from './queries';
import { restartedDueAt } from './rules';

export { visibleSubmissions } from './policy';
export { OPEN_STATUSES } from './queries';
export { matchesText } from './search';

type TopicNote = { id: string; code: string; title: string };
type Who = Pick<Actor, 'id' | 'displayName'>;

/**
 * Submissions join a topic's case: their clocks stop (a topic in deliberation is not the level's
 * delay, so it is not overdue meanwhile), and each gets a public step on its timeline, so the
 * resident reads on /t/<tracking code> that what they raised is now a topic for the council (列为议题).
 */
export async function submissionsJoinTopic(tx: DbOrTx, submissionIds: readonly string[], topic: TopicNote, by: Who) {
  if (submissionIds.length === 0) return;
  await tx
    .update(submissions)
    .set({ clockStoppedAt: new Date() })
    .where(and(inArray(submissions.id, [...submissionIds]), isNull(submissions.clockStoppedAt)));
  for (const submissionId of submissionIds) {
    await appendEvent(tx, {
      submissionId,
      kind: 'topic',
      actorId: by.id,
      actorName: by.displayName,
      isPublic: true,
      // words the resident's page and the console put in a sentence in the reader's language
      data: { topicId: topic.id, code: topic.code, title: topic.title },
    });
  }
}

/** Why a submission left its topic: taken out by staff, or the whole topic turned down or withdrawn. */
export type OutOfTopicReason = 'unlinked' | 'rejected' | 'withdrawn';

/**
 * A submission taken out of a topic again: its clock runs again, the deadline moved on by the time
 * it stood still; and a public step, so the resident reads that it is no longer a topic for the
 * council and goes on being handled (诉求将继续办理).
 */
export async function submissionLeavesTopic(
  tx: DbOrTx,
  submissionId: string,
  topic: TopicNote,
  by: Who,
  why: OutOfTopicReason = 'unlinked',
) {
  const [clock] = await tx
    .select({ dueAt: submissions.dueAt, clockStoppedAt: submissions.clockStoppedAt })
    .from(submissions)
    .where(eq(submissions.id, submissionId))
    .for('update');
  if (clock?.clockStoppedAt) {
    const dueAt = restartedDueAt(clock.dueAt, clock.clockStoppedAt, new Date());
    await tx.update(submissions).set({ dueAt, clockStoppedAt: null }).where(eq(submissions.id, submissionId));
  }
  await appendEvent(tx, {
    submissionId,
    kind: 'topic_unlinked',
    actorId: by.id,
    actorName: by.displayName,
    isPublic: true,
    data: { topicId: topic.id, code: topic.code, title: topic.title, reason: why },
  });
}
