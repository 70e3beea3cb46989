import type { Locale } from '../enums';

/** Error codes of signing in and of changing one's own password, merged into ERROR_MESSAGES. */
export const AUTH_ERRORS = {
  invalid_credentials: {
    'zh-CN': '用户名或密码不正确',
    'zh-TW': '使用者名稱或密碼不正確',
    en: 'Wrong username or password',
  },
  // the lock holds one username from one address (sign-in throttling), not the account everywhere
  account_locked: {
    'zh-CN': '从当前网络地址登录该账号已暂停 {minutes} 分钟，请稍后再试或联系管理员',
    'zh-TW': '從目前網路位址登入該帳號已暫停 {minutes} 分鐘，請稍後再試或聯絡管理員',
    en: 'Signing in to this account from this network address is paused for {minutes} minutes; try again later or ask an administrator',
  },
  account_disabled: {
    'zh-CN': '账号已停用，请联系管理员',
    'zh-TW': '帳號已停用，請聯絡管理員',
    en: 'This account is disabled; ask an administrator',
  },
  too_many_attempts: {
    'zh-CN': '登录尝试过于频繁，请 {minutes} 分钟后再试',
    'zh-TW': '登入嘗試過於頻繁，請 {minutes} 分鐘後再試',
    en: 'Too many sign-in attempts; try again in {minutes} minutes',
  },
  password_unchanged: {
    'zh-CN': '新密码不能与当前密码相同',
    'zh-TW': '新密碼不能與目前密碼相同',
    en: 'The new password must differ from the current one',
  },
  sign_in_challenge_required: {
    'zh-CN': '该账号登录尝试较多，请输入图片中的验证码',
    'zh-TW': '該帳號登入嘗試較多，請輸入圖片中的驗證碼',
    en: 'Many sign-in attempts at this account; type the characters in the picture',
  },
  wrong_password: {
    'zh-CN': '当前密码不正确',
    'zh-TW': '目前密碼不正確',
    en: 'The current password is wrong',
  },
} as const satisfies Record<string, Record<Locale, string>>;
