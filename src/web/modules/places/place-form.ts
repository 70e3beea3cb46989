import type { PlaceKind } from '../../../shared/enums';
import { childKindsOf } from '../../../shared/labels';
import type { PlaceAttributes, PlaceDetail } from './types';

export type PlaceFormMode = { type: 'create'; parent: PlaceDetail } | { type: 'edit'; place: PlaceDetail };

export type PlaceFormValues = {
  kind: PlaceKind;
  name: string;
  code?: string;
  hasWorkstation: boolean;
  hasCouncil: boolean;
  hasRoom: boolean;
  room: { address?: string; hasSign: boolean; hasVenue: boolean; hasDuties: boolean; hasMechanism: boolean };
  brand?: string;
  isDemonstration: boolean;
};

/** What a new place of this kind usually has: a workstation and council per township, a room per village. */
export const expected = (kind: PlaceKind) => ({
  hasWorkstation: kind === 'township' || kind === 'subdistrict',
  hasCouncil: ['township', 'subdistrict', 'village', 'community'].includes(kind),
  hasRoom: kind === 'village' || kind === 'community',
});

/** The form as it opens: empty with defaults for the kind, or the place as it is. */
export function initialValues(mode: PlaceFormMode): PlaceFormValues {
  if (mode.type === 'edit') {
    const p = mode.place;
    const room = p.room ?? { address: null, hasSign: false, hasVenue: false, hasDuties: false, hasMechanism: false };
    return {
      kind: p.kind,
      name: p.name,
      code: p.code,
      hasWorkstation: p.hasWorkstation,
      hasCouncil: p.hasCouncil,
      hasRoom: Boolean(p.room),
      room: { ...room, address: room.address ?? undefined },
      brand: p.brand ?? undefined,
      isDemonstration: p.isDemonstration,
    };
  }
  const kind = childKindsOf(mode.parent.kind)[0] ?? 'grid';
  const room = { hasSign: false, hasVenue: false, hasDuties: false, hasMechanism: false };
  return { kind, name: '', ...expected(kind), room, isDemonstration: false };
}

/** The form as the API wants it: no room when there is none, blanks as null. */
export function toAttributes(v: PlaceFormValues): PlaceAttributes {
  return {
    name: v.name.trim(),
    hasWorkstation: v.hasWorkstation,
    hasCouncil: v.hasCouncil,
    room: v.hasRoom ? { ...v.room, address: v.room.address?.trim() || null } : null,
    brand: v.brand?.trim() || null,
    isDemonstration: v.isDemonstration,
  };
}
