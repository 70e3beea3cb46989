// Checks of a group's fields that need the database: where it is kept, the council whose fixed
// members it holds, the group it pairs with. Shared by creating and changing a group.
import { eq } from 'drizzle-orm';
import type { MemberGroupKind, PlaceKind } from '../../../shared/enums';
import { GROUP_PLACE_RULE_WORDS } from '../../../shared/messages/member-groups';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db';
import { isWithin } from '../../platform/db/place-path';
import { memberGroups } from '../../platform/db/schema';
import { AppError, conflict, forbidden, invalidField } from '../../platform/errors';
import { archivedError, placeInReach } from './access';
import { canGroup } from './policy';
import { findVisibleGroup, lockGroups, nameTaken } from './queries';
import { mayKeepAt, mayPair } from './rules';

const placeKindError = (kind: MemberGroupKind) =>
  new AppError(
    400,
    'member_group_place_kind',
    { rule: GROUP_PLACE_RULE_WORDS[kind as keyof typeof GROUP_PLACE_RULE_WORDS] },
    [{ path: 'placeId', key: 'invalid_value' }],
  );

/** 400 unless the place that keeps a new group is live and of a kind the group may be kept at. */
export function assertKeepable(kind: MemberGroupKind, place: { kind: PlaceKind; archivedAt: Date | null }) {
  if (place.archivedAt) throw new AppError(400, 'invalid_input', {}, [{ path: 'placeId', key: 'invalid_value' }]);
  if (!mayKeepAt(kind, place.kind)) throw placeKindError(kind);
}

/**
 * The council whose fixed members the group holds: a place in reach (404) with a live council
 * (协商议事会) at the keeping place or beneath it (400).
 */
export async function councilPlaceFor(ctx: Ctx, db: DbOrTx, keeperPath: string, councilPlaceId: string) {
  const place = await placeInReach(ctx, councilPlaceId, db);
  if (!place.hasCouncil || place.archivedAt || !isWithin(place.path, keeperPath))
    throw new AppError(400, 'member_group_council_place', {}, [{ path: 'councilPlaceId', key: 'invalid_value' }]);
  return place;
}

/** 409 with the name field when another live group of the name is kept at the place. */
export async function assertNameFree(tx: Tx, placeId: string, name: string, exceptId?: string) {
  if (await nameTaken(tx, placeId, name, exceptId)) throw invalidField('name', 'member_group_name_taken');
}

/**
 * The group `self` (of `kind`) is to pair with: visible (404), the actor's to change too (403),
 * of the other kind (400), live and not paired with a third group (409). Its row is held.
 */
export async function partnerFor(ctx: Ctx, tx: Tx, self: { id?: string; kind: MemberGroupKind }, partnerId: string) {
  const partner = await findVisibleGroup(tx, ctx.actor, partnerId);
  if (!partner) throw new AppError(404, 'not_found');
  if (!canGroup(ctx.actor, 'manage', partner)) throw forbidden();
  if (partner.id === self.id || !mayPair(self.kind, partner.kind))
    throw new AppError(400, 'member_group_pair_kind', {}, [{ path: 'pairedGroupId', key: 'invalid_value' }]);
  await lockGroups(tx, [partner.id]);
  const [now] = await tx
    .select({ pairedGroupId: memberGroups.pairedGroupId, archivedAt: memberGroups.archivedAt })
    .from(memberGroups)
    .where(eq(memberGroups.id, partner.id));
  if (!now || now.archivedAt) throw archivedError();
  if (now.pairedGroupId && now.pairedGroupId !== self.id)
    throw conflict('member_group_paired_elsewhere', { name: partner.name });
  return partner;
}

/** Ties two groups to each other (区直组 ↔ 镇街组), or unties `id` from its pair (`partnerId` null). */
export async function setPair(tx: Tx, id: string, partnerId: string | null, formerId: string | null) {
  const at = new Date();
  if (formerId && formerId !== partnerId)
    await tx.update(memberGroups).set({ pairedGroupId: null, updatedAt: at }).where(eq(memberGroups.id, formerId));
  await tx.update(memberGroups).set({ pairedGroupId: partnerId, updatedAt: at }).where(eq(memberGroups.id, id));
  if (partnerId)
    await tx.update(memberGroups).set({ pairedGroupId: id, updatedAt: at }).where(eq(memberGroups.id, partnerId));
}
