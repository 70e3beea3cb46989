import { desc } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { auditEvents } from '../../platform/db/schema';
import { visibleActivity } from './policy';
import type { ActivityAction, ActivityEntity } from './schemas';

export const ACTIVITY_LIMIT = 15;

// each record's console page; the plan's items are read on the plan, which needs its district
const PAGES: Record<ActivityEntity, string | null> = {
  submission: '/submissions',
  topic: '/topics',
  consultation: '/consultations',
  outcome: '/outcomes',
  task: '/tasks',
  plan_item: null,
};

/** The latest steps on the records of the person's region, newest first (the kinds, never stored words). */
export async function recentActivity(db: DbOrTx, actor: Actor) {
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      entity: auditEvents.entityType,
      entityId: auditEvents.entityId,
      actorName: auditEvents.actorName,
    })
    .from(auditEvents)
    .where(visibleActivity(actor))
    .orderBy(desc(auditEvents.id))
    .limit(ACTIVITY_LIMIT);
  return rows.map((r) => {
    const entity = r.entity as ActivityEntity; // the condition admits only these
    const page = PAGES[entity];
    return {
      id: String(r.id),
      at: r.at,
      action: r.action as ActivityAction,
      entity,
      link: page ? `${page}/${r.entityId}` : null,
      actorName: r.actorName,
    };
  });
}
