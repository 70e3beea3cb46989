import type { SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';

export type ApiKeyAction = 'read' | 'issue' | 'revoke';

/** Keys open a door into the places' inboxes from outside: only administrators hold them. */
const rolesFor = {
  read: ['admin'],
  issue: ['admin'],
  revoke: ['admin'],
} as const satisfies Record<ApiKeyAction, readonly Role[]>;

/** An administrator acts on the keys of places within their reach. */
export const canApiKey = (actor: Actor, action: ApiKeyAction, key: { placePath: string }) =>
  reaches(actor, rolesFor[action], key.placePath);

/** The keys the actor can see: scoped to places within their admin reach (same rule as `read`). */
export const visibleApiKeys = (actor: Actor): SQL => inSubtree(places.path, reachOf(actor, rolesFor.read));

/** The keys page is an administrator's: other roles get 403 rather than an empty list. */
export const canListApiKeys = (actor: Actor) =>
  actor.grants.some((g) => (rolesFor.read as readonly Role[]).includes(g.role));
