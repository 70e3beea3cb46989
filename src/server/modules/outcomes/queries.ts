import { and, count, desc, eq, gte, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import {
  consultations,
  evaluations,
  outcomeRecipients,
  outcomes,
  places,
  tasks,
  topics,
} from '../../platform/db/schema';
import { listConsensusItems } from '../consultations';
import { sentTo, visibleOutcomes } from './policy';
import type { ListOutcomesInput } from './schemas';

const refColumns = {
  id: outcomes.id,
  code: outcomes.code,
  type: outcomes.type,
  title: outcomes.title,
  body: outcomes.body,
  status: outcomes.status,
  consensusItemIds: outcomes.consensusItemIds,
  consultationId: outcomes.consultationId,
  createdById: outcomes.createdById,
  sentAt: outcomes.sentAt,
  carriedOutAt: outcomes.carriedOutAt,
  reviewDueAt: outcomes.reviewDueAt,
  createdAt: outcomes.createdAt,
  updatedAt: outcomes.updatedAt,
  placeId: outcomes.placeId,
  placePath: places.path,
  placeName: places.name,
  placeKind: places.kind,
};

/** An outcome the actor can see (by reach, or sent to them), with whether it was sent to them; else undefined. */
export async function findVisibleOutcome(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select(refColumns)
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .where(and(eq(outcomes.id, id), visibleOutcomes(actor)));
  if (!row) return undefined;
  const [mine] = await db
    .select({
      id: outcomeRecipients.id,
      readAt: outcomeRecipients.readAt,
      reply: outcomeRecipients.reply,
      instruction: outcomeRecipients.instruction,
    })
    .from(outcomeRecipients)
    .where(and(eq(outcomeRecipients.outcomeId, id), eq(outcomeRecipients.accountId, actor.id)));
  return { ...row, isRecipient: Boolean(mine), mine };
}
export type OutcomeRow = NonNullable<Awaited<ReturnType<typeof findVisibleOutcome>>>;

/** The consultation and topic behind an outcome, and the consensus items it carries, in order. */
export async function sourcesOf(db: DbOrTx, o: Pick<OutcomeRow, 'consultationId' | 'consensusItemIds'>) {
  const [[source], items] = await Promise.all([
    db
      .select({
        consultation: { id: consultations.id, code: consultations.code, title: consultations.title },
        topic: { id: topics.id, code: topics.code, title: topics.title },
      })
      .from(consultations)
      .innerJoin(topics, eq(topics.id, consultations.topicId))
      .where(eq(consultations.id, o.consultationId)),
    listConsensusItems(db, o.consultationId),
  ]);
  if (!source) throw new Error(`outcome without its consultation ${o.consultationId}`);
  const chosen = new Set(o.consensusItemIds);
  return { ...source, consensus: items.filter((i) => chosen.has(i.id)) };
}
export type OutcomeSources = Awaited<ReturnType<typeof sourcesOf>>;

const awaitsMyReply = (actor: Actor) =>
  sql<boolean>`exists (select 1 from ${outcomeRecipients} where ${outcomeRecipients.outcomeId} = ${outcomes.id} and ${outcomeRecipients.accountId} = ${actor.id} and ${outcomeRecipients.reply} is null)`;

/** The statuses at or after `status` in the order an outcome moves through them. */
const reachedStatuses = (status: OutcomeStatus) => OUTCOME_STATUSES.slice(OUTCOME_STATUSES.indexOf(status));

/** The list's conditions but its status, as SQL over outcomes ⋈ places: the list and the dashboard share them. */
export function outcomeFilters(actor: Actor, q: Omit<ListOutcomesInput, 'status' | 'page' | 'pageSize'>): SQL[] {
  const where: SQL[] = [visibleOutcomes(actor)];
  if (q.box === 'received') where.push(sentTo(actor));
  if (q.type) where.push(eq(outcomes.type, q.type));
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(outcomes.title, pattern), ilike(outcomes.code, pattern)) as SQL);
  }
  if (q.sentFrom) where.push(gte(outcomes.sentAt, q.sentFrom));
  if (q.sentTo) where.push(lt(outcomes.sentAt, q.sentTo));
  if (q.reached) where.push(inArray(outcomes.status, reachedStatuses(q.reached)));
  if (q.adopted)
    where.push(
      sql`exists (select 1 from ${outcomeRecipients} where ${outcomeRecipients.outcomeId} = ${outcomes.id} and ${outcomeRecipients.verdict} = 'adopted')`,
    );
  if (q.evaluated)
    where.push(sql`exists (select 1 from ${evaluations} where ${evaluations.outcomeId} = ${outcomes.id})`);
  return where;
}

