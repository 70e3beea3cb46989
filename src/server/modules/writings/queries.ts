import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { WRITING_STATUSES, type WritingStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { shanghaiHour } from '../../platform/calendar';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { accounts, memberWritings, places, submissions } from '../../platform/db/schema';
import { visibleSubmissions } from '../submissions';
import { forwardedTo, visibleWritings } from './policy';
import type { ListWritingsInput } from './schemas';

const author = alias(accounts, 'author');

const rowColumns = {
  id: memberWritings.id,
  code: memberWritings.code,
  kind: memberWritings.kind,
  title: memberWritings.title,
  body: memberWritings.body,
  status: memberWritings.status,
  authorId: memberWritings.authorId,
  authorName: author.displayName,
  placeId: memberWritings.placeId,
  placePath: places.path,
  placeName: places.name,
  submittedAt: memberWritings.submittedAt,
  reviewedById: memberWritings.reviewedById,
  reviewNote: memberWritings.reviewNote,
  adoptedAt: memberWritings.adoptedAt,
  forwardedAt: memberWritings.forwardedAt,
  forwardedToIds: memberWritings.forwardedToIds,
  submissionIds: memberWritings.submissionIds,
  createdAt: memberWritings.createdAt,
  updatedAt: memberWritings.updatedAt,
};

/** A writing the actor can see, with its place and author; else undefined. */
export async function findVisibleWriting(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select(rowColumns)
    .from(memberWritings)
    .innerJoin(places, eq(places.id, memberWritings.placeId))
    .innerJoin(author, eq(author.id, memberWritings.authorId))
    .where(and(eq(memberWritings.id, id), visibleWritings(actor)));
  return row;
}
export type WritingRow = NonNullable<Awaited<ReturnType<typeof findVisibleWriting>>>;

/** Holds the writing's row for the caller's transaction, as every step that moves it does first. */
export async function lockWriting(tx: DbOrTx, id: string) {
  await tx.select({ id: memberWritings.id }).from(memberWritings).where(eq(memberWritings.id, id)).for('update');
}

/** The first instant of a year in the deployment's calendar. */
const yearStart = (year: number) => shanghaiHour(`${String(year).padStart(4, '0')}-01-01`, 0);

function filters(actor: Actor, q: ListWritingsInput): SQL[] {
  const where: SQL[] = [visibleWritings(actor)];
  if (q.box === 'mine') where.push(eq(memberWritings.authorId, actor.id));
  if (q.box === 'received') where.push(forwardedTo(actor));
  if (q.kind) where.push(eq(memberWritings.kind, q.kind));
  if (q.year !== undefined) {
    const when = sql`coalesce(${memberWritings.submittedAt}, ${memberWritings.createdAt})`;
    where.push(gte(when, yearStart(q.year)), lt(when, yearStart(q.year + 1)));
  }
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    where.push(
      or(
        ilike(memberWritings.title, pattern),
        ilike(memberWritings.code, pattern), // a draft has none
        ilike(author.displayName, pattern),
      ) as SQL,
    );
  }
  return where;
}

/**
 * One page of the writings the actor sees, with counts per status under the same filters. The
 * writings awaiting review come oldest first (the office's queue); any other list, newest first.
 */
export async function listVisibleWritings(db: DbOrTx, actor: Actor, q: ListWritingsInput) {
  const base = filters(actor, q);
  const where = q.status ? [...base, eq(memberWritings.status, q.status)] : base;
  const order =
    q.status === 'submitted'
      ? [asc(memberWritings.submittedAt), asc(memberWritings.id)]
      : [desc(memberWritings.updatedAt), desc(memberWritings.id)];
  const [rows, byStatus] = await Promise.all([
    db
      .select({
        id: memberWritings.id,
        code: memberWritings.code,
        kind: memberWritings.kind,
        title: memberWritings.title,
        status: memberWritings.status,
        author: { id: author.id, displayName: author.displayName },
        place: { id: places.id, name: places.name },
        submittedAt: memberWritings.submittedAt,
        adoptedAt: memberWritings.adoptedAt,
        forwardedAt: memberWritings.forwardedAt,
        createdAt: memberWritings.createdAt,
        updatedAt: memberWritings.updatedAt,
      })
      .from(memberWritings)
      .innerJoin(places, eq(places.id, memberWritings.placeId))
      .innerJoin(author, eq(author.id, memberWritings.authorId))
      .where(and(...where))
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ status: memberWritings.status, n: count() })
      .from(memberWritings)
      .innerJoin(places, eq(places.id, memberWritings.placeId))
      .innerJoin(author, eq(author.id, memberWritings.authorId))
      .where(and(...base))
      .groupBy(memberWritings.status),
  ]);
  const counts = Object.fromEntries(WRITING_STATUSES.map((s) => [s, 0])) as Record<WritingStatus, number>;
  for (const r of byStatus) counts[r.status] = r.n;
  const total = q.status ? counts[q.status] : byStatus.reduce((a, r) => a + r.n, 0);
  return { rows, total, counts };
}

/** The submissions a writing grew from that the viewer may read, oldest first. */
export function readableSubmissions(db: DbOrTx, actor: Actor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: submissions.id,
      trackingCode: submissions.trackingCode,
      content: submissions.content,
      status: submissions.status,
    })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .where(and(inArray(submissions.id, [...ids]), visibleSubmissions(actor)))
    .orderBy(asc(submissions.createdAt), asc(submissions.id));
}

/** People by id, in the order given (the authors, reviewers and recipients a page names). */
export async function peopleOf(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: accounts.id, displayName: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, [...ids]));
  return ids.flatMap((id) => rows.filter((r) => r.id === id));
}

/** The account's home place (where a writing it drafts belongs). */
export async function homePlaceOf(db: DbOrTx, accountId: string) {
  const [row] = await db
    .select({ id: places.id, path: places.path })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(eq(accounts.id, accountId));
  if (!row) throw new Error(`account without its home place ${accountId}`);
  return row;
}
