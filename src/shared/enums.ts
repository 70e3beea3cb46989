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

/** Where a submission stands in 征集 → 分办 (collect → sort). */
export const SUBMISSION_STATUSES = [
  'received', // 待分办: waiting for a liaison to sort it
  'grid', // 网格处理: solvable in the grid, the community follows up
  'community', // 社区议事: for the community council
  'township', // 街道议事: proposed to the township/subdistrict as a candidate topic
  'department', // 转部门: forwarded to a department
  'solved', // 已办结
  'merged', // 已合并 into another submission
  'declined', // 不予受理, with a reason the resident sees
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** How a submission reached us. */
export const SUBMISSION_CHANNELS = [
  'qr', // 扫码: the resident's own phone
  'walk_in', // 来访
  'reception_day', // 委员接待日
  'grid_patrol', // 网格巡查
  'phone_call', // 电话
] as const;
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];
