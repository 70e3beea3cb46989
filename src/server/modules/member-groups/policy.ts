// Who may do what with member groups (委员小组) and the coverage check, and which groups a person
// sees: one table for both.
import { or, type SQL, sql } from 'drizzle-orm';
import { MEMBER_GROUP_ROLES } from '../../../shared/access/member-groups';
import type { MemberGroupKind } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { memberGroupMembers, memberGroups, places } from '../../platform/db/schema';

export type MemberGroupAction = 'read' | 'manage';

type Scope = { placePath: string; kind: MemberGroupKind; isMine?: boolean };

/**
 * By reach over the place that keeps the group: the office keeps every kind, a liaison the fixed
 * members of councils (议事会固定成员), leaders and members read. A member also reads the groups
 * they belong to wherever those are kept (a district committee of a township's member).
 */
export function canGroup(actor: Actor, action: MemberGroupAction, g: Scope) {
  if (action === 'read') return reaches(actor, MEMBER_GROUP_ROLES.read, g.placePath) || g.isMine === true;
  return (
    reaches(actor, MEMBER_GROUP_ROLES.manage, g.placePath) ||
    (g.kind === 'council' && reaches(actor, MEMBER_GROUP_ROLES.manage_council, g.placePath))
  );
}

/** May the actor create a group of `kind` kept at `placePath`? The same rule as changing one. */
export const canCreateGroup = (actor: Actor, kind: MemberGroupKind, placePath: string) =>
  canGroup(actor, 'manage', { placePath, kind });

/** What the list offers: creating any kind (the office) or a council's fixed members (a liaison). */
export const listAbilities = (actor: Actor) => ({
  create: reachOf(actor, MEMBER_GROUP_ROLES.manage).length > 0,
  createCouncil: reachOf(actor, [...MEMBER_GROUP_ROLES.manage, ...MEMBER_GROUP_ROLES.manage_council]).length > 0,
});

/** Whether the actor holds a role that reads groups anywhere (none: 403 on the lists). */
export const readsGroups = (actor: Actor) => reachOf(actor, MEMBER_GROUP_ROLES.read).length > 0;

/** The groups the actor sees, as SQL over member_groups ⋈ places (the keeping place). */
export function visibleGroups(actor: Actor): SQL {
  const mine = sql`exists (select 1 from ${memberGroupMembers} where ${memberGroupMembers.groupId} = ${memberGroups.id} and ${memberGroupMembers.accountId} = ${actor.id})`;
  return or(inSubtree(places.path, reachOf(actor, MEMBER_GROUP_ROLES.read)), mine) as SQL;
}

/** The coverage check's reach: where the actor holds the office's, a liaison's or a leader's role. */
export const coverageRoots = (actor: Actor) => reachOf(actor, MEMBER_GROUP_ROLES.coverage);
