import { and, asc, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import { accounts, grants, places, whistleCalls, whistleResponses, whistles } from '../../platform/db/schema';
import { answeredByMeSql, calledSql, servedSql, toAnswerSql, visibleWhistles, type WhistleScope } from './policy';
import type { ListWhistlesInput } from './schemas';

const raiser = alias(accounts, 'raiser');

const firstAnsweredAt = sql<Date | null>`(select min(r.answered_at) from ${whistleResponses} r where r.whistle_id = ${whistles.id})`;
const answerCount = sql<number>`(select count(*)::int from ${whistleResponses} r where r.whistle_id = ${whistles.id})`;

/** The columns of a whistle as lists and pages show it, with how the viewer stands to it. */
const rowColumns = (actor: Actor) => ({
  id: whistles.id,
  code: whistles.code,
  need: whistles.need,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  location: whistles.location,
  sectors: whistles.sectors,
  expertise: whistles.expertise,
  dueAt: whistles.dueAt,
  status: whistles.status,
  raisedBy: { id: raiser.id, displayName: raiser.displayName },
  createdAt: whistles.createdAt,
  closedAt: whistles.closedAt,
  rating: whistles.rating,
  ratingNote: whistles.ratingNote,
  answerCount,
  firstAnsweredAt: firstAnsweredAt.mapWith(whistles.createdAt),
  isCalled: calledSql(actor).mapWith(Boolean),
  isServed: servedSql(actor).mapWith(Boolean),
  isAnsweredByMe: answeredByMeSql(actor).mapWith(Boolean),
});

export type WhistleRow = Awaited<ReturnType<typeof findVisibleWhistle>> & {};

const fromWhistles = (db: DbOrTx, actor: Actor) =>
  db
    .select(rowColumns(actor))
    .from(whistles)
    .innerJoin(places, eq(places.id, whistles.placeId))
    .innerJoin(raiser, eq(raiser.id, whistles.raisedById));

/** A whistle the viewer sees, with how they stand to it; undefined otherwise (callers answer 404). */
export async function findVisibleWhistle(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await fromWhistles(db, actor).where(and(eq(whistles.id, id), visibleWhistles(actor)));
  return row;
}

export const scopeOf = (w: NonNullable<WhistleRow>): WhistleScope => ({
  placePath: w.placePath,
  status: w.status,
  isCalled: w.isCalled,
  isServed: w.isServed,
  isAnsweredByMe: w.isAnsweredByMe,
  answerCount: w.answerCount,
});

/** Holds the whistle's row for the caller's transaction: answers and closing run one at a time. */
export async function lockWhistle(tx: DbOrTx, id: string) {
  await tx.select({ id: whistles.id }).from(whistles).where(eq(whistles.id, id)).for('update');
}

/** The list's conditions: what the viewer sees, narrowed by the query. */
function listWhere(actor: Actor, q: ListWhistlesInput): SQL {
  const where: SQL[] = [visibleWhistles(actor)];
  if (q.status) where.push(eq(whistles.status, q.status));
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  if (q.from) where.push(gte(whistles.createdAt, q.from));
  if (q.to) where.push(lt(whistles.createdAt, q.to));
  if (q.toAnswer) where.push(toAnswerSql(actor));
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    where.push(
      or(ilike(whistles.code, pattern), ilike(whistles.need, pattern), ilike(whistles.location, pattern)) as SQL,
    );
  }
  return and(...where) as SQL;
}

/** A page of the whistles the viewer sees, newest first; open ones due soonest lead a member's "to answer". */
export function listWhistleRows(db: DbOrTx, actor: Actor, q: ListWhistlesInput) {
  return fromWhistles(db, actor)
    .where(listWhere(actor, q))
    .orderBy(...(q.toAnswer ? [asc(whistles.dueAt)] : []), desc(whistles.createdAt), desc(whistles.code))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
}

/** Every whistle of the list (all pages), as the figures need them. */
export function whistleStatsRows(db: DbOrTx, actor: Actor, q: ListWhistlesInput) {
  return db
    .select({
      status: whistles.status,
      createdAt: whistles.createdAt,
      firstAnsweredAt: firstAnsweredAt.mapWith(whistles.createdAt),
      closedAt: whistles.closedAt,
    })
    .from(whistles)
    .innerJoin(places, eq(places.id, whistles.placeId))
    .where(listWhere(actor, q));
}

/** A whistle's answers (报到) in the order they came, each with whether the responder is a department. */
export function responsesOf(db: DbOrTx, whistleId: string) {
  const responder = alias(accounts, 'responder');
  return db
    .select({
      id: whistleResponses.id,
      responder: { id: responder.id, displayName: responder.displayName },
      isDepartment: sql<boolean>`exists (select 1 from ${grants} g where g.account_id = ${responder.id} and g.role = 'department')`,
      answeredAt: whistleResponses.answeredAt,
      note: whistleResponses.note,
      didWhat: whistleResponses.didWhat,
      doneAt: whistleResponses.doneAt,
    })
    .from(whistleResponses)
    .innerJoin(responder, eq(responder.id, whistleResponses.responderId))
    .where(eq(whistleResponses.whistleId, whistleId))
    .orderBy(asc(whistleResponses.answeredAt), asc(whistleResponses.id));
}

/** Who the whistle called when it was raised. */
export async function calledIdsOf(db: DbOrTx, whistleId: string) {
  const rows = await db
    .select({ id: whistleCalls.accountId })
    .from(whistleCalls)
    .where(eq(whistleCalls.whistleId, whistleId));
  return rows.map((r) => r.id);
}

/** People by id, each with whether they are a department, by name. */
export function peopleOf(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      // a query of one table leaves its columns unqualified: name the table, or "id" would be the grant's
      isDepartment: sql<boolean>`exists (select 1 from ${grants} g where g.account_id = ${accounts}.id and g.role = 'department')`,
    })
    .from(accounts)
    .where(inArray(accounts.id, [...ids]))
    .orderBy(asc(accounts.displayName), asc(accounts.id));
}

/** A place by id, for checking where a whistle may be raised or listed. */
export async function findPlace(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: places.id, name: places.name, kind: places.kind, path: places.path, archivedAt: places.archivedAt })
    .from(places)
    .where(eq(places.id, id));
  return row;
}
