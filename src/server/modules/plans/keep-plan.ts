// The annual consultation plan (年度协商计划): topics proposed into a district's year, approved or
// returned by a leader (党委审定).
import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { isWithin } from '../../platform/db/place-path';
import { planItems } from '../../platform/db/schema';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { canTopic, isPlannable, loadVisibleTopic, topicStatusWords } from '../topics';
import { findPlanDistrict, findVisiblePlanItem } from './queries';
import { isRemovable, nextPlanItemStatus, type PlanItemAction, planStatusNotAllowed } from './rules';
import type { PlanDecisionInput, ProposePlanItemInput, ReproposeInput } from './schemas';

const at = (path: string) => ({ placePath: path });

/**
 * Proposes an accepted topic of the district into the year's plan; a leader may approve it in
 * the same step. A topic is in a year's plan once (409 plan_item_exists). The topic's row is held
 * while it is checked and planned, so a withdrawal cannot slip in between.
 */
export async function proposeToPlan(ctx: Ctx, districtId: string, year: number, input: ProposePlanItemInput) {
  const district = await findPlanDistrict(ctx.db, ctx.actor, districtId);
  if (!canTopic(ctx.actor, 'plan_propose', at(district.path))) throw forbidden();
  if (input.approve && !canTopic(ctx.actor, 'plan_decide', at(district.path))) throw forbidden();

  return ctx.db.transaction(async (tx) => {
    const row = await loadVisibleTopic(tx, ctx.actor, input.topicId, true);
    if (!row) throw notFound();
    const topic = row.t;
    if (!isWithin(row.place.path, district.path)) throw conflict('plan_topic_outside');
    if (!isPlannable(topic.status)) throw conflict('plan_topic_not_ready', { status: topicStatusWords(topic.status) });
    const now = new Date();
    const decided = input.approve ? { decidedById: ctx.actor.id, decidedAt: now } : {};
    const [created] = await tx
      .insert(planItems)
      .values({
        placeId: district.id,
        year,
        topicId: topic.id,
        plannedMonth: input.plannedMonth ?? null,
        note: input.note || null,
        status: input.approve ? 'approved' : 'proposed',
        proposedById: ctx.actor.id,
        ...decided,
      })
      .onConflictDoNothing()
      .returning({ id: planItems.id });
    if (!created) throw conflict('plan_item_exists', { year });
    const entry = { entityType: 'plan_item' as const, entityId: created.id, placePath: district.path };
    const after = { year, topicId: topic.id, plannedMonth: input.plannedMonth ?? null, status: 'proposed' };
    await writeAudit(tx, ctx, { action: 'plan.propose', ...entry, after });
    if (input.approve) await writeAudit(tx, ctx, { action: 'plan.approve', ...entry, after: { status: 'approved' } });
    return created.id;
  });
}

/** Loads an item for a step: 404 unseen, 403 without the permission at its district, 409 from the wrong status. */
async function itemFor(tx: DbOrTx, ctx: Ctx, id: string, need: 'plan_propose' | 'plan_decide') {
  const row = await findVisiblePlanItem(tx, ctx.actor, id, true);
  if (!row) throw notFound();
  if (!canTopic(ctx.actor, need, at(row.district.path))) throw forbidden();
  return row;
}

async function step(tx: DbOrTx, ctx: Ctx, id: string, action: PlanItemAction) {
  const row = await itemFor(tx, ctx, id, action === 'repropose' ? 'plan_propose' : 'plan_decide');
  const next = nextPlanItemStatus(action, row.item.status);
  if (!next) throw planStatusNotAllowed(row.item.status);
  return { row, next };
}

/** A leader approves a proposal into the plan, or returns it with a reason. */
export async function decidePlanItem(ctx: Ctx, id: string, input: PlanDecisionInput) {
  await ctx.db.transaction(async (tx) => {
    const { row, next } = await step(tx, ctx, id, input.decision);
    const reason = input.reason?.trim() || null;
    const now = new Date();
    await tx
      .update(planItems)
      .set({ status: next, decidedById: ctx.actor.id, decidedAt: now, decisionReason: reason, updatedAt: now })
      .where(eq(planItems.id, id));
    await writeAudit(tx, ctx, {
      action: `plan.${input.decision}`,
      entityType: 'plan_item',
      entityId: id,
      placePath: row.district.path,
      before: { status: row.item.status },
      after: { status: next, reason },
    });
  });
}

/** A returned proposal comes back for a decision, perhaps for another month or with a new note. */
export async function reproposePlanItem(ctx: Ctx, id: string, input: ReproposeInput) {
  await ctx.db.transaction(async (tx) => {
    const { row, next } = await step(tx, ctx, id, 'repropose');
    const change = {
      status: next,
      plannedMonth: input.plannedMonth === undefined ? row.item.plannedMonth : input.plannedMonth,
      note: input.note === undefined ? row.item.note : input.note || null,
      proposedById: ctx.actor.id,
      decidedById: null,
      decidedAt: null,
      decisionReason: null,
      updatedAt: new Date(),
    };
    await tx.update(planItems).set(change).where(eq(planItems.id, id));
    await writeAudit(tx, ctx, {
      action: 'plan.repropose',
      entityType: 'plan_item',
      entityId: id,
      placePath: row.district.path,
      before: { status: row.item.status, decisionReason: row.item.decisionReason },
      after: { status: next, plannedMonth: change.plannedMonth, note: change.note },
    });
  });
}

/** Takes a proposal (or a returned one) out of the plan; an approved item stays. */
export async function removePlanItem(ctx: Ctx, id: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await itemFor(tx, ctx, id, 'plan_propose');
    if (!isRemovable(row.item.status)) throw planStatusNotAllowed(row.item.status);
    await tx.delete(planItems).where(eq(planItems.id, id));
    await writeAudit(tx, ctx, {
      action: 'plan.remove',
      entityType: 'plan_item',
      entityId: id,
      placePath: row.district.path,
      before: { year: row.item.year, topicId: row.item.topicId, status: row.item.status },
    });
  });
}
