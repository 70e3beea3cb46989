import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { auditEvents } from '../../platform/db/schema';
import { visibleAuditEvents } from './policy';
import type { ListAuditInput } from './schemas';

/** One page of the region's audit events, newest first, with the filters applied. */
export async function listAuditEvents(db: DbOrTx, actor: Actor, q: ListAuditInput) {
  const where: SQL[] = [visibleAuditEvents(actor)];
  if (q.action) where.push(ilike(auditEvents.action, `${escapeLike(q.action)}%`));
  if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
  if (q.actor) where.push(ilike(auditEvents.actorName, `%${escapeLike(q.actor)}%`));
  if (q.from) where.push(gte(auditEvents.at, q.from));
  if (q.to) where.push(lt(auditEvents.at, q.to));
  const cond = and(...where);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(cond);
  const items = await db
    .select()
    .from(auditEvents)
    .where(cond)
    .orderBy(desc(auditEvents.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items, total: total?.n ?? 0 };
}
