import type { SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';

export type PlaceAction = 'read' | 'create_child' | 'update' | 'move' | 'archive';

const rolesFor = {
  read: ['admin', 'leader', 'liaison', 'member', 'department', 'cppcc'],
  create_child: ['admin'],
  update: ['admin'],
  move: ['admin'],
  archive: ['admin'],
} as const satisfies Record<PlaceAction, readonly Role[]>;

/** May the actor do `action` at the place at `path`? */
export const canPlace = (actor: Actor, action: PlaceAction, place: { path: string }) =>
  reaches(actor, rolesFor[action], place.path);

type PlaceChange = Exclude<PlaceAction, 'read' | 'create_child'>;
type Located = { path: string; parentPath: string | null };

/**
 * Where a change to a place is decided. Moving or archiving (and restoring) a place is decided at
 * its parent, so nobody takes the top of their own reach away, and a top-level place is never
 * moved or archived; updating is decided at the place itself.
 */
export const decidedAt = (action: PlaceChange, place: Located): string | null =>
  action === 'update' ? place.path : place.parentPath;

/** May the actor make this change to the place? */
export function canChangePlace(actor: Actor, action: PlaceChange, place: Located) {
  const path = decidedAt(action, place);
  return path !== null && canPlace(actor, action, { path });
}

/** The places the actor can see, as a SQL condition: the same grants as `canPlace(…, 'read')`. */
export const visiblePlaces = (actor: Actor): SQL => inSubtree(places.path, reachOf(actor, rolesFor.read));

/** The tops of what the actor can see: where the tree starts for them. */
export const visibleRoots = (actor: Actor) => reachOf(actor, rolesFor.read);

export const placeAbilities = (actor: Actor, place: Located) => ({
  createChild: canPlace(actor, 'create_child', place),
  update: canChangePlace(actor, 'update', place),
  move: canChangePlace(actor, 'move', place),
  archive: canChangePlace(actor, 'archive', place),
});
