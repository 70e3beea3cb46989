import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { depthOf, isWithin } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { boardRoots } from './policy';
import { boardCounts, boardUnits } from './queries';
import { DUE_SOON_DAYS, STALLED_DAYS } from './rules';
import type { BoardInput } from './schemas';

/**
 * The supervision board (督办) of a region: the views' counts and each responsible unit's tasks.
 * The region is a place the viewer's roles reach (404 otherwise), by default their widest; a
 * person with no role of a region (a department) has no board (403).
 */
export async function supervisionBoard(ctx: Ctx, q: BoardInput, now = new Date()) {
  const roots = boardRoots(ctx.actor);
  if (roots.length === 0) throw forbidden();
  const widest = [...roots].sort((a, b) => depthOf(a) - depthOf(b))[0] as string;
  const where = q.placeId ? eq(places.id, q.placeId) : eq(places.path, widest);
  const [place] = await ctx.db
    .select({ id: places.id, name: places.name, kind: places.kind, path: places.path })
    .from(places)
    .where(where);
  if (!place || !roots.some((r) => isWithin(place.path, r))) throw notFound();
  const [views, units] = await Promise.all([boardCounts(ctx.db, place.id, now), boardUnits(ctx.db, place.id, now)]);
  return {
    place: { id: place.id, name: place.name, kind: place.kind },
    dueSoonDays: DUE_SOON_DAYS,
    stalledDays: STALLED_DAYS,
    views,
    units,
  };
}
