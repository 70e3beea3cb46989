import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { lockDutyYear } from '../../platform/db/locks';
import { dutyRuleSets, dutyYearClosings } from '../../platform/db/schema';
import { AppError, forbidden, invalid } from '../../platform/errors';
import { assessMembers, snapshotOf } from './assess';
import { canDuty } from './policy';
import { visibleRegion } from './region';
import { membersIn } from './roster';
import { closingOver, latestRuleSets, rulesAt } from './rules-store';
import type { CloseDutyYearInput } from './schemas';
import { DEFAULT_DUTY_RULES, yearOf } from './scoring';

/**
 * Takes the year's snapshot of every member homed in the region at `place`: their points and grade
 * with the version that counted them. A region without rules of its own or above is closed with
 * the defaults, saved as its first version. The caller has checked who may, and that it is open.
 */
export async function snapshotYear(
  tx: DbOrTx,
  place: { id: string; path: string },
  year: number,
  closedById: string | null,
) {
  let ruleSetId = rulesAt(await latestRuleSets(tx, year), place.path)?.id;
  if (!ruleSetId) {
    const [saved] = await tx
      .insert(dutyRuleSets)
      .values({ placeId: place.id, year, version: 1, rules: DEFAULT_DUTY_RULES, createdById: closedById })
      .returning({ id: dutyRuleSets.id });
    ruleSetId = saved?.id as string;
  }
  const assessments = await assessMembers(tx, await membersIn(tx, place.path), year);
  const results = assessments.map((a) => snapshotOf(a, ruleSetId));
  const [row] = await tx
    .insert(dutyYearClosings)
    .values({ placeId: place.id, year, ruleSetId, results, closedById })
    .returning({ id: dutyYearClosings.id });
  return { id: row?.id as number, ruleSetId, members: results.length };
}

/**
 * Closes a region's year (年度考核定档): every member homed in it is assessed and their points and
 * grade kept, so the year's results never change again; its rules can no longer be saved. 404
 * unseen, 403 to all but the CPPCC office, 400 for a year still to come, 409 once closed there or
 * above.
 */
export async function closeDutyYear(ctx: Ctx, input: CloseDutyYearInput) {
  return ctx.db.transaction(async (tx) => {
    await lockDutyYear(tx, input.year);
    const place = await visibleRegion({ ...ctx, db: tx }, input.placeId);
    if (!canDuty(ctx.actor, 'rules', place.path)) throw forbidden();
    if (input.year > yearOf(new Date())) throw invalid([{ path: 'year', key: 'not_in_future' }]);
    if (await closingOver(tx, place.path, input.year))
      throw new AppError(409, 'duty_year_closed', { year: input.year });
    const closing = await snapshotYear(tx, place, input.year, ctx.actor.id);
    await writeAudit(tx, ctx, {
      action: 'duty.close_year',
      entityType: 'duty_year_closing',
      entityId: String(closing.id),
      placePath: place.path,
      after: { year: input.year, ruleSetId: closing.ruleSetId, members: closing.members },
    });
    return place;
  });
}
