import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { presentPlaceDetail, presentPlaceSummary } from './present';
import { ancestorsOf, findVisiblePlace, type PlaceWithCount } from './queries';

/** Summaries with breadcrumbs, loading every ancestor name in one query. */
export async function loadPlaceSummaries(db: DbOrTx, rows: PlaceWithCount[]) {
  const crumbs = await ancestorsOf(
    db,
    rows.map((r) => r.path),
  );
  return rows.map((r) => presentPlaceSummary(r, crumbs));
}

/** One place with its breadcrumb and what the actor may do to it. */
export async function loadPlaceDetail(db: DbOrTx, row: PlaceWithCount, actor: Actor) {
  return presentPlaceDetail(row, await ancestorsOf(db, [row.path]), actor);
}

/** A place the actor can see (else 404), with its breadcrumb and abilities: what a change answers. */
export async function loadVisiblePlaceDetail(db: DbOrTx, actor: Actor, id: string) {
  const row = await findVisiblePlace(db, actor, id);
  if (!row) throw notFound();
  return loadPlaceDetail(db, row, actor);
}
