// What a consultation takes from member groups (委员小组): the 专委会 that organises it, and the
// council's fixed members (固定成员) who prefill its invitations. The member-groups module sits
// above this one (it counts each committee's consultations), so these read its tables directly.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { isAncestorOrSelf } from '../../platform/db/place-path';
import { accounts, consultations, memberGroupMembers, memberGroups, places } from '../../platform/db/schema';
import { invalid } from '../../platform/errors';

/**
 * The organising committee named for a consultation at the place at `placePath`: a live 专委会
 * kept there or above it; 400 on the field otherwise.
 */
export async function organiserAt(db: DbOrTx, groupId: string, placePath: string) {
  const [row] = await db
    .select({ id: memberGroups.id })
    .from(memberGroups)
    .innerJoin(places, eq(places.id, memberGroups.placeId))
    .where(
      and(
        eq(memberGroups.id, groupId),
        eq(memberGroups.kind, 'committee'),
        isNull(memberGroups.archivedAt),
        isAncestorOrSelf(places.path, placePath),
      ),
    );
  if (!row) throw invalid([{ path: 'groupId', key: 'invalid_value' }]);
  return row.id;
}

/** The committee that organised a consultation, if one did. */
export async function organiserOf(db: DbOrTx, consultationId: string) {
  const [row] = await db
    .select({ id: memberGroups.id, name: memberGroups.name })
    .from(consultations)
    .innerJoin(memberGroups, eq(memberGroups.id, consultations.groupId))
    .where(eq(consultations.id, consultationId));
  return row ?? null;
}

/** The live groups of fixed members of the council at `placeId`, and their members' accounts. */
export async function fixedMembersOf(db: DbOrTx, placeId: string) {
  const groups = await db
    .select({ id: memberGroups.id })
    .from(memberGroups)
    .where(
      and(eq(memberGroups.kind, 'council'), eq(memberGroups.councilPlaceId, placeId), isNull(memberGroups.archivedAt)),
    );
  const members = await db
    .selectDistinct({ id: accounts.id, displayName: accounts.displayName })
    .from(memberGroupMembers)
    .innerJoin(memberGroups, eq(memberGroups.id, memberGroupMembers.groupId))
    .innerJoin(accounts, eq(accounts.id, memberGroupMembers.accountId))
    .where(
      and(eq(memberGroups.kind, 'council'), eq(memberGroups.councilPlaceId, placeId), isNull(memberGroups.archivedAt)),
    )
    .orderBy(asc(accounts.displayName), asc(accounts.id));
  return { groups: groups.length, members };
}
