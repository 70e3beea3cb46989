import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { listCoveredPlaces } from './coverage';
import { loadPlaceSummaries } from './load';
import { findVisiblePlace, listVisibleChildren, SEARCH_LIMIT, searchVisiblePlaces } from './queries';
import type { ListPlacesInput } from './schemas';

/**
 * The children of a place (404 when the actor cannot see it, as for the place itself), the tops of
 * the actor's reach, or a name search within reach.
 */
export async function listPlaces(ctx: Ctx, { parentId, q, includeArchived, within, has }: ListPlacesInput) {
  if (within) {
    // a coverage figure's places (数据看板): flat, the first SEARCH_LIMIT by path, with their number
    const place = await findVisiblePlace(ctx.db, ctx.actor, within);
    if (!place) throw notFound();
    const covered = await listCoveredPlaces(ctx.db, ctx.actor, { withinPath: place.path, has }, SEARCH_LIMIT);
    const items = await loadPlaceSummaries(ctx.db, covered.rows);
    return { items, truncated: covered.total > covered.rows.length, total: covered.total };
  }
  if (parentId && !(await findVisiblePlace(ctx.db, ctx.actor, parentId))) throw notFound();
  const rows = q
    ? await searchVisiblePlaces(ctx.db, ctx.actor, q, includeArchived)
    : await listVisibleChildren(ctx.db, ctx.actor, parentId, includeArchived);
  const truncated = Boolean(q) && rows.length > SEARCH_LIMIT;
  return { items: await loadPlaceSummaries(ctx.db, truncated ? rows.slice(0, SEARCH_LIMIT) : rows), truncated };
}
