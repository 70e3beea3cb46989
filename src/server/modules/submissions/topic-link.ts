// The submissions module's side of topics (议题): which submissions the actor may turn into a topic
// and how similar they are, and the timeline step that tells the resident their item became one.
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { appendEvent } from './queries';

export { visibleSubmissions } from './policy';
export { OPEN_STATUSES } from './queries';
export { matchesText } from './search';

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

/** Why a submission left its topic: taken out by staff, or the whole topic turned down or withdrawn. */
export type OutOfTopicReason = 'unlinked' | 'rejected' | 'withdrawn';

const OUT_OF_TOPIC_NOTES: Record<OutOfTopicReason, string> = {
  unlinked: '已移出议题',
  rejected: '议题未立项',
  withdrawn: '议题已撤回',
};

/**
 * A submission taken out of a topic again: a public step, so the resident reads that it is no
 * longer a topic for the council and goes on being handled (诉求将继续办理).
 */
export async function noteSubmissionOutOfTopic(
  tx: DbOrTx,
  submissionId: string,
  topic: TopicNote,
  by: Who,
  why: OutOfTopicReason = 'unlinked',
) {
  await appendEvent(tx, {
    submissionId,
    kind: 'topic_unlinked',
    actorId: by.id,
    actorName: by.displayName,
    note: `${OUT_OF_TOPIC_NOTES[why]}：${topic.title}（${topic.code}），诉求将继续办理`,
    isPublic: true,
    data: { topicId: topic.id, code: topic.code, reason: why },
  });
}
