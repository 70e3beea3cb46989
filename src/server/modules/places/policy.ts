import type { SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { type Actor, pathWithin, reaches, reachOf } from '../../platform/auth/actor';
import { places } from '../../platform/db/schema';

export type PlaceAction = 'read' | 'create_child' | 'update' | 'move' | 'archive';

const rolesFor = {
  read: ['admin', 'leader', 'liaison', 'member', 'department'],
  create_child: ['admin'],
  update: ['admin'],
  move: ['admin'],
  archive: ['admin'],
} as const satisfies Record<PlaceAction, readonly Role[]>;

/** May the actor do `action` to the place at `path`? */
export const canPlace = (actor: Actor, action: PlaceAction, place: { path: string }) =>
  reaches(actor, rolesFor[action], place.path);

/** The places the actor can see, as a SQL condition: the same grants as `canPlace(…, 'read')`. */
export const visiblePlaces = (actor: Actor): SQL => pathWithin(places.path, reachOf(actor, rolesFor.read));

/** The tops of what the actor can see: where the tree starts for them. */
export const visibleRoots = (actor: Actor) => reachOf(actor, rolesFor.read);

export const placeAbilities = (actor: Actor, place: { path: string; parentPath: string | null }) => ({
  createChild: canPlace(actor, 'create_child', place),
  update: canPlace(actor, 'update', place),
  // moving or archiving the top of one's own reach would take it out of reach: the parent decides
  move: place.parentPath !== null && canPlace(actor, 'move', { path: place.parentPath }),
  archive: place.parentPath !== null && canPlace(actor, 'archive', { path: place.parentPath }),
});
