import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { grams, normalize, similarity } from '../submissions';
import { groupKey, groupLabel, groupSimilar, noiseGrams, sharedGrams } from './clustering';
import { canRaiseTopic, SOURCE_ROLES } from './policy';
import type { CandidatesInput } from './schemas';
import { candidateSubmissions, screeningPool } from './topic-submissions';

/** At most this many groups are offered, the largest first. */
export const MAX_GROUPS = 20;

/**
 * Grid screening (网格筛题): groups of similar open submissions no topic holds yet, within the
 * place's subtree, for the liaison to turn each into one topic.
 */
export async function screeningGroups(ctx: Ctx, placeId: string) {
  const place = await findVisiblePlace(ctx.db, ctx.actor, placeId);
  if (!place) throw notFound();
  if (!canRaiseTopic(ctx.actor, 'grid_screening', place.path)) throw forbidden();
  const pool = await screeningPool(ctx.db, ctx.actor, place.path, new Date());
  // residents name where they live: the names of the place and of the items' places say where, not what
  const names = new Set([place.name, ...pool.map((s) => s.place.name)]);
  const ignore = noiseGrams(
    pool,
    [...names].flatMap((n) => grams(normalize(n))),
  );
  const groups = groupSimilar(pool, similarity, { ignore }).slice(0, MAX_GROUPS);
  return {
    groups: groups.map((g) => ({
      key: groupKey(g),
      label: groupLabel(g),
      keywords: sharedGrams(g, ignore),
      size: g.length,
      places: [...new Map(g.map((s) => [s.place.id, s.place])).values()],
      submissions: g.map(({ grams: _grams, ...s }) => s),
    })),
    scanned: pool.length,
  };
}

/** Submissions sorted to a council that may still become a topic (群众出题), for the liaison. */
export async function topicCandidates(ctx: Ctx, q: CandidatesInput) {
  if (q.placeId) {
    const place = await findVisiblePlace(ctx.db, ctx.actor, q.placeId);
    if (!place) throw notFound();
    if (!canRaiseTopic(ctx.actor, 'submission', place.path)) throw forbidden();
  } else if (!ctx.actor.grants.some((g) => (SOURCE_ROLES.submission as readonly string[]).includes(g.role))) {
    throw forbidden();
  }
  return candidateSubmissions(ctx.db, ctx.actor, q);
}
