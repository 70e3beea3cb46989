import { and, count, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { TOPIC_STATUSES } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { countsByStatus } from '../../platform/db/counts';
import { escapeLike } from '../../platform/db/like';
import { inSubtreeOfPlace, nearestOfKind } from '../../platform/db/place-path';
import { accounts, consultations, places, topics } from '../../platform/db/schema';
import { conflict } from '../../platform/errors';
import { visibleTopics } from './policy';
import { nextTopicStatus, releaseAction, type TopicAction } from './rules';
import type { ListTopicsInput } from './schemas';
import { topicStatusWords } from './status-errors';

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

/** The whole topic row and its place, visible to the actor; `lock` holds it for the caller's transaction. */
export async function loadVisibleTopic(db: DbOrTx, actor: Actor, id: string, lock = false) {
  const q = db
    .select({ t: topics, place: { id: places.id, name: places.name, kind: places.kind, path: places.path } })
    .from(topics)
    .innerJoin(places, eq(places.id, topics.placeId))
    .where(and(eq(topics.id, id), visibleTopics(actor)));
  const [row] = await (lock ? q.for('update', { of: topics }) : q);
  return row;
}
export type TopicRow = NonNullable<Awaited<ReturnType<typeof loadVisibleTopic>>>;

async function move(tx: DbOrTx, topicId: string, action: TopicAction) {
  const [row] = await tx
    .select({ status: topics.status, urgency: topics.urgency })
    .from(topics)
    .where(eq(topics.id, topicId))
    .for('update');
  if (!row) throw conflict('topic_not_ready', { status: 'missing' });
  const next = nextTopicStatus(action, row.status, row.urgency);
  if (!next) throw conflict('topic_not_ready', { status: topicStatusWords(row.status) });
  if (next !== row.status)
    await tx.update(topics).set({ status: next, updatedAt: new Date() }).where(eq(topics.id, topicId));
}

/** Schedule: the topic goes into consultation (409 topic_not_ready unless screened in, or urgent). */
export const startTopicConsultation = (tx: DbOrTx, topicId: string) => move(tx, topicId, 'schedule');

/** A consultation on the topic concluded with consensus. */
export const concludeTopic = (tx: DbOrTx, topicId: string) => move(tx, topicId, 'conclude');

/**
 * A consultation on the topic was cancelled (call it in that transaction, after the cancel is
 * written): unless another one is still scheduled or in progress, the topic leaves consultation —
 * concluded if one reached consensus, else accepted (an unscreened urgent topic: proposed). The
 * topic's row is locked before its consultations are read, so two cancels at once cannot both
 * leave it in consultation. A topic in no state to leave stays as it is: the cancel still stands.
 */
export async function releaseTopicFromConsultation(tx: DbOrTx, topicId: string) {
  const [row] = await tx
    .select({ status: topics.status, urgency: topics.urgency, screenedAt: topics.screenedAt })
    .from(topics)
    .where(eq(topics.id, topicId))
    .for('update');
  if (!row) return;
  const others = await tx
    .selectDistinct({ status: consultations.status })
    .from(consultations)
    .where(eq(consultations.topicId, topicId));
  const has = (s: string) => others.some((o) => o.status === s);
  if (has('scheduled') || has('in_progress')) return;
  // only an urgent topic reaches consultation unscreened (急事快议)
  const screened = row.screenedAt !== null || row.urgency !== 'urgent';
  const action = releaseAction({ hasConcluded: has('concluded'), screened });
  const next = nextTopicStatus(action, row.status, row.urgency);
  if (next && next !== row.status)
    await tx.update(topics).set({ status: next, updatedAt: new Date() }).where(eq(topics.id, topicId));
}

/** The place and its subtree, by id, as a condition on `places.path`. */
export const withinPlace = (placeId: string) => inSubtreeOfPlace(places.path, placeId);

// written out: drizzle renders a column unqualified inside a select-list subquery
const submissionCount = sql<number>`(select count(*)::int from topic_submissions ts where ts.topic_id = "topics"."id")`;

/** The list's conditions but its status, as SQL over topics ⋈ places: the list and the dashboard share them. */
export function topicFilters(actor: Actor, q: Omit<ListTopicsInput, 'status' | 'page' | 'pageSize'>): SQL[] {
  const base: SQL[] = [visibleTopics(actor)];
  if (q.placeId) base.push(withinPlace(q.placeId));
  if (q.source) base.push(eq(topics.source, q.source));
  if (q.urgency) base.push(eq(topics.urgency, q.urgency));
  if (q.createdFrom) base.push(gte(topics.createdAt, q.createdFrom));
  if (q.createdTo) base.push(lt(topics.createdAt, q.createdTo));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    base.push(or(ilike(topics.title, like), ilike(topics.description, like), ilike(topics.code, like)) as SQL);
  }
  return base;
}

/** One page of the topics the actor can see, newest first, with counts per status under the same filters. */
export async function listVisibleTopics(db: DbOrTx, actor: Actor, q: ListTopicsInput) {
  const base = topicFilters(actor, q);
  const where = q.status ? [...base, inArray(topics.status, q.status)] : base;
  const [rows, byStatus] = await Promise.all([
    db
      .select({
        id: topics.id,
        code: topics.code,
        title: topics.title,
        status: topics.status,
        urgency: topics.urgency,
        source: topics.source,
        place: { id: places.id, name: places.name },
        submissionCount,
        createdAt: topics.createdAt,
      })
      .from(topics)
      .innerJoin(places, eq(places.id, topics.placeId))
      .where(and(...where))
      .orderBy(desc(topics.createdAt), desc(topics.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ status: topics.status, n: count() })
      .from(topics)
      .innerJoin(places, eq(places.id, topics.placeId))
      .where(and(...base))
      .groupBy(topics.status),
  ]);
  const counts = countsByStatus(TOPIC_STATUSES, byStatus);
  const total = q.status ? q.status.reduce((a, s) => a + counts[s], 0) : byStatus.reduce((a, r) => a + r.n, 0);
  return { rows, total, counts };
}

/** id → { id, displayName } for the accounts named, null for none. */
export async function peopleById(db: DbOrTx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  const rows = wanted.length
    ? await db
        .select({ id: accounts.id, displayName: accounts.displayName })
        .from(accounts)
        .where(inArray(accounts.id, wanted))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (id: string | null) => (id ? (byId.get(id) ?? null) : null);
}

/** The district (区/县) a place lies in: the ancestor of kind district along its path, if any. */
export const districtOf = (db: DbOrTx, placePath: string) => nearestOfKind(db, placePath, ['district']);