/**
 * One page of outcomes with counts per status under the same filters. The "received" box puts
 * what still awaits the viewer's reply first.
 */
export async function listVisibleOutcomes(db: DbOrTx, actor: Actor, q: ListOutcomesInput) {
  const base = outcomeFilters(actor, q);
  const where = q.status ? [...base, eq(outcomes.status, q.status)] : base;
  const waiting = awaitsMyReply(actor);
  const order =
    q.box === 'received'
      ? [desc(waiting), sql`${outcomes.sentAt} desc nulls last`, desc(outcomes.id)]
      : [desc(outcomes.createdAt), desc(outcomes.id)];
  const [rows, byStatus, [unreplied]] = await Promise.all([
    db
      .select({
        id: outcomes.id,
        code: outcomes.code,
        type: outcomes.type,
        title: outcomes.title,
        status: outcomes.status,
        place: { id: places.id, name: places.name },
        consultation: { id: consultations.id, code: consultations.code, title: consultations.title },
        sentAt: outcomes.sentAt,
        recipientCount: sql<number>`(select count(*)::int from ${outcomeRecipients} where ${outcomeRecipients.outcomeId} = ${outcomes.id})`,
        repliedCount: sql<number>`(select count(*)::int from ${outcomeRecipients} where ${outcomeRecipients.outcomeId} = ${outcomes.id} and ${outcomeRecipients.reply} is not null)`,
        awaitsMyReply: waiting,
        createdAt: outcomes.createdAt,
      })
      .from(outcomes)
      .innerJoin(places, eq(places.id, outcomes.placeId))
      .innerJoin(consultations, eq(consultations.id, outcomes.consultationId))
      .where(and(...where))
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ status: outcomes.status, n: count() })
      .from(outcomes)
      .innerJoin(places, eq(places.id, outcomes.placeId))
      .where(and(...base))
      .groupBy(outcomes.status),
    db
      .select({ n: count() })
      .from(outcomeRecipients)
      .where(and(eq(outcomeRecipients.accountId, actor.id), isNull(outcomeRecipients.reply))),
  ]);
  const counts = Object.fromEntries(OUTCOME_STATUSES.map((s) => [s, 0])) as Record<OutcomeStatus, number>;
  for (const r of byStatus) counts[r.status] = r.n;
  const total = q.status ? counts[q.status] : byStatus.reduce((a, r) => a + r.n, 0);
  return { rows, total, counts: { ...counts, unreplied: unreplied?.n ?? 0 } };
}

/** How many tasks carry the outcome out (落实), and how many of them were accepted (验收). */
export async function taskCountsOf(db: DbOrTx, outcomeId: string) {
  const [row] = await db
    .select({
      taskCount: count(),
      tasksAccepted: sql<number>`(count(*) filter (where ${tasks.status} = 'accepted'))::int`,
    })
    .from(tasks)
    .where(eq(tasks.outcomeId, outcomeId));
  return { taskCount: row?.taskCount ?? 0, tasksAccepted: row?.tasksAccepted ?? 0 };
}

/** Whether everyone the outcome was sent to has replied. */
export async function allReplied(db: DbOrTx, outcomeId: string) {
  const [open] = await db
    .select({ n: count() })
    .from(outcomeRecipients)
    .where(and(eq(outcomeRecipients.outcomeId, outcomeId), isNull(outcomeRecipients.reply)));
  return (open?.n ?? 0) === 0;
}

/** Marks the outcome read by this recipient, the first time they open it. */
export async function markRead(db: DbOrTx, recipientId: string) {
  await db
    .update(outcomeRecipients)
    .set({ readAt: new Date() })
    .where(and(eq(outcomeRecipients.id, recipientId), isNull(outcomeRecipients.readAt)));
}
