import { and, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { notifications } from '../../platform/db/schema';
import type { Notice } from './notify';
import type { ListNotificationsInput } from './schemas';

// Every read and write names the reader: a person sees and marks only their own notices.
const own = (accountId: string) => eq(notifications.accountId, accountId);
const unreadOf = (accountId: string) => and(own(accountId), isNull(notifications.readAt));

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  params: notifications.params,
  // a text column that only notify() writes, with one of Notice's entity types
  entityType: sql<Notice['entityType']>`${notifications.entityType}`,
  entityId: notifications.entityId,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

/** How many of the person's notices are unread (the bell's number). */
export async function countUnread(db: DbOrTx, accountId: string) {
  const [row] = await db.select({ n: count() }).from(notifications).where(unreadOf(accountId));
  return row?.n ?? 0;
}

/** One page of the person's notices, newest first (all, or the unread only), with the unread count. */
export async function listNotifications(db: DbOrTx, accountId: string, q: ListNotificationsInput) {
  const where: SQL | undefined = q.unread ? unreadOf(accountId) : own(accountId);
  const [[total], items, unread] = await Promise.all([
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select(columns)
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    countUnread(db, accountId),
  ]);
  return { items, total: total?.n ?? 0, unread };
}

/**
 * Marks one of the person's notices read (the first reading is kept); false when it is not theirs
 * or does not exist.
 */
export async function markNotificationRead(db: DbOrTx, accountId: string, id: string) {
  const [mine] = await db
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), own(accountId)));
  if (!mine) return false;
  if (!mine.readAt) {
    await db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.id, id), isNull(notifications.readAt)));
  }
  return true;
}

/** Marks all the person's unread notices read. */
export async function markAllNotificationsRead(db: DbOrTx, accountId: string) {
  await db.update(notifications).set({ readAt: new Date() }).where(unreadOf(accountId));
}
