import type { PlaceKind } from '../../../shared/enums';
import { isWithin } from '../../platform/db/place-path';

/**
 * Which kinds may stand directly under which: 区/县 → 乡镇/街道 → 村/社区 → 网格, and
 * enterprise/park platforms under a township, subdistrict or district. `null` is the root.
 */
export const ALLOWED_PARENTS = {
  district: [null],
  township: ['district'],
  subdistrict: ['district'],
  village: ['township', 'subdistrict'],
  community: ['township', 'subdistrict'],
  grid: ['village', 'community'],
  enterprise: ['district', 'township', 'subdistrict'],
  park: ['district', 'township', 'subdistrict'],
} as const satisfies Record<PlaceKind, readonly (PlaceKind | null)[]>;

export const mayStandUnder = (child: PlaceKind, parent: PlaceKind | null) =>
  (ALLOWED_PARENTS[child] as readonly (PlaceKind | null)[]).includes(parent);

/** The path of a place whose id is `id` under a parent with `parentPath` ("/" for a root). */
export const childPath = (parentPath: string | null, id: string) => `${parentPath ?? '/'}${id}/`;

/** Moving `path` under `newParentPath` would put a place beneath itself. */
export const wouldCycle = (path: string, newParentPath: string) => isWithin(newParentPath, path);

// Public short codes for QR links: no 0/o/1/l/i so they can be read aloud and typed.
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function randomPlaceCode(random: (n: number) => Uint8Array, length = 6) {
  return Array.from(random(length), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

export const PLACE_KIND_LABELS = {
  district: { 'zh-CN': '区/县', 'zh-TW': '區/縣', en: 'district' },
  township: { 'zh-CN': '乡镇', 'zh-TW': '鄉鎮', en: 'township' },
  subdistrict: { 'zh-CN': '街道', 'zh-TW': '街道', en: 'subdistrict' },
  village: { 'zh-CN': '村', 'zh-TW': '村', en: 'village' },
  community: { 'zh-CN': '社区', 'zh-TW': '社區', en: 'community' },
  grid: { 'zh-CN': '网格', 'zh-TW': '網格', en: 'grid' },
  enterprise: { 'zh-CN': '企事业单位', 'zh-TW': '企事業單位', en: 'enterprise/institution' },
  park: { 'zh-CN': '园区', 'zh-TW': '園區', en: 'park' },
  root: { 'zh-CN': '顶层', 'zh-TW': '頂層', en: 'the top level' },
} as const;
