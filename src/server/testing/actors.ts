import type { Role } from '../../shared/enums';
import type { Actor } from '../platform/auth/actor';

/** An actor for a policy test: its id doubles as username and name; each grant is a role at a path. */
export const actorWith = (id: string, ...grants: [Role, string][]): Actor => ({
  id,
  username: id,
  displayName: id,
  homePlacePath: grants[0]?.[1] ?? '/',
  grants: grants.map(([role, placePath], i) => ({ id: `g${i}`, role, placePath, placeId: placePath, placeName: '' })),
});
