import { eq } from 'drizzle-orm';
import type { OutcomeStatus } from '../../../shared/enums';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { outcomes, places } from '../../platform/db/schema';
import { nextOutcomeStatus, reviewDueFrom } from './rules';

export type CarryOutEvent = 'start_tasks' | 'all_accepted' | 'reopen';

/**
 * Moves an outcome as its tasks move (落实), in the caller's transaction: the first task starts
 * carrying it out, every task accepted (验收) carries it out — with its 回头看 date three months on —
 * and a task opened again (or a new one) takes it back, its review date cleared. A step its status
 * does not take leaves it as it is.
 * Returns the status it ends in.
 */
export async function moveOutcomeByTasks(
  tx: DbOrTx,
  ctx: Pick<Ctx, 'actor' | 'ip'>,
  outcomeId: string,
  event: CarryOutEvent,
): Promise<OutcomeStatus> {
  const [o] = await tx
    .select({ status: outcomes.status, placePath: places.path })
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .where(eq(outcomes.id, outcomeId))
    .for('update', { of: outcomes });
  if (!o) throw new Error(`no outcome ${outcomeId}`);
  const next = nextOutcomeStatus(o.status, event);
  if (!next || next === o.status) return o.status;
  const now = new Date();
  const change: Partial<typeof outcomes.$inferInsert> = { status: next, updatedAt: now };
  if (event === 'all_accepted') {
    change.carriedOutAt = now;
    change.reviewDueAt = reviewDueFrom(now);
  }
  // carried out no longer: no revisit is due until it is carried out again
  if (o.status === 'carried_out') change.reviewDueAt = null;
  await tx.update(outcomes).set(change).where(eq(outcomes.id, outcomeId));
  await writeAudit(tx, ctx, {
    action: `outcome.${event}`,
    entityType: 'outcome',
    entityId: outcomeId,
    placePath: o.placePath,
    before: { status: o.status },
    after: { status: next, carriedOutAt: change.carriedOutAt, reviewDueAt: change.reviewDueAt },
  });
  return next;
}
