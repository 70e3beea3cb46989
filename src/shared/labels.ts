import type { PlaceKind } from './enums';

/**
 * Which kinds may be created directly under which: 区/县 → 乡镇/街道 → 村/社区 → 网格, and
 * enterprise/park platforms under a district, township or subdistrict.
 *
 * This mirrors ALLOWED_PARENTS in src/server/modules/places/rules.ts, seen from the parent's side,
 * so the console offers only kinds that fit. The server stays the authority and checks every write.
 */
export const ALLOWED_CHILDREN = {
  district: ['township', 'subdistrict', 'enterprise', 'park'],
  township: ['village', 'community', 'enterprise', 'park'],
  subdistrict: ['village', 'community', 'enterprise', 'park'],
  village: ['grid'],
  community: ['grid'],
  grid: [],
  enterprise: [],
  park: [],
} as const satisfies Record<PlaceKind, readonly PlaceKind[]>;

/** The kinds a new place under `parent` may have. */
export const childKindsOf = (parent: PlaceKind): readonly PlaceKind[] => ALLOWED_CHILDREN[parent];

/** May a place of kind `child` stand directly under a place of kind `parent`? */
export const mayContain = (parent: PlaceKind, child: PlaceKind) => childKindsOf(parent).includes(child);
