import type { Locale } from '../../../shared/enums';

// This module's console texts: zh-CN first; zh-TW and en carry the same keys. Its pages read two
// namespaces (signIn, password), so these are spread into the app's resources.
const zhCN = {
  signIn: {
    title: '登录',
    subtitle: '政协委员、联络员与工作人员使用',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    challenge: '验证码',
    challengeImage: '验证码图片',
    challengeRefresh: '换一张',
    challengeRequired: '请输入图片中的字符',
    footer: '忘记密码请联系本级管理员重置',
  },
  password: {
    title: '修改密码',
    mustChangeTitle: '请先修改初始密码',
    mustChangeText: '您的账号使用的是管理员设置的初始密码。为保护账号安全，请设置一个只有您知道的新密码。',
    current: '当前密码',
    next: '新密码',
    confirm: '确认新密码',
    rule: '至少 10 位，须同时包含字母和数字，不能是常见密码或演示密码',
    weak: '密码不符合要求',
    mismatch: '两次输入的新密码不一致',
    sameAsCurrent: '新密码不能与当前密码相同',
    required: '请输入密码',
    submit: '修改密码',
    changed: '密码已修改，其他设备上的登录已退出',
    generate: '生成随机密码',
  },
};

export type ModuleMessages = typeof zhCN;

const zhTW: ModuleMessages = {
  signIn: {
    title: '登入',
    subtitle: '供政協委員、聯絡員與工作人員使用',
    username: '使用者名稱',
    password: '密碼',
    submit: '登入',
    usernameRequired: '請輸入使用者名稱',
    passwordRequired: '請輸入密碼',
    challenge: '驗證碼',
    challengeImage: '驗證碼圖片',
    challengeRefresh: '換一張',
    challengeRequired: '請輸入圖片中的字元',
    footer: '忘記密碼請聯絡本級管理員重設',
  },
  password: {
    title: '變更密碼',
    mustChangeTitle: '請先變更初始密碼',
    mustChangeText: '您的帳號使用的是管理員設定的初始密碼。為保護帳號安全，請設定一個只有您知道的新密碼。',
    current: '目前密碼',
    next: '新密碼',
    confirm: '確認新密碼',
    rule: '至少 10 位，須同時包含字母和數字，不能是常見密碼或示範密碼',
    weak: '密碼不符合要求',
    mismatch: '兩次輸入的新密碼不一致',
    sameAsCurrent: '新密碼不能與目前密碼相同',
    required: '請輸入密碼',
    submit: '變更密碼',
    changed: '密碼已變更，其他裝置上的登入已登出',
    generate: '產生隨機密碼',
  },
};

const en: ModuleMessages = {
  signIn: {
    title: 'Sign in',
    subtitle: 'For CPPCC members, liaisons and staff',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    challenge: 'Verification code',
    challengeImage: 'Verification picture',
    challengeRefresh: 'New picture',
    challengeRequired: 'Type the characters in the picture',
    footer: 'Forgot your password? Ask an administrator at your level to reset it',
  },
  password: {
    title: 'Change password',
    mustChangeTitle: 'Choose your own password',
    mustChangeText:
      'Your account still has the password an administrator set. To keep it safe, choose a new password only you know.',
    current: 'Current password',
    next: 'New password',
    confirm: 'Confirm new password',
    rule: 'At least 10 characters, with both letters and digits; not a common or the demo password',
    weak: 'This password does not meet the rule',
    mismatch: 'The two new passwords differ',
    sameAsCurrent: 'The new password must differ from the current one',
    required: 'Enter a password',
    submit: 'Change password',
    changed: 'Password changed; sessions on other devices were signed out',
    generate: 'Generate one',
  },
};

export const messages: Record<Locale, ModuleMessages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
