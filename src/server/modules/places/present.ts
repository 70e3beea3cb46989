import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { parentPathOf, pathIds } from '../../platform/db/place-path';
import { placeAbilities } from './policy';
import { ancestorsOf, type PlaceWithCount } from './queries';

type Crumbs = Awaited<ReturnType<typeof ancestorsOf>>;

function breadcrumb(row: PlaceWithCount, crumbs: Crumbs) {
  return pathIds(row.path)
    .slice(0, -1)
    .flatMap((id) => {
      const c = crumbs.get(id);
      return c ? [c] : [];
    });
}

export function toSummary(row: PlaceWithCount, crumbs: Crumbs) {
  return { ...row, breadcrumb: breadcrumb(row, crumbs) };
}

export function toDetail(row: PlaceWithCount, crumbs: Crumbs, actor: Actor) {
  return {
    ...toSummary(row, crumbs),
    room: row.hasRoom
      ? {
          address: row.roomAddress,
          hasSign: row.roomHasSign,
          hasVenue: row.roomHasVenue,
          hasDuties: row.roomHasDuties,
          hasMechanism: row.roomHasMechanism,
        }
      : null,
    abilities: placeAbilities(actor, { path: row.path, parentPath: parentPathOf(row.path) }),
  };
}

/** Summaries with breadcrumbs, loading every ancestor name in one query. */
export async function presentSummaries(db: DbOrTx, rows: PlaceWithCount[]) {
  const crumbs = await ancestorsOf(
    db,
    rows.map((r) => r.path),
  );
  return rows.map((r) => toSummary(r, crumbs));
}

export async function presentDetail(db: DbOrTx, row: PlaceWithCount, actor: Actor) {
  return toDetail(row, await ancestorsOf(db, [row.path]), actor);
}
