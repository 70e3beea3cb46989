import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { nextCode } from '../../platform/db/codes';
import { outcomes } from '../../platform/db/schema';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors';
import { findVisibleConsultation, listConsensusItems } from '../consultations';
import { canOutcome } from './policy';
import { findVisibleOutcome } from './queries';
import { nextOutcomeStatus } from './rules';
import type { CreateOutcomeInput, UpdateOutcomeInput } from './schemas';

/** The chosen consensus items, in their numbered order; each must be one of the consultation's (400 otherwise). */
async function consensusOf(tx: DbOrTx, consultationId: string, ids: string[]) {
  const items = await listConsensusItems(tx, consultationId);
  const chosen = new Set(ids);
  const known = items.filter((i) => chosen.has(i.id));
  if (known.length !== chosen.size) throw invalid([{ path: 'consensusItemIds', key: 'invalid_value' }]);
  return known.map((i) => i.id);
}

/** Drafts an outcome (协商成果) from a concluded consultation, at the consultation's place. */
export async function draftOutcome(ctx: Ctx, input: CreateOutcomeInput) {
  return ctx.db.transaction(async (tx) => {
    const c = await findVisibleConsultation(tx, ctx.actor, input.consultationId);
    if (!c) throw notFound();
    if (!canOutcome(ctx.actor, 'manage', { placePath: c.placePath })) throw forbidden();
    if (c.status !== 'concluded') throw conflict('outcome_consultation_open', { status: c.status });
    const consensusItemIds = await consensusOf(tx, c.id, input.consensusItemIds);
    const code = await nextCode(tx, 'CG');
    const [row] = await tx
      .insert(outcomes)
      .values({
        code,
        consultationId: c.id,
        placeId: c.placeId,
        type: input.type,
        title: input.title,
        body: input.body,
        consensusItemIds,
        createdById: ctx.actor.id,
      })
      .returning({ id: outcomes.id });
    const id = row?.id as string;
    await writeAudit(tx, ctx, {
      action: 'outcome.create',
      entityType: 'outcome',
      entityId: id,
      placePath: c.placePath,
      after: { code, consultationId: c.id, type: input.type, title: input.title, consensusItemIds },
    });
    return { id };
  });
}

/** Edits a draft (409 once it has been sent). */
export async function reviseOutcome(ctx: Ctx, id: string, input: UpdateOutcomeInput) {
  await ctx.db.transaction(async (tx) => {
    await tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.id, id)).for('update');
    const o = await findVisibleOutcome(tx, ctx.actor, id);
    if (!o) throw notFound();
    if (!canOutcome(ctx.actor, 'manage', o)) throw forbidden();
    if (!nextOutcomeStatus(o.status, 'edit')) throw new AppError(409, 'outcome_not_draft', { status: o.status });
    const change: Partial<typeof outcomes.$inferInsert> = { updatedAt: new Date() };
    if (input.type !== undefined) change.type = input.type;
    if (input.title !== undefined) change.title = input.title;
    if (input.body !== undefined) change.body = input.body;
    if (input.consensusItemIds !== undefined)
      change.consensusItemIds = await consensusOf(tx, o.consultationId, input.consensusItemIds);
    await tx.update(outcomes).set(change).where(eq(outcomes.id, id));
    const { updatedAt: _, ...after } = change;
    await writeAudit(tx, ctx, {
      action: 'outcome.update',
      entityType: 'outcome',
      entityId: id,
      placePath: o.placePath,
      before: Object.fromEntries(Object.keys(after).map((k) => [k, o[k as keyof typeof o]])),
      after,
    });
  });
}
