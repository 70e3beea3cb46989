import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { peopleById } from '../topics';
import { findVisiblePlanItem, type PlanItemRow, planItemsOfYear } from './queries';

/** Plan items as the API shows them, with the people who proposed and decided (read in one query). */
export async function loadPlanItems(db: DbOrTx, rows: PlanItemRow[]) {
  const person = await peopleById(
    db,
    rows.flatMap((r) => [r.item.proposedById, r.item.decidedById]),
  );
  return rows.map(({ item, topic, topicPlace }) => ({
    id: item.id,
    topic: { ...topic, place: topicPlace },
    plannedMonth: item.plannedMonth,
    status: item.status,
    note: item.note,
    proposedBy: person(item.proposedById),
    decidedBy: person(item.decidedById),
    decidedAt: item.decidedAt,
    decisionReason: item.decisionReason,
    createdAt: item.createdAt,
  }));
}
export type LoadedPlanItem = Awaited<ReturnType<typeof loadPlanItems>>[number];

/** A district's plan for a year, as the actor sees it. */
export async function loadYearPlanItems(db: DbOrTx, actor: Actor, districtId: string, year: number) {
  return loadPlanItems(db, await planItemsOfYear(db, actor, districtId, year));
}

/** One plan item whose topic the actor can see (else 404), as the API shows it. */
export async function loadPlanItem(db: DbOrTx, actor: Actor, id: string): Promise<LoadedPlanItem> {
  const row = await findVisiblePlanItem(db, actor, id);
  if (!row) throw notFound();
  const [item] = await loadPlanItems(db, [row]);
  return item as LoadedPlanItem;
}
