import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { dutyManualEntries } from '../../platform/db/schema';
import { AppError, forbidden, invalid } from '../../platform/errors';
import { holdersAt } from '../accounts';
import { notify } from '../notifications';
import { entryTitle } from './entry-title';
import { isMember } from './policy';
import { closingOver } from './rules-store';
import type { AskDutyEntryInput } from './schemas';
import { toTenths, yearOf } from './scoring';

/**
 * A member asks for a manual entry (其他履职) in their own ledger: what they did, what proves it,
 * when, the points asked; it counts once a liaison or the office approves it. The CPPCC office over
 * the member's home place is told (duty_entry_requested), or its liaisons where there is none.
 * 403 unless a member, 400 for a date to come, 409 when that year is closed.
 */
export async function askDutyEntry(ctx: Ctx, input: AskDutyEntryInput) {
  if (!isMember(ctx.actor)) throw forbidden();
  if (input.happenedAt.getTime() > Date.now()) throw invalid([{ path: 'happenedAt', key: 'not_in_future' }]);
  const year = yearOf(input.happenedAt);
  return ctx.db.transaction(async (tx) => {
    if (await closingOver(tx, ctx.actor.homePlacePath, year)) throw new AppError(409, 'duty_year_closed', { year });
    const [row] = await tx
      .insert(dutyManualEntries)
      .values({
        memberId: ctx.actor.id,
        year,
        happenedAt: input.happenedAt,
        description: input.description,
        evidence: input.evidence,
        points: toTenths(input.points),
        createdById: ctx.actor.id,
      })
      .returning({ id: dutyManualEntries.id });
    const id = row?.id as string;
    await writeAudit(tx, ctx, {
      action: 'duty_entry.ask',
      entityType: 'duty_entry',
      entityId: id,
      placePath: ctx.actor.homePlacePath,
      after: { year, happenedAt: input.happenedAt, description: input.description, points: input.points },
    });
    await notify(tx, {
      accountIds: await reviewersOf(tx, ctx.actor.homePlacePath, ctx.actor.id),
      kind: 'duty_entry_requested',
      params: { title: entryTitle(input.description), actor: ctx.actor.displayName },
      entityType: 'duty_entry',
      entityId: id,
    });
    return { id };
  });
}

/** Who is told of a member's entry to review: the office over their home place, else its liaisons. */
async function reviewersOf(tx: DbOrTx, homePlacePath: string, memberId: string) {
  for (const role of ['cppcc', 'liaison'] as const) {
    const ids = (await holdersAt(tx, [role], homePlacePath)).filter((id) => id !== memberId);
    if (ids.length > 0) return ids;
  }
  return [];
}
