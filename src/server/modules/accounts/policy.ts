import type { SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';

export type AccountAction = 'read' | 'manage';

const rolesFor = {
  read: ['admin'],
  manage: ['admin'],
} as const satisfies Record<AccountAction, readonly Role[]>;

/** Who may hand out roles: an admin, at places within their reach. */
const GRANTING_ROLES = ['admin'] as const satisfies readonly Role[];

type AccountScope = { homePlacePath: string; grantPaths: string[] };

/**
 * An admin reads accounts homed in their region. Changing one also needs every role the account
 * holds to lie within the admin's reach: a village admin cannot reset a district leader's password.
 */
export const canAccount = (actor: Actor, action: AccountAction, a: AccountScope) =>
  reaches(actor, rolesFor[action], a.homePlacePath) &&
  (action === 'read' || a.grantPaths.every((p) => reaches(actor, rolesFor[action], p)));

/** The accounts the actor can see: homed within their admin reach (same rule as `read`). */
export const visibleAccounts = (actor: Actor): SQL => inSubtree(places.path, reachOf(actor, rolesFor.read));

/**
 * An admin does not manage their own account through the accounts pages: they cannot disable it,
 * reset its password (they change it at /api/auth/password, which asks for the current one) or
 * revoke their own roles — each would let a stolen session lock the person out — nor grant
 * themselves roles, which would raise their own rights.
 */
export const isOwnAccount = (actor: Actor, accountId: string) => actor.id === accountId;

/** May the actor grant or revoke a role at the place at `placePath`? */
export const canGrantAt = (actor: Actor, placePath: string) => reaches(actor, GRANTING_ROLES, placePath);

/** The accounts list is an admin's page: other roles get 403 rather than an empty list. */
export const canListAccounts = (actor: Actor) =>
  actor.grants.some((g) => (rolesFor.read as readonly Role[]).includes(g.role));

/** May the actor grant and revoke roles on this account? Managed by them, and not their own. */
export const canGrantTo = (actor: Actor, a: AccountScope & { id: string }) =>
  canAccount(actor, 'manage', a) && !isOwnAccount(actor, a.id);
