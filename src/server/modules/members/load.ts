// Members as the roster presents them: each with the places they serve, a detail with what the
// viewer may do.
import type { MemberGender } from '../../../shared/api/members';
import type { MemberParty, MemberSector } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { type MemberScope, memberAbilities } from './policy';
import { findVisibleMember, listMembers, type MemberRow, type ServedPlaceRow, servedPlacesOf } from './queries';
import type { ListMembersInput } from './schemas';

/** The policy's view of a member: home place and the places they serve. */
export const scopeOf = (m: MemberRow, served: readonly ServedPlaceRow[]): MemberScope => ({
  id: m.id,
  homePlacePath: m.homePlacePath,
  servedPaths: served.map((s) => s.path),
});

// sector, party and gender are text columns holding shared/member-enums codes (only this module writes them)
const profileOf = (p: NonNullable<MemberRow['profile']>) => ({
  ...p,
  sector: p.sector as MemberSector,
  party: p.party as MemberParty,
  gender: p.gender as MemberGender | null,
});

const present = (m: MemberRow, served: readonly ServedPlaceRow[]) => ({
  id: m.id,
  username: m.username,
  displayName: m.displayName,
  homePlace: m.homePlace,
  isDisabled: m.isDisabled,
  profile: m.profile?.sector ? profileOf(m.profile) : null,
  phoneMasked: m.phoneMasked,
  places: served.map((s) => ({ kind: s.kind, place: { id: s.place.id, name: s.place.name, kind: s.place.kind } })),
});

/** One page of the roster. */
export async function loadMemberList(db: DbOrTx, actor: Actor, q: ListMembersInput) {
  const { rows, total } = await listMembers(db, actor, q);
  const served = await servedPlacesOf(
    db,
    rows.map((r) => r.id),
  );
  const items = rows.map((m) =>
    present(
      m,
      served.filter((s) => s.accountId === m.id),
    ),
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A member with the places they serve, as the actor may see them: 404 when they may not. */
export async function loadVisibleMember(db: DbOrTx, actor: Actor, id: string) {
  const m = await findVisibleMember(db, actor, id);
  if (!m) throw notFound();
  const served = await servedPlacesOf(db, [id]);
  return { m, served, scope: scopeOf(m, served) };
}

/** The member's page: profile, places served and what the viewer may do. */
export async function loadMemberDetail(db: DbOrTx, actor: Actor, id: string) {
  const { m, served, scope } = await loadVisibleMember(db, actor, id);
  return {
    ...present(m, served),
    hasPhone: m.hasPhone,
    createdAt: m.createdAt,
    abilities: memberAbilities(actor, { ...scope, isDisabled: m.isDisabled, hasPhone: m.hasPhone }),
  };
}
