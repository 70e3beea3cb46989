// The rows a member is written as: an account with a `member` role at its home place, its profile
// (phone encrypted, a masked copy for lists) and the places it serves. Shared by the form and the import.
import { and, eq, inArray } from 'drizzle-orm';
import type { MemberPlaceKind } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import type { DbOrTx } from '../../platform/db';
import { accounts, grants, memberPlaces, memberProfiles, places } from '../../platform/db/schema';
import { forbidden, invalidField } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { canManageAt } from './policy';
import { maskPhone } from './rules';
import type { CreateMemberInput } from './schemas';

export type ProfileValues = Pick<
  CreateMemberInput,
  'memberNo' | 'sector' | 'level' | 'party' | 'gender' | 'employer' | 'position' | 'expertise' | 'termStart' | 'termEnd'
>;

/** What to do with the phone: a new number, null to remove it, undefined to keep it as it is. */
export type PhoneChange = string | null | undefined;

/**
 * A place in the actor's roster reach named by a form field: 400 on the field when they cannot see
 * it or it is archived, 403 when they see it but do not keep the roster there.
 */
export async function manageablePlace(tx: DbOrTx, ctx: Ctx, placeId: string, field: string) {
  const place = await findVisiblePlace(tx, ctx.actor, placeId);
  if (!place || place.archivedAt) throw invalidField(field, 'not_found', {}, 400);
  if (!canManageAt(ctx.actor, place.path)) throw forbidden();
  return place;
}

/** A new member account: homed at its place, holding `member` there, its first password to change. */
export async function insertMemberAccount(
  tx: DbOrTx,
  a: { username: string; displayName: string; passwordHash: string; homePlaceId: string },
) {
  const [row] = await tx
    .insert(accounts)
    .values({ ...a, mustChangePassword: true })
    .returning({ id: accounts.id });
  const id = (row as { id: string }).id;
  await tx.insert(grants).values({ accountId: id, placeId: a.homePlaceId, role: 'member' });
  return id;
}

/** Renames and re-homes a member; the `member` role held at the old home moves with them. */
export async function updateMemberAccount(
  tx: DbOrTx,
  id: string,
  a: { displayName: string; homePlaceId: string; oldHomePlaceId: string },
) {
  await tx
    .update(accounts)
    .set({ displayName: a.displayName, homePlaceId: a.homePlaceId, updatedAt: new Date() })
    .where(eq(accounts.id, id));
  if (a.homePlaceId === a.oldHomePlaceId) return;
  const moved = await tx
    .delete(grants)
    .where(and(eq(grants.accountId, id), eq(grants.role, 'member'), eq(grants.placeId, a.oldHomePlaceId)))
    .returning({ id: grants.id });
  if (moved.length > 0)
    await tx.insert(grants).values({ accountId: id, placeId: a.homePlaceId, role: 'member' }).onConflictDoNothing();
}

/** Writes the member's profile, made if it was missing; answers the masked phone it now has. */
export async function saveProfile(tx: DbOrTx, cipher: Cipher, id: string, p: ProfileValues, phone: PhoneChange) {
  const values = {
    memberNo: p.memberNo,
    sector: p.sector,
    level: p.level,
    party: p.party,
    gender: p.gender,
    employer: p.employer,
    position: p.position,
    expertise: p.expertise,
    termStart: p.termStart,
    termEnd: p.termEnd,
    ...(phone === undefined
      ? {}
      : { phoneCipher: phone ? cipher.encrypt(phone) : null, phoneMasked: phone ? maskPhone(phone) : null }),
    updatedAt: new Date(),
  };
  const [row] = await tx
    .insert(memberProfiles)
    .values({ accountId: id, ...values })
    .onConflictDoUpdate({ target: memberProfiles.accountId, set: values })
    .returning({ phoneMasked: memberProfiles.phoneMasked });
  return row?.phoneMasked ?? null;
}

/**
 * Sets the places of one kind a member serves to `placeIds`, among the places the actor keeps
 * (`isKept`, by path): an assignment made by another region's office stays as it is.
 */
export async function setServedPlaces(
  tx: DbOrTx,
  id: string,
  kind: MemberPlaceKind,
  placeIds: readonly string[],
  isKept: (path: string) => boolean,
) {
  const current = await tx
    .select({ placeId: memberPlaces.placeId, path: places.path })
    .from(memberPlaces)
    .innerJoin(places, eq(places.id, memberPlaces.placeId))
    .where(and(eq(memberPlaces.accountId, id), eq(memberPlaces.kind, kind)));
  const dropped = current.filter((c) => !placeIds.includes(c.placeId) && isKept(c.path)).map((c) => c.placeId);
  if (dropped.length > 0)
    await tx
      .delete(memberPlaces)
      .where(and(eq(memberPlaces.accountId, id), eq(memberPlaces.kind, kind), inArray(memberPlaces.placeId, dropped)));
  const fresh = placeIds.filter((p) => !current.some((c) => c.placeId === p));
  if (fresh.length > 0)
    await tx
      .insert(memberPlaces)
      .values(fresh.map((placeId) => ({ accountId: id, placeId, kind })))
      .onConflictDoNothing();
  return { added: fresh, removed: dropped };
}
