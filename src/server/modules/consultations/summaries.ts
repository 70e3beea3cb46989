import { and, asc, desc, eq, gte, ilike, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtree } from '../../platform/db/place-path';
import { consultations, participants, places, topics } from '../../platform/db/schema';
import { visibleConsultations } from './policy';
import type { ListConsultationsInput } from './schemas';

// correlated on the outer row: written out because drizzle renders the column unqualified in a subquery
const participantCount = sql<number>`(select count(*)::int from participants p where p.consultation_id = "consultations"."id")`;
const attendedCount = sql<number>`(select count(*)::int from participants p where p.consultation_id = "consultations"."id" and p.attended_at is not null)`;

/** The columns of a ConsultationSummary. */
export const summaryColumns = {
  id: consultations.id,
  code: consultations.code,
  title: consultations.title,
  form: consultations.form,
  status: consultations.status,
  startsAt: consultations.startsAt,
  endsAt: consultations.endsAt,
  venue: consultations.venue,
  place: { id: places.id, name: places.name },
  topic: { id: topics.id, code: topics.code, title: topics.title },
  participantCount,
  attendedCount,
};

const summaries = (db: DbOrTx) =>
  db
    .select(summaryColumns)
    .from(consultations)
    .innerJoin(places, eq(places.id, consultations.placeId))
    .innerJoin(topics, eq(topics.id, consultations.topicId));

export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

export async function findSummary(db: DbOrTx, id: string): Promise<SummaryRow | undefined> {
  const [row] = await summaries(db).where(eq(consultations.id, id));
  return row;
}

/** The list's conditions, as SQL over consultations ⋈ places ⋈ topics: the list and the dashboard share them. */
export function consultationFilters(
  actor: Actor,
  q: Omit<ListConsultationsInput, 'page' | 'pageSize'>,
  placePath: string | undefined,
): SQL[] {
  const where: SQL[] = [visibleConsultations(actor)];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(consultations.title, like), ilike(consultations.code, like), ilike(topics.title, like)) as SQL);
  }
  if (q.status) where.push(eq(consultations.status, q.status));
  if (q.form) where.push(eq(consultations.form, q.form));
  if (placePath) where.push(inSubtree(places.path, [placePath])); // a place means its whole subtree
  if (q.topicId) where.push(eq(consultations.topicId, q.topicId));
  if (q.from) where.push(gte(consultations.startsAt, q.from));
  if (q.to) where.push(lte(consultations.startsAt, q.to));
  return where;
}

/** The consultations list: what the actor can see, filtered, newest start first. */
export async function listVisibleConsultations(
  db: DbOrTx,
  actor: Actor,
  q: ListConsultationsInput,
  placePath: string | undefined,
) {
  const cond = and(...consultationFilters(actor, q, placePath));
  const [items, [count]] = await Promise.all([
    summaries(db)
      .where(cond)
      .orderBy(desc(consultations.startsAt), desc(consultations.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(consultations)
      .innerJoin(places, eq(places.id, consultations.placeId))
      .innerJoin(topics, eq(topics.id, consultations.topicId))
      .where(cond),
  ]);
  return { items, total: count?.n ?? 0 };
}

export const INVITATIONS_LIMIT = 50;

/** The consultations an account is invited to: upcoming (from a day ago, not cancelled) first, then past. */
export async function listInvitations(db: DbOrTx, accountId: string, now: Date) {
  const since = new Date(now.getTime() - 86_400_000);
  const invited = sql`exists (select 1 from ${participants} where ${participants.consultationId} = ${consultations.id} and ${participants.accountId} = ${accountId})`;
  const upcoming = and(gte(consultations.startsAt, since), ne(consultations.status, 'cancelled')) as SQL;
  const [next, past] = await Promise.all([
    summaries(db).where(and(invited, upcoming)).orderBy(asc(consultations.startsAt)).limit(INVITATIONS_LIMIT),
    summaries(db)
      .where(and(invited, sql`not (${upcoming})`))
      .orderBy(desc(consultations.startsAt))
      .limit(INVITATIONS_LIMIT),
  ]);
  return [...next, ...past].slice(0, INVITATIONS_LIMIT);
}
