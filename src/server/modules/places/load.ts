import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { presentPlaceDetail, presentPlaceSummary } from './present';
import { ancestorsOf, type PlaceWithCount } from './queries';

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
