import type { Locale } from '../../../shared/enums';

// This module's console texts (我的账号): zh-CN first; zh-TW and en carry the same keys.
const zhCN = {
  title: '我的账号',
  profile: '基本信息',
  grants: '我的角色',
  noGrants: '您还没有任何角色，请联系管理员。',
  language: '界面语言',
  languageHelp: '登录后将在各设备上使用此语言',
  email: {
    title: '邮件通知',
    address: '通知邮箱',
    addressHelp: '留空则不发邮件',
    addressInvalid: '请输入有效的邮箱地址，如 name@example.gov.cn',
    choice: '发送方式',
    each: '每条通知发一封',
    daily: '每天 8:00 发一封摘要',
    off: '不发邮件',
    notConfigured: '本平台尚未配置邮件服务，通知只在站内显示。您仍可先填写邮箱，配置后即按您的选择发送。',
    saved: '邮件通知设置已保存',
  },
};

export type ModuleMessages = typeof zhCN;

const zhTW: ModuleMessages = {
  title: '我的帳號',
  profile: '基本資料',
  grants: '我的角色',
  noGrants: '您還沒有任何角色，請聯絡管理員。',
  language: '介面語言',
  languageHelp: '登入後將在各裝置上使用此語言',
  email: {
    title: '郵件通知',
    address: '通知信箱',
    addressHelp: '留空則不寄郵件',
    addressInvalid: '請輸入有效的電子郵件地址，如 name@example.gov.cn',
    choice: '寄送方式',
    each: '每則通知寄一封',
    daily: '每天 8:00 寄一封摘要',
    off: '不寄郵件',
    notConfigured: '本平台尚未設定郵件服務，通知只在站內顯示。您仍可先填寫信箱，設定後即按您的選擇寄送。',
    saved: '郵件通知設定已儲存',
  },
};

const en: ModuleMessages = {
  title: 'My account',
  profile: 'Profile',
  grants: 'My roles',
  noGrants: 'You hold no roles yet; ask an administrator.',
  language: 'Language',
  languageHelp: 'Used on every device you sign in on',
  email: {
    title: 'Email notifications',
    address: 'Email address',
    addressHelp: 'Leave it empty for no email',
    addressInvalid: 'Enter a valid email address, such as name@example.gov.cn',
    choice: 'Send',
    each: 'One email per notification',
    daily: 'One digest a day at 8:00',
    off: 'No email',
    notConfigured:
      'Email is not configured on this deployment: notifications show in the console only. You can enter your address now; once email is set up, it is sent as you chose.',
    saved: 'Email settings saved',
  },
};

export const messages: Record<Locale, ModuleMessages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
