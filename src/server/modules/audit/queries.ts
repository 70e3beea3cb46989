import { and, count, desc, eq, gte, ilike, lt, ne, type SQL } from 'drizzle-orm';
import { SIGN_IN_ACTION } from '../../../shared/messages/audit';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { auditEvents } from '../../platform/db/schema';
import { visibleAuditEvents } from './policy';
import type { ListAuditInput } from './schemas';

/** One page of the region's audit events, newest first, with the filters applied. */
export async function listAuditEvents(db: DbOrTx, actor: Actor, q: ListAuditInput) {
  const where: SQL[] = [visibleAuditEvents(actor)];
  // sign-ins are routine: listed when asked for, or when the reader filters on them
  const asksForSignIns = q.signIns === 'true' || q.kind === 'auth' || (q.action ?? '').startsWith('auth');
  if (!asksForSignIns) where.push(ne(auditEvents.action, SIGN_IN_ACTION));
  if (q.kind) where.push(ilike(auditEvents.action, `${escapeLike(q.kind)}.%`));
  if (q.actorId) where.push(eq(auditEvents.actorId, q.actorId));
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
