import type { z } from 'zod';
import { type ListReceptionsQuery, RECEPTION_LIMITS } from '../../../shared/api/receptions';
import type { Ctx } from '../../platform/context';
import { forbidden, invalid, notFound } from '../../platform/errors';
import { canReception, maySeeRota } from './policy';
import { presentSlot } from './present';
import { eligibleMembers, listSlots, livePlace } from './queries';
import { placeToKeep } from './steps';

const DAY_MS = 86_400_000;

/**
 * The rota in a period (at most RECEPTION_LIMITS.maxDays): beneath a place one reads (404 another
 * region's), or across one's reach; one's own slots with `mine`. 403 to those who read no rota.
 */
export async function listReceptions(ctx: Ctx, q: z.output<typeof ListReceptionsQuery>) {
  if (!maySeeRota(ctx.actor)) throw forbidden();
  const span = q.to.getTime() - q.from.getTime();
  if (span <= 0 || span > RECEPTION_LIMITS.maxDays * DAY_MS) throw invalid([{ path: 'to', key: 'invalid_value' }]);
  if (q.placeId) {
    const place = await livePlace(ctx.db, q.placeId);
    if (!place || !canReception(ctx.actor, 'read', { placePath: place.path, memberId: null })) throw notFound();
  }
  const rows = await listSlots(ctx.db, ctx.actor, { ...q, memberId: q.mine ? ctx.actor.id : q.memberId });
  return { items: rows.map(presentSlot) };
}

/** The members who may be put on a place's rota, for those who keep it (404 unseen, 403 readers). */
export async function rotaMembers(ctx: Ctx, placeId: string) {
  const place = await placeToKeep(ctx, placeId);
  return { items: await eligibleMembers(ctx.db, place) };
}
