import type { Role } from '../../../shared/enums';
import { isWithin } from '../db/place-path';

export type ActorGrant = {
  id: string;
  role: Role;
  placeId: string;
  placePath: string;
  placeName: string;
};

/** The signed-in person and the roles they hold, each at a place. */
export type Actor = {
  id: string;
  username: string;
  displayName: string;
  homePlacePath: string;
  grants: ActorGrant[];
};

// reachOf by actor and roles: a province leader holds a grant at each of a hundred districts, and one
// dashboard asks for the same reach a dozen times (each pass below compares every pair of grants).
// An actor is built once per request from its session and never changed afterwards.
const knownReach = new WeakMap<Actor, Map<string, readonly string[]>>();

/** The paths where the actor holds one of `roles`; the roots of what those roles reach. */
export function reachOf(actor: Actor, roles: readonly Role[]): string[] {
  const key = roles.join(',');
  const known = knownReach.get(actor)?.get(key);
  if (known) return [...known];
  const paths = actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.placePath);
  // drop paths already covered by a shorter one, so SQL conditions stay small
  const reach = paths.filter((p, i) => !paths.some((q, j) => j !== i && p !== q && isWithin(p, q)));
  const byRoles = knownReach.get(actor) ?? new Map<string, readonly string[]>();
  byRoles.set(key, reach);
  knownReach.set(actor, byRoles);
  return [...reach];
}

/** True when a grant of one of `roles` reaches `path`. */
export const reaches = (actor: Actor, roles: readonly Role[], path: string) =>
  actor.grants.some((g) => roles.includes(g.role) && isWithin(path, g.placePath));
