import type { Locale } from '../enums';

type Texts = Record<Locale, string>;

/** Where each kind of group must be kept, in words, for the error that names it ({rule}). */
export const GROUP_PLACE_RULE_WORDS = {
  activity: {
    'zh-CN': '1+2+N 活动小组须设在村或社区',
    'zh-TW': '1+2+N 活動小組須設在村或社區',
    en: 'A 1+2+N activity group belongs to a village or community',
  },
  district_group: {
    'zh-CN': '区直组须设在区（县）',
    'zh-TW': '區直組須設在區（縣）',
    en: 'A district-level group belongs to a district',
  },
  local_group: {
    'zh-CN': '镇街组须设在乡镇或街道',
    'zh-TW': '鎮街組須設在鄉鎮或街道',
    en: 'A township group belongs to a township or subdistrict',
  },
} as const satisfies Record<string, Texts>;

/** Error codes of the member groups module (委员小组), merged into ERROR_MESSAGES (codes are unique across modules). */
export const MEMBER_GROUPS_ERRORS = {
  member_group_name_taken: {
    'zh-CN': '该地点已有同名小组',
    'zh-TW': '該地點已有同名小組',
    en: 'A group of this name is already kept at this place',
  },
  member_group_archived: {
    'zh-CN': '小组已归档，不能再修改',
    'zh-TW': '小組已封存，不能再修改',
    en: 'This group is archived and can no longer be changed',
  },
  member_group_place_kind: {
    'zh-CN': '{rule}',
    'zh-TW': '{rule}',
    en: '{rule}',
  },
  member_group_council_place: {
    'zh-CN': '固定成员须属于本组所在地点或其下级的协商议事会',
    'zh-TW': '固定成員須屬於本組所在地點或其下級的協商議事會',
    en: 'Fixed members belong to a council at the group’s place or beneath it',
  },
  member_group_pair_kind: {
    'zh-CN': '只有区直组和镇街组可以结对，且须一个区直组对一个镇街组',
    'zh-TW': '只有區直組和鎮街組可以結對，且須一個區直組對一個鎮街組',
    en: 'Only a district-level group and a township group can be paired, one with the other',
  },
  member_group_paired_elsewhere: {
    'zh-CN': '“{name}”已与其他小组结对，请先解除',
    'zh-TW': '「{name}」已與其他小組結對，請先解除',
    en: '“{name}” is already paired with another group; end that pairing first',
  },
  member_group_member_exists: {
    'zh-CN': '该委员已在小组中',
    'zh-TW': '該委員已在小組中',
    en: 'This member is already in the group',
  },
  member_group_not_member: {
    'zh-CN': '只能加入持有委员角色的账号',
    'zh-TW': '只能加入持有委員角色的帳號',
    en: 'Only accounts holding a member role can join',
  },
  member_group_lead_taken: {
    'zh-CN': '1+2+N 活动小组只能有一名组长',
    'zh-TW': '1+2+N 活動小組只能有一名組長',
    en: 'A 1+2+N activity group has one lead only',
  },
  member_group_liaisons_full: {
    'zh-CN': '1+2+N 活动小组最多两名联络员',
    'zh-TW': '1+2+N 活動小組最多兩名聯絡員',
    en: 'A 1+2+N activity group has at most two liaisons',
  },
} as const satisfies Record<string, Texts>;
