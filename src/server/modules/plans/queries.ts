import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { PLAN_ITEM_STATUSES, type PlanItemStatus } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { places, planItems, topics } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { visibleTopics } from '../topics';

/** The district whose plan it is: a place the actor sees (404) and of kind district (404 plan_not_district). */
export async function findPlanDistrict(db: DbOrTx, actor: Actor, districtId: string) {
  const place = await findVisiblePlace(db, actor, districtId);
  if (!place) throw notFound();
  if (place.kind !== 'district') throw new AppError(404, 'plan_not_district');
  return { id: place.id, name: place.name, path: place.path };
}

const itemColumns = {
  item: planItems,
  topic: {
    id: topics.id,
    code: topics.code,
    title: topics.title,
    description: topics.description,
    urgency: topics.urgency,
    status: topics.status,
    source: topics.source,
  },
  topicPlace: { id: places.id, name: places.name },
};

// the plan lists the topics the actor can see: a leader of the district sees all of it
const itemsQuery = (db: DbOrTx, actor: Actor, where: SQL) =>
  db
    .select(itemColumns)
    .from(planItems)
    .innerJoin(topics, eq(topics.id, planItems.topicId))
    .innerJoin(places, eq(places.id, topics.placeId))
    .where(and(where, visibleTopics(actor)));

/** The year's plan items the actor can see, by planned month (unscheduled last), then in the order proposed. */
export const planItemsOfYear = (db: DbOrTx, actor: Actor, districtId: string, year: number) =>
  itemsQuery(db, actor, and(eq(planItems.placeId, districtId), eq(planItems.year, year)) as SQL).orderBy(
    sql`${planItems.plannedMonth} asc nulls last`,
    asc(planItems.createdAt),
  );

/** A plan item whose topic the actor can see, with its district; `lock` holds the row. */
export async function findVisiblePlanItem(db: DbOrTx, actor: Actor, id: string, lock = false) {
  const q = itemsQuery(db, actor, eq(planItems.id, id));
  const [row] = await (lock ? q.for('update', { of: planItems }) : q);
  if (!row) return undefined;
  const [district] = await db
    .select({ id: places.id, name: places.name, path: places.path })
    .from(places)
    .where(eq(places.id, row.item.placeId));
  return district && { ...row, district };
}

export type PlanItemRow = Awaited<ReturnType<typeof itemsQuery>>[number];

export function planCounts(items: { status: PlanItemStatus }[]) {
  const counts = Object.fromEntries(PLAN_ITEM_STATUSES.map((s) => [s, 0])) as Record<PlanItemStatus, number>;
  for (const i of items) counts[i.status]++;
  return counts;
}
