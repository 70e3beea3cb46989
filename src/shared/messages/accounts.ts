import type { Locale } from '../enums';

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
