import type { Locale } from '../../../shared/enums';

// The words around a notice in an email, in the reader's language; the notice itself is worded by
// the shared catalogue (shared/messages/notifications.ts). Placeholders are {name} (formatMessage).
export const MAIL_TEXTS = {
  'zh-CN': {
    subject: '【商量】{headline}',
    open: '查看：{url}',
    digestSubject: '【商量】通知摘要：{count} 条',
    digestIntro: '{name}，您好！以下是截至 {date} 您的 {count} 条通知：',
    footer: '本邮件由商量平台自动发送，请勿回复。更改或关闭邮件通知，请到“我的账号”：{url}',
  },
  'zh-TW': {
    subject: '【商量】{headline}',
    open: '查看：{url}',
    digestSubject: '【商量】通知摘要：{count} 則',
    digestIntro: '{name}，您好！以下是截至 {date} 您的 {count} 則通知：',
    footer: '本郵件由商量平台自動發送，請勿回覆。變更或關閉郵件通知，請到「我的帳號」：{url}',
  },
  en: {
    subject: '[Shangliang] {headline}',
    open: 'Open: {url}',
    digestSubject: '[Shangliang] Your notifications: {count}',
    digestIntro: 'Hello {name}, your notifications up to {date} ({count}):',
    footer: 'Sent by Shangliang; replies are not read. To change or turn off these emails, go to My account: {url}',
  },
} as const satisfies Record<Locale, Record<string, string>>;
