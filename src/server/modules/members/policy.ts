// Who may do what with a member's profile, and which members a person sees: one definition for both.
import { or, type SQL, sql } from 'drizzle-orm';
import { MEMBER_ROLES, type MemberPermission } from '../../../shared/access/members';
import type { Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { accounts, places } from '../../platform/db/schema';

export type { MemberPermission };

const rolesFor = MEMBER_ROLES;

/** A member as the policy sees them: their account, home place and the places they serve. */
export type MemberScope = { id: string; homePlacePath: string; servedPaths: readonly string[] };

/**
 * Reading goes by the member's home place or any place they serve (a community's liaison sees the
 * members assigned to it, wherever they are homed); a member reads their own. Keeping the profile
 * goes by the home place only: the home decides whose roster a member is on.
 */
export function canMember(actor: Actor, action: MemberPermission, m: MemberScope) {
  const roles = rolesFor[action];
  if (reaches(actor, roles, m.homePlacePath)) return true;
  if (action !== 'read') return false;
  return m.id === actor.id || m.servedPaths.some((p) => reaches(actor, roles, p));
}

/** May the actor keep the roster at the place at `path` (a member's home, a place they are assigned)? */
export const canManageAt = (actor: Actor, path: string) => reaches(actor, rolesFor.manage, path);

/** The roster is a page for the CPPCC office, liaisons and leaders: others get 403, not an empty list. */
export const canListMembers = (actor: Actor) =>
  actor.grants.some((g) => (rolesFor.read as readonly Role[]).includes(g.role));

/** May the actor import a roster or ask for its template? They keep the roster somewhere. */
export const mayKeepRoster = (actor: Actor) =>
  actor.grants.some((g) => (rolesFor.manage as readonly Role[]).includes(g.role));

/**
 * The members the actor sees, as SQL over accounts ⋈ places (the home place): the same rule as
 * `read`. Whether the account is a member at all is the queries' business.
 */
export function visibleMembers(actor: Actor): SQL {
  const roots = reachOf(actor, rolesFor.read);
  const serves = sql`exists (select 1 from member_places vmp join places vsp on vsp.id = vmp.place_id where vmp.account_id = ${accounts.id} and ${inSubtree(sql`vsp.path`, roots)})`;
  return or(
    inSubtree(places.path, roots),
    roots.length > 0 ? serves : sql`false`,
    sql`${accounts.id} = ${actor.id}`,
  ) as SQL;
}

/**
 * What the viewer may do with the profile now, for the detail's `abilities`. Nobody archives their
 * own account: a stolen session could lock the person out.
 */
export function memberAbilities(actor: Actor, m: MemberScope & { isDisabled: boolean; hasPhone: boolean }) {
  const manage = canMember(actor, 'manage', m);
  return {
    edit: manage,
    archive: manage && !m.isDisabled && m.id !== actor.id,
    restore: manage && m.isDisabled,
    assign: manage,
    revealPhone: manage && m.hasPhone,
  };
}
