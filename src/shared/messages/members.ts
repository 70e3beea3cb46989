import type { MemberGender } from '../api/members';
import type { Locale, MemberLevel, MemberParty, MemberPlaceKind, PlaceKind } from '../enums';

// The words of the roster (委员名册): what each code of a profile is called, in the console and in
// the roster's Excel file (the same labels are the template's drop-downs and what an import reads),
// and the members module's error codes.

type Labels<K extends string> = Record<K, Record<Locale, string>>;

/** 委员层级 */
export const MEMBER_LEVEL_LABELS = {
  national: { 'zh-CN': '全国', 'zh-TW': '全國', en: 'National' },
  provincial: { 'zh-CN': '省级', 'zh-TW': '省級', en: 'Provincial' },
  municipal: { 'zh-CN': '市级', 'zh-TW': '市級', en: 'Municipal' },
  county: { 'zh-CN': '区县级', 'zh-TW': '區縣級', en: 'District/county' },
} as const satisfies Labels<MemberLevel>;

/** 政治面貌 */
export const MEMBER_PARTY_LABELS = {
  cpc: { 'zh-CN': '中共党员', 'zh-TW': '中共黨員', en: 'CPC member' },
  rck: { 'zh-CN': '民革党员', 'zh-TW': '民革黨員', en: 'RCCK member' },
  dl: { 'zh-CN': '民盟盟员', 'zh-TW': '民盟盟員', en: 'CDL member' },
  dna: { 'zh-CN': '民建会员', 'zh-TW': '民建會員', en: 'CNDCA member' },
  apd: { 'zh-CN': '民进会员', 'zh-TW': '民進會員', en: 'CAPD member' },
  pwdp: { 'zh-CN': '农工党党员', 'zh-TW': '農工黨黨員', en: 'CPWDP member' },
  zgd: { 'zh-CN': '致公党党员', 'zh-TW': '致公黨黨員', en: 'CZGP member' },
  jiusan: { 'zh-CN': '九三学社社员', 'zh-TW': '九三學社社員', en: 'Jiusan Society member' },
  tdsl: { 'zh-CN': '台盟盟员', 'zh-TW': '台盟盟員', en: 'TDSGL member' },
  non_party: { 'zh-CN': '无党派人士', 'zh-TW': '無黨派人士', en: 'Non-party' },
  masses: { 'zh-CN': '群众', 'zh-TW': '群眾', en: 'No affiliation' },
} as const satisfies Labels<MemberParty>;

export const MEMBER_GENDER_LABELS = {
  male: { 'zh-CN': '男', 'zh-TW': '男', en: 'Male' },
  female: { 'zh-CN': '女', 'zh-TW': '女', en: 'Female' },
} as const satisfies Labels<MemberGender>;

/** How a member serves a place: the 委员工作站 they belong to, or a village/community they 下沉 to. */
export const MEMBER_PLACE_KIND_LABELS = {
  workstation: { 'zh-CN': '委员工作站', 'zh-TW': '委員工作站', en: 'Workstation' },
  assigned: { 'zh-CN': '下沉联系点', 'zh-TW': '下沉聯繫點', en: 'Assigned place' },
} as const satisfies Labels<MemberPlaceKind>;

/** The kinds of place a member may be assigned to (下沉): villages, communities and their grids. */
export const ASSIGNABLE_PLACE_KINDS = ['village', 'community', 'grid'] as const satisfies readonly PlaceKind[];

/** The roster's columns as an Excel file names them (import reads any of the three languages). */
export const ROSTER_COLUMN_LABELS = {
  memberNo: { 'zh-CN': '委员编号', 'zh-TW': '委員編號', en: 'Member no.' },
  displayName: { 'zh-CN': '姓名', 'zh-TW': '姓名', en: 'Name' },
  username: { 'zh-CN': '用户名', 'zh-TW': '使用者名稱', en: 'Username' },
  gender: { 'zh-CN': '性别', 'zh-TW': '性別', en: 'Gender' },
  sector: { 'zh-CN': '界别', 'zh-TW': '界別', en: 'Sector' },
  level: { 'zh-CN': '层级', 'zh-TW': '層級', en: 'Level' },
  party: { 'zh-CN': '政治面貌', 'zh-TW': '政治面貌', en: 'Party' },
  employer: { 'zh-CN': '工作单位', 'zh-TW': '工作單位', en: 'Employer' },
  position: { 'zh-CN': '职务', 'zh-TW': '職務', en: 'Position' },
  expertise: { 'zh-CN': '专长', 'zh-TW': '專長', en: 'Expertise' },
  termStart: { 'zh-CN': '届期起', 'zh-TW': '屆期起', en: 'Term from' },
  termEnd: { 'zh-CN': '届期止', 'zh-TW': '屆期止', en: 'Term to' },
  phone: { 'zh-CN': '手机号', 'zh-TW': '手機號碼', en: 'Mobile' },
  homePlace: { 'zh-CN': '所属地点编码', 'zh-TW': '所屬地點編碼', en: 'Home place code' },
  workstations: { 'zh-CN': '所在委员工作站', 'zh-TW': '所在委員工作站', en: 'Workstations' },
  assigned: { 'zh-CN': '下沉村社区', 'zh-TW': '下沉村社區', en: 'Assigned places' },
} as const satisfies Labels<string>;
export type RosterColumn = keyof typeof ROSTER_COLUMN_LABELS;

/** Error codes of the members module (委员名册), merged into ERROR_MESSAGES. */
export const MEMBERS_ERRORS = {
  member_no_taken: {
    'zh-CN': '该委员编号已被使用',
    'zh-TW': '該委員編號已被使用',
    en: 'This member number is already in use',
  },
  member_workstation_place: {
    'zh-CN': '“{place}”没有委员工作站',
    'zh-TW': '「{place}」沒有委員工作站',
    en: '{place} has no member workstation',
  },
  member_assigned_place: {
    'zh-CN': '下沉联系点须是村、社区或网格，“{place}”不是',
    'zh-TW': '下沉聯繫點須是村、社區或網格，「{place}」不是',
    en: 'An assigned place is a village, community or grid; {place} is not',
  },
  member_place_exists: {
    'zh-CN': '该委员已在此地点',
    'zh-TW': '該委員已在此地點',
    en: 'The member already serves this place',
  },
  member_place_archived: {
    'zh-CN': '地点“{place}”已归档',
    'zh-TW': '地點「{place}」已歸檔',
    en: 'The place {place} is archived',
  },
  member_place_unknown: {
    'zh-CN': '没有编码为“{code}”的地点',
    'zh-TW': '沒有編碼為「{code}」的地點',
    en: 'No place has the code {code}',
  },
  member_in_file_twice: {
    'zh-CN': '与第 {row} 行重复',
    'zh-TW': '與第 {row} 列重複',
    en: 'Repeats row {row}',
  },
} as const satisfies Record<string, Record<Locale, string>>;
