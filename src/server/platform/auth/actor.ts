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

/** The paths where the actor holds one of `roles`; the roots of what those roles reach. */
export function reachOf(actor: Actor, roles: readonly Role[]): string[] {
  const paths = actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.placePath);
  // drop paths already covered by a shorter one, so SQL conditions stay small
  return paths.filter((p, i) => !paths.some((q, j) => j !== i && p !== q && isWithin(p, q)));
}

/** True when a grant of one of `roles` reaches `path`. */
export const reaches = (actor: Actor, roles: readonly Role[], path: string) =>
  actor.grants.some((g) => roles.includes(g.role) && isWithin(path, g.placePath));
