import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { lockDutyYear } from '../../platform/db/locks';
import { dutyRuleSets } from '../../platform/db/schema';
import { AppError, forbidden } from '../../platform/errors';
import { canDuty } from './policy';
import { visibleRegion } from './region';
import { closingOver, nextVersion } from './rules-store';
import type { SaveDutyRulesInput } from './schemas';

/**
 * Saves a region's scoring rules for a year (考核细则) as its next version; the earlier versions
 * stay. 404 unseen, 403 to all but the CPPCC office, 409 once the year is closed there or above.
 */
export async function saveDutyRules(ctx: Ctx, input: SaveDutyRulesInput) {
  return ctx.db.transaction(async (tx) => {
    await lockDutyYear(tx, input.year);
    const place = await visibleRegion({ ...ctx, db: tx }, input.placeId);
    if (!canDuty(ctx.actor, 'rules', place.path)) throw forbidden();
    if (await closingOver(tx, place.path, input.year))
      throw new AppError(409, 'duty_year_closed', { year: input.year });
    const version = await nextVersion(tx, place.id, input.year);
    const [row] = await tx
      .insert(dutyRuleSets)
      .values({ placeId: place.id, year: input.year, version, rules: input.rules, createdById: ctx.actor.id })
      .returning({ id: dutyRuleSets.id });
    await writeAudit(tx, ctx, {
      action: 'duty.rules_save',
      entityType: 'duty_rule_set',
      entityId: row?.id as string,
      placePath: place.path,
      after: { year: input.year, version, rules: input.rules },
    });
    return place;
  });
}
