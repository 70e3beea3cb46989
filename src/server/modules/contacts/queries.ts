import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ListContactLogsQuery, ListContactsQuery } from '../../../shared/api/contacts';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtreeOfPlace } from '../../platform/db/place-path';
import {
  accounts,
  contactLogs,
  memberContacts,
  memberPlaces,
  places,
  submissionEvents,
  submissions,
} from '../../platform/db/schema';
import { visibleContacts, visibleLogs } from './policy';

/** The paths of the places a member serves (their workstation, the places they 下沉 to). */
export async function servedPaths(db: DbOrTx, memberId: string) {
  const rows = await db
    .select({ path: places.path })
    .from(memberPlaces)
    .innerJoin(places, eq(places.id, memberPlaces.placeId))
    .where(and(eq(memberPlaces.accountId, memberId), isNull(places.archivedAt)));
  return rows.map((r) => r.path);
}

/** A live place by id with its path (for a place the use case checks itself). */
export async function livePlace(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: places.id, path: places.path, name: places.name, kind: places.kind })
    .from(places)
    .where(and(eq(places.id, id), isNull(places.archivedAt)));
  return row;
}

/** When the member was last in touch with the contact (any kind of contact). */
const lastContactAt = sql<Date | null>`(select max(${contactLogs.happenedAt}) from ${contactLogs} where ${contactLogs.contactId} = ${memberContacts.id})`;

/** Due a visit, as SQL: never in touch, or the last time plus the cadence has come (rules.ts isDue). */
const isDueSql = (now: Date): SQL =>
  sql`(${lastContactAt} is null or ${lastContactAt} + ${memberContacts.visitEveryDays} * interval '1 day' <= ${now.toISOString()}::timestamptz)`;

const contactColumns = {
  id: memberContacts.id,
  memberId: memberContacts.memberId,
  kind: memberContacts.kind,
  name: memberContacts.name,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  member: { id: accounts.id, displayName: accounts.displayName },
  address: memberContacts.address,
  phoneMasked: memberContacts.phoneMasked,
  phoneCipher: memberContacts.phoneCipher,
  note: memberContacts.note,
  visitEveryDays: memberContacts.visitEveryDays,
  lastContactAt: lastContactAt.mapWith(contactLogs.happenedAt),
  logCount: sql<number>`(select count(*)::int from ${contactLogs} where ${contactLogs.contactId} = ${memberContacts.id})`,
  archivedAt: memberContacts.archivedAt,
  createdAt: memberContacts.createdAt,
};
export type ContactRow = NonNullable<Awaited<ReturnType<typeof findVisibleContact>>>;

const contactsFrom = (db: DbOrTx) =>
  db
    .select(contactColumns)
    .from(memberContacts)
    .innerJoin(places, eq(places.id, memberContacts.placeId))
    .innerJoin(accounts, eq(accounts.id, memberContacts.memberId));

/** A contact the actor sees, or undefined (another region's, another member's). */
export async function findVisibleContact(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await contactsFrom(db).where(and(eq(memberContacts.id, id), visibleContacts(actor)));
  return row;
}

type ListInput = z.output<typeof ListContactsQuery>;

