// The submissions module's side of topics (议题): which submissions the actor may turn into a topic
// and how similar they are, and the timeline step that tells the resident their item became one.
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { appendEvent } from './queries';

export { visibleSubmissions } from './policy';
export { matchesText, OPEN_STATUSES } from './queries';
export { grams, normalize, similarity } from './text';

type TopicNote = { id: string; code: string; title: string };
type Who = Pick<Actor, 'id' | 'displayName'>;

/**
 * Each submission joins the topic's case: a public step on its timeline, so the resident reads
 * on /t/<tracking code> that what they raised is now a topic for the council (列为议题).
 */
export async function noteSubmissionsInTopic(tx: DbOrTx, submissionIds: readonly string[], topic: TopicNote, by: Who) {
  for (const submissionId of submissionIds) {
    await appendEvent(tx, {
      submissionId,
      kind: 'topic',
      actorId: by.id,
      actorName: by.displayName,
      note: `已列为议题：${topic.title}（${topic.code}）`,
      isPublic: true,
      data: { topicId: topic.id, code: topic.code },
    });
  }
}

/** A submission taken out of a topic again: a step for staff only. */
export async function noteSubmissionOutOfTopic(tx: DbOrTx, submissionId: string, topic: TopicNote, by: Who) {
  await appendEvent(tx, {
    submissionId,
    kind: 'topic_unlinked',
    actorId: by.id,
    actorName: by.displayName,
    note: `已移出议题：${topic.title}（${topic.code}）`,
    data: { topicId: topic.id, code: topic.code },
  });
}
