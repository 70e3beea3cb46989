import type { Actor } from '../../platform/auth/actor';
import { parentPathOf, pathIds } from '../../platform/db/place-path';
import { placeAbilities } from './policy';
import type { ancestorsOf, PlaceWithCount } from './queries';

/** The names of the ancestors, by id. */
export type Crumbs = Awaited<ReturnType<typeof ancestorsOf>>;

function breadcrumb(row: PlaceWithCount, crumbs: Crumbs) {
  return pathIds(row.path)
    .slice(0, -1)
    .flatMap((id) => {
      const c = crumbs.get(id);
      return c ? [c] : [];
    });
}

export function presentPlaceSummary(row: PlaceWithCount, crumbs: Crumbs) {
  return { ...row, breadcrumb: breadcrumb(row, crumbs) };
}

export function presentPlaceDetail(row: PlaceWithCount, crumbs: Crumbs, actor: Actor) {
  return {
    ...presentPlaceSummary(row, crumbs),
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
