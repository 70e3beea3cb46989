import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { currentVocabulary, normalize, poolOf, Scorer } from '../../platform/text';
import { findVisiblePlace } from '../places';
import { groupKey, groupLabel, groupSimilar, sharedTerms } from './clustering';
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
  const [v, stored] = await Promise.all([
    currentVocabulary(ctx.db),
    screeningPool(ctx.db, ctx.actor, place.path, new Date()),
  ]);
  const pool = stored.map(({ terms, termsVersion, ...s }) => ({
    ...s,
    terms: termsVersion === v.version ? terms : v.terms(normalize(s.content)),
  }));
  // residents name where they live: the names of the place and of the items' places say where, not what
  const names = new Set([place.name, ...pool.map((s) => s.place.name)]);
  const ignore = new Set([...names].flatMap((n) => v.terms(normalize(n))));
  // the same scorer as the similar-submissions panel; words most of the pool holds weigh less
  const scorer = new Scorer(v, poolOf(pool.map((s) => s.terms)));
  const alike = (a: (typeof pool)[number], b: (typeof pool)[number]) => {
    const sameCategory = a.categoryId && b.categoryId ? a.categoryId === b.categoryId : null;
    return scorer.compare(a.terms, b.terms, { ignore, sameCategory }).score;
  };
  const groups = groupSimilar(pool, alike).slice(0, MAX_GROUPS);
  return {
    groups: groups.map((g) => ({
      key: groupKey(g),
      label: groupLabel(g),
      keywords: sharedTerms(g, (t) => scorer.weight(t), ignore),
      size: g.length,
      places: [...new Map(g.map((s) => [s.place.id, s.place])).values()],
      submissions: g.map(({ terms: _terms, categoryId: _category, ...s }) => s),
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
