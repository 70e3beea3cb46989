import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { places, topics } from '../../platform/db/schema';
import { conflict } from '../../platform/errors';
import { visibleTopics } from './policy';
import { nextTopicStatus, type TopicAction } from './rules';

export const topicRefColumns = {
  id: topics.id,
  code: topics.code,
  title: topics.title,
  description: topics.description,
  status: topics.status,
  urgency: topics.urgency,
  placeId: topics.placeId,
  placePath: places.path,
  placeName: places.name,
};

export type TopicRef = Awaited<ReturnType<typeof findTopicById>> & {};

const refQuery = (db: DbOrTx, where: SQL) =>
  db.select(topicRefColumns).from(topics).innerJoin(places, eq(places.id, topics.placeId)).where(where).limit(1);

export async function findTopicById(db: DbOrTx, id: string) {
  const [row] = await refQuery(db, eq(topics.id, id));
  return row;
}

/** A topic the actor can see, else undefined — callers answer 404. */
export async function findVisibleTopic(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await refQuery(db, and(eq(topics.id, id), visibleTopics(actor)) as SQL);
  return row;
}

async function move(tx: DbOrTx, topicId: string, action: TopicAction) {
  const [row] = await tx
    .select({ status: topics.status, urgency: topics.urgency })
    .from(topics)
    .where(eq(topics.id, topicId))
    .for('update');
  if (!row) throw conflict('topic_not_ready', { status: 'missing' });
  const next = nextTopicStatus(action, row.status, row.urgency);
  if (!next) throw conflict('topic_not_ready', { status: row.status });
  if (next !== row.status)
    await tx.update(topics).set({ status: next, updatedAt: new Date() }).where(eq(topics.id, topicId));
}

/** Schedule: the topic goes into consultation (409 topic_not_ready unless screened in, or urgent). */
export const startTopicConsultation = (tx: DbOrTx, topicId: string) => move(tx, topicId, 'schedule');

/** A consultation on the topic concluded with consensus. */
export const concludeTopic = (tx: DbOrTx, topicId: string) => move(tx, topicId, 'conclude');
