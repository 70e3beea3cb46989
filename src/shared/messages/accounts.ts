import type { Locale, Role } from '../enums';

/** Error codes of the accounts module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const ACCOUNTS_ERRORS = {
  username_taken: {
    'zh-CN': '该用户名已被使用',
    'zh-TW': '該使用者名稱已被使用',
    en: 'This username is already taken',
  },
  grant_exists: {
    'zh-CN': '该账号在此地点已有此角色',
    'zh-TW': '該帳號在此地點已有此角色',
    en: 'The account already holds this role at this place',
  },
  last_admin: {
    'zh-CN': '顶级地点须至少保留一名在用的管理员',
    'zh-TW': '頂級地點須至少保留一名在用的管理員',
    en: 'A top-level place must keep at least one active administrator',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/** The roles in words, as the account import's template offers them and its problems name them. */
export const ROLE_LABELS = {
  admin: { 'zh-CN': '系统管理员', 'zh-TW': '系統管理員', en: 'System administrator' },
  leader: { 'zh-CN': '党委政府领导', 'zh-TW': '黨委政府領導', en: 'Party & government leader' },
  liaison: { 'zh-CN': '联络员', 'zh-TW': '聯絡員', en: 'Liaison' },
  member: { 'zh-CN': '政协委员', 'zh-TW': '政協委員', en: 'CPPCC member' },
  department: { 'zh-CN': '职能部门', 'zh-TW': '職能部門', en: 'Department' },
  cppcc: { 'zh-CN': '政协机关', 'zh-TW': '政協機關', en: 'CPPCC office' },
} as const satisfies Record<Role, Record<Locale, string>>;

/** The account import's columns: each accepts its header in any language, or its key. */
export const ACCOUNT_IMPORT_COLUMNS = {
  displayName: { 'zh-CN': '姓名', 'zh-TW': '姓名', en: 'name' },
  username: { 'zh-CN': '用户名', 'zh-TW': '使用者名稱', en: 'username' },
  password: { 'zh-CN': '初始密码', 'zh-TW': '初始密碼', en: 'password' },
  role: { 'zh-CN': '角色', 'zh-TW': '角色', en: 'role' },
  placeCode: { 'zh-CN': '地点编码', 'zh-TW': '地點編碼', en: 'place_code' },
  mobile: { 'zh-CN': '手机号', 'zh-TW': '手機號碼', en: 'mobile' },
} as const satisfies Record<string, Record<Locale, string>>;
export type AccountImportColumn = keyof typeof ACCOUNT_IMPORT_COLUMNS;
