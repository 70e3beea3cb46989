// The group form's rules and the bodies it sends: which fields each kind shows, where each kind
// may be kept, whom it pairs with. The server stays the authority and checks every write.
import { GROUP_PLACE_KINDS, PAIRED_KINDS } from '../../../shared/access/member-groups';
import type { MemberGroupKind, MemberSector, PlaceKind } from '../../../shared/enums';
import type { CreateGroupInput, GroupDetail, UpdateGroupInput } from './types';

/** What the form holds. */
export type GroupValues = {
  kind: MemberGroupKind;
  name: string;
  placeId?: string;
  sector?: MemberSector;
  councilPlaceId?: string;
  pairedGroupId?: string | null;
};

/** The kind a group of `kind` pairs with (区直组 ↔ 镇街组), or undefined. */
export const pairKindOf = (kind: MemberGroupKind | undefined): MemberGroupKind | undefined =>
  kind ? (PAIRED_KINDS as Partial<Record<MemberGroupKind, MemberGroupKind>>)[kind] : undefined;

/** May a group of `kind` be kept at a place of `placeKind`? Any kind anywhere unless the rules say. */
export function mayKeepAt(kind: MemberGroupKind | undefined, placeKind: PlaceKind) {
  const allowed = kind
    ? (GROUP_PLACE_KINDS as Partial<Record<MemberGroupKind, readonly PlaceKind[]>>)[kind]
    : undefined;
  return !allowed || allowed.includes(placeKind);
}

/** The fields a kind shows beside name and place. */
export const fieldsOf = (kind: MemberGroupKind | undefined) => ({
  sector: kind === 'sector',
  councilPlace: kind === 'council',
  pairedGroup: pairKindOf(kind) !== undefined,
});

/** The create request: the name trimmed, only the fields the kind takes. */
export function toCreateInput(v: GroupValues): CreateGroupInput {
  const shown = fieldsOf(v.kind);
  return {
    kind: v.kind,
    name: v.name.trim(),
    placeId: v.placeId ?? '',
    ...(shown.sector && v.sector ? { sector: v.sector } : {}),
    ...(shown.councilPlace && v.councilPlaceId ? { councilPlaceId: v.councilPlaceId } : {}),
    ...(shown.pairedGroup && v.pairedGroupId ? { pairedGroupId: v.pairedGroupId } : {}),
  };
}

/** The change request: only what changed; a cleared pair is sent as null so the server unpairs. */
export function toUpdateInput(v: GroupValues, g: GroupDetail): UpdateGroupInput {
  const shown = fieldsOf(g.kind);
  const name = v.name.trim();
  const pairedGroupId = v.pairedGroupId || null;
  return {
    ...(name !== g.name ? { name } : {}),
    ...(shown.sector && v.sector && v.sector !== g.sector ? { sector: v.sector } : {}),
    ...(shown.councilPlace && v.councilPlaceId && v.councilPlaceId !== g.councilPlace?.id
      ? { councilPlaceId: v.councilPlaceId }
      : {}),
    ...(shown.pairedGroup && pairedGroupId !== (g.pairedGroup?.id ?? null) ? { pairedGroupId } : {}),
  };
}
