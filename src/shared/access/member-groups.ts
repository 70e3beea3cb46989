// Member groups (委员小组) and the coverage of villages and communities by members: who may do
// what, and the rules of each kind of group. One table for the server's policy and the console
// (zod-free, so the browser bundles can import it); the server's `abilities` stay the authority.
import type { GroupPosition, MemberGroupKind, PlaceKind, Role } from '../enums';

export type MemberGroupPermission = 'read' | 'manage' | 'manage_council' | 'coverage';

/**
 * Roles by the reach of the place that keeps a group. The CPPCC office (cppcc) keeps every kind
 * of group in its reach; a liaison keeps the fixed members of the councils in its reach (议事会固定
 * 成员); leaders and members read. The coverage check (每个村(社区)安排2-3名委员) is for the office,
 * liaisons and leaders.
 */
export const MEMBER_GROUP_ROLES = {
  read: ['cppcc', 'liaison', 'leader', 'member'],
  manage: ['cppcc'],
  manage_council: ['liaison'],
  coverage: ['cppcc', 'liaison', 'leader'],
} as const satisfies Record<MemberGroupPermission, readonly Role[]>;

/** Who gets the 委员小组 and 联系点覆盖 menu items. */
export const MEMBER_GROUP_MENU_ROLES = MEMBER_GROUP_ROLES.coverage;

/** Where a group of a kind may be kept; a kind not named may be kept anywhere. */
export const GROUP_PLACE_KINDS = {
  activity: ['village', 'community'], // 1+2+N: one village or community
  district_group: ['district'], // 区直组
  local_group: ['township', 'subdistrict'], // 镇街组
} as const satisfies Partial<Record<MemberGroupKind, readonly PlaceKind[]>>;

/** 区直组 ↔ 镇街组: the kind each pairs with. */
export const PAIRED_KINDS = {
  district_group: 'local_group',
  local_group: 'district_group',
} as const satisfies Partial<Record<MemberGroupKind, MemberGroupKind>>;

/** A 1+2+N activity group: one lead (the "1"), at most two liaisons (the "2"). */
export const ACTIVITY_POSITIONS = { lead: 1, liaison: 2 } as const satisfies Partial<Record<GroupPosition, number>>;

/** The coverage check: a village or community lacks members below this many (2–3 by the field reports). */
export const COVERAGE_DEFAULT_MIN = 2;
export const COVERAGE_MAX_MIN = 10;

/** Village-level places: those the coverage check counts. */
export const COVERED_PLACE_KINDS = ['village', 'community'] as const satisfies readonly PlaceKind[];

export const GROUP_NAME_MAX = 40;
