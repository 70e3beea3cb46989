import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import { shanghaiDate } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { councils } from '../../platform/db/schema';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { canKeepProcedures } from './policy';
import { findOfferedProcedure, findProcedure, presentProcedure } from './queries';
import { meetingOccurrences } from './rules';
import type { CouncilInput } from './schemas';

async function councilPlace(ctx: Ctx, placeId: string) {
  const place = await findVisiblePlace(ctx.db, ctx.actor, placeId);
  if (!place) throw notFound();
  return place;
}

/** A council's settings (协商议事会): its procedure, its fixed meeting dates and the next six of them. */
export async function getCouncil(ctx: Ctx, placeId: string, now = new Date()) {
  const place = await councilPlace(ctx, placeId);
  const [row] = await ctx.db.select().from(councils).where(eq(councils.placeId, place.id));
  const procedure = row?.procedureId ? await findProcedure(ctx.db, row.procedureId) : undefined;
  const meetingRule = row?.meetingRule ?? 'none';
  const monthlyDay = row?.monthlyDay ?? null;
  return {
    place: { id: place.id, name: place.name, kind: place.kind, hasCouncil: place.hasCouncil },
    procedure: procedure ? presentProcedure(ctx.actor, procedure) : null,
    meetingRule,
    monthlyDay,
    defaultVenue: row?.defaultVenue ?? null,
    occurrences: place.hasCouncil ? meetingOccurrences(meetingRule, monthlyDay, shanghaiDate(now)) : [],
    abilities: { edit: place.hasCouncil && canKeepProcedures(ctx.actor, place.path) },
  };
}

/** Sets a council's procedure and meeting rule (逢十说事, 月月谈); the settings row is made on first save. */
export async function putCouncil(ctx: Ctx, placeId: string, input: CouncilInput) {
  const place = await councilPlace(ctx, placeId);
  if (!canKeepProcedures(ctx.actor, place.path)) throw forbidden();
  if (!place.hasCouncil) throw conflict('council_missing');
  if (input.meetingRule === 'monthly' && !input.monthlyDay)
    throw new AppError(400, 'council_monthly_day_required', {}, [{ path: 'monthlyDay', key: 'required' }]);
  if (input.procedureId && !(await findOfferedProcedure(ctx.db, input.procedureId, place.path)))
    throw new AppError(400, 'procedure_not_offered', {}, [{ path: 'procedureId', key: 'invalid_value' }]);
  const values = {
    procedureId: input.procedureId,
    meetingRule: input.meetingRule,
    monthlyDay: input.meetingRule === 'monthly' ? (input.monthlyDay ?? null) : null,
    defaultVenue: input.defaultVenue,
    updatedAt: new Date(),
  };
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(councils)
      .values({ placeId: place.id, ...values })
      .onConflictDoUpdate({ target: councils.placeId, set: values });
    await writeAudit(tx, ctx, {
      action: 'council.update',
      entityType: 'place',
      entityId: place.id,
      placePath: place.path,
      after: values,
    });
  });
}
