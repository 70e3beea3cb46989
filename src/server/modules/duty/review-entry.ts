import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { dutyManualEntries } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { notify } from '../notifications';
import { findEntry } from './entries';
import { entryTitle } from './entry-title';
import { accessTo, mayReview } from './policy';
import { closingOver } from './rules-store';
import type { ReviewDutyEntryInput } from './schemas';

/**
 * Approves or rejects a pending manual entry, with a note (required to reject); the member is told
 * which (duty_entry_reviewed with its verdict). 404 unseen, 403 to all but a liaison or the office in reach (never one's own), 409 when already
 * reviewed or the year is closed.
 */
export async function reviewDutyEntry(ctx: Ctx, id: string, input: ReviewDutyEntryInput) {
  return ctx.db.transaction(async (tx) => {
    const e = await findEntry(tx, id, true);
    if (!e) throw notFound();
    const access = accessTo(ctx.actor, e.placePath, e.memberId);
    if (access === 'unseen') throw notFound();
    if (!mayReview(ctx.actor, e)) throw forbidden();
    if (e.status !== 'pending') throw new AppError(409, 'duty_entry_reviewed');
    if (await closingOver(tx, e.placePath, e.year)) throw new AppError(409, 'duty_year_closed', { year: e.year });
    const note = input.note || null;
    const now = new Date();
    await tx
      .update(dutyManualEntries)
      .set({ status: input.verdict, reviewedById: ctx.actor.id, reviewedAt: now, reviewNote: note })
      .where(eq(dutyManualEntries.id, e.id));
    await writeAudit(tx, ctx, {
      action: `duty_entry.${input.verdict === 'approved' ? 'approve' : 'reject'}`,
      entityType: 'duty_entry',
      entityId: e.id,
      placePath: e.placePath,
      before: { status: e.status },
      after: { status: input.verdict, note },
    });
    await notify(tx, {
      accountIds: [e.memberId],
      kind: 'duty_entry_reviewed',
      params: { title: entryTitle(e.description), actor: ctx.actor.displayName, note, verdict: input.verdict },
      entityType: 'duty_entry',
      entityId: e.id,
    });
  });
}
