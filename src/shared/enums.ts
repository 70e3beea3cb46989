// Enumerations both the server and the web app use.

/** Kinds of place in the one tree (区/县 → 乡镇/街道 → 村/社区 → 网格, plus hosted platforms). */
export const PLACE_KINDS = [
  'district', // 区/县
  'township', // 乡镇
  'subdistrict', // 街道
  'village', // 村
  'community', // 社区
  'grid', // 网格
  'enterprise', // 企事业单位
  'park', // 园区
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Roles a person holds at a place. */
export const ROLES = ['admin', 'leader', 'liaison', 'member', 'department'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