/** One page of the contacts the actor sees, those due first (the longest overdue first), and the total. */
export async function listContacts(db: DbOrTx, actor: Actor, q: ListInput, now: Date) {
  const where: SQL[] = [visibleContacts(actor)];
  if (!q.archived) where.push(isNull(memberContacts.archivedAt));
  if (q.memberId) where.push(eq(memberContacts.memberId, q.memberId));
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  if (q.kind) where.push(eq(memberContacts.kind, q.kind));
  if (q.due) where.push(isDueSql(now));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(memberContacts.name, like), ilike(memberContacts.address, like)) as SQL);
  }
  const next = sql`${lastContactAt} + ${memberContacts.visitEveryDays} * interval '1 day'`;
  const [rows, [total]] = await Promise.all([
    contactsFrom(db)
      .where(and(...where))
      .orderBy(sql`${next} asc nulls first`, asc(memberContacts.name), asc(memberContacts.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: count() })
      .from(memberContacts)
      .innerJoin(places, eq(places.id, memberContacts.placeId))
      .where(and(...where)),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** How many contacts a member keeps now, and how many of them are due a visit. */
export async function ownCounts(db: DbOrTx, memberId: string, now: Date) {
  const [row] = await db
    .select({ count: count(), due: sql<number>`(count(*) filter (where ${isDueSql(now)}))::int` })
    .from(memberContacts)
    .where(and(eq(memberContacts.memberId, memberId), isNull(memberContacts.archivedAt)));
  return { count: row?.count ?? 0, due: row?.due ?? 0 };
}

const logColumns = {
  id: contactLogs.id,
  memberId: contactLogs.memberId,
  kind: contactLogs.kind,
  happenedAt: contactLogs.happenedAt,
  summary: contactLogs.summary,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
  contact: { id: memberContacts.id, name: memberContacts.name, kind: memberContacts.kind },
  member: { id: accounts.id, displayName: accounts.displayName },
  createdAt: contactLogs.createdAt,
};

const logsFrom = (db: DbOrTx) =>
  db
    .select(logColumns)
    .from(contactLogs)
    .innerJoin(places, eq(places.id, contactLogs.placeId))
    .innerJoin(accounts, eq(accounts.id, contactLogs.memberId))
    .leftJoin(memberContacts, eq(memberContacts.id, contactLogs.contactId));
export type LogRow = Awaited<ReturnType<ReturnType<typeof logsFrom>['where']>>[number];

/** A log entry the actor sees, or undefined. */
export async function findVisibleLog(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await logsFrom(db).where(and(eq(contactLogs.id, id), visibleLogs(actor)));
  return row;
}

/** A contact's log, the latest first (as many as a page shows). */
export const logsOfContact = (db: DbOrTx, contactId: string, limit = 100) =>
  logsFrom(db)
    .where(eq(contactLogs.contactId, contactId))
    .orderBy(desc(contactLogs.happenedAt), desc(contactLogs.createdAt))
    .limit(limit);

type ListLogsInput = z.output<typeof ListContactLogsQuery>;

/** One page of the log entries the actor sees, the latest first, and the total. */
export async function listLogs(db: DbOrTx, actor: Actor, q: ListLogsInput) {
  const where: SQL[] = [visibleLogs(actor)];
  if (q.memberId) where.push(eq(contactLogs.memberId, q.memberId));
  if (q.contactId) where.push(eq(contactLogs.contactId, q.contactId));
  if (q.placeId) where.push(inSubtreeOfPlace(places.path, q.placeId));
  if (q.kind) where.push(eq(contactLogs.kind, q.kind));
  if (q.from) where.push(gte(contactLogs.happenedAt, q.from));
  if (q.to) where.push(lt(contactLogs.happenedAt, q.to));
  const [rows, [total]] = await Promise.all([
    logsFrom(db)
      .where(and(...where))
      .orderBy(desc(contactLogs.happenedAt), desc(contactLogs.createdAt), desc(contactLogs.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: count() })
      .from(contactLogs)
      .innerJoin(places, eq(places.id, contactLogs.placeId))
      .where(and(...where)),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The submissions raised at these log entries (转为诉求), oldest first. */
export async function raisedAt(db: DbOrTx, logIds: string[]) {
  if (logIds.length === 0) return [];
  return db
    .select({
      id: submissions.id,
      trackingCode: submissions.trackingCode,
      status: submissions.status,
      contactLogId: submissions.contactLogId,
    })
    .from(submissions)
    .where(inArray(submissions.contactLogId, logIds))
    .orderBy(
      asc(submissions.createdAt),
      // filed in one transaction they share its time: the order their first steps were written in decides
      sql`(select min(${submissionEvents.id}) from ${submissionEvents} where ${submissionEvents.submissionId} = ${submissions.id})`,
    );
}
