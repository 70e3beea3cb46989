import type { Locale } from './enums';
import { ACCOUNTS_ERRORS } from './messages/accounts';
import { API_KEYS_ERRORS } from './messages/api-keys';
import { AUTH_ERRORS } from './messages/auth';
import { CONSULTATIONS_ERRORS } from './messages/consultations';
import { CONTACTS_ERRORS } from './messages/contacts';
import { DUTY_ERRORS } from './messages/duty';
import { EVALUATIONS_ERRORS } from './messages/evaluations';
import { MEMBER_GROUPS_ERRORS } from './messages/member-groups';
import { MEMBERS_ERRORS } from './messages/members';
import { ONLINE_ERRORS } from './messages/online';
import { OPEN311_ERRORS } from './messages/open311';
import { OUTCOMES_ERRORS } from './messages/outcomes';
import { PLACES_ERRORS } from './messages/places';
import { PROPOSALS_ERRORS } from './messages/proposals';
import { RECEPTIONS_ERRORS } from './messages/receptions';
import { REVISITS_ERRORS } from './messages/revisits';
import { SUBMISSIONS_ERRORS } from './messages/submissions';
import { TASKS_ERRORS } from './messages/tasks';
import { TOPICS_ERRORS } from './messages/topics';
import { TRAININGS_ERRORS } from './messages/trainings';
import { WHISTLES_ERRORS } from './messages/whistles';
import { WRITINGS_ERRORS } from './messages/writings';

/**
 * Stable error codes with a message per language. The server answers with the code and the
 * message in the caller's language; the web app shows the message. Only codes the platform or
 * several modules answer live here; each module keeps its own in `messages/<module>.ts`.
 */
export const CORE_ERRORS = {
  unauthenticated: {
    'zh-CN': '请先登录',
    'zh-TW': '請先登入',
    en: 'Please sign in first',
  },
  forbidden: {
    'zh-CN': '您没有执行此操作的权限',
    'zh-TW': '您沒有執行此操作的權限',
    en: 'You are not allowed to do this',
  },
  not_found: {
    'zh-CN': '找不到该记录',
    'zh-TW': '找不到該記錄',
    en: 'Not found',
  },
  invalid_input: {
    'zh-CN': '输入有误，请检查标出的字段',
    'zh-TW': '輸入有誤，請檢查標出的欄位',
    en: 'Some fields need attention',
  },
  export_too_large: {
    'zh-CN': '要导出的记录有 {count} 条，超过一次最多 {limit} 条，请缩小筛选范围（如按地点或日期）后分批导出',
    'zh-TW': '要匯出的記錄有 {count} 筆，超過一次最多 {limit} 筆，請縮小篩選範圍（如按地點或日期）後分批匯出',
    en: '{count} records match, more than the {limit} one export can hold; narrow the filters (a place, a period) and export in parts',
  },
  csrf_failed: {
    'zh-CN': '页面已过期，请刷新后重试',
    'zh-TW': '頁面已過期，請重新整理後再試',
    en: 'This page has expired; reload it and try again',
  },
  password_change_required: {
    'zh-CN': '请先修改密码',
    'zh-TW': '請先變更密碼',
    en: 'Change your password first',
  },
  conflict: {
    'zh-CN': '操作与现有数据冲突',
    'zh-TW': '操作與現有資料衝突',
    en: 'This conflicts with existing data',
  },
  upload_malformed: {
    'zh-CN': '文件没有完整上传，请重新选择文件再试',
    'zh-TW': '檔案沒有完整上傳，請重新選擇檔案再試',
    en: 'The file did not arrive whole; choose it again and retry',
  },
  bad_request: {
    'zh-CN': '请求格式不正确',
    'zh-TW': '請求格式不正確',
    en: 'The request is malformed',
  },
  bad_url: {
    'zh-CN': '网址不正确，请检查链接是否完整',
    'zh-TW': '網址不正確，請檢查連結是否完整',
    en: 'This address is not valid; check that the link is complete',
  },
  url_too_long: {
    'zh-CN': '网址过长，请检查链接是否正确',
    'zh-TW': '網址過長，請檢查連結是否正確',
    en: 'This address is too long; check the link',
  },
  payload_too_large: {
    'zh-CN': '上传的内容过大',
    'zh-TW': '上傳的內容過大',
    en: 'What was sent is too large',
  },
  action_not_allowed: {
    'zh-CN': '当前状态（{status}）下不能执行此操作',
    'zh-TW': '目前狀態（{status}）下不能執行此操作',
    en: 'This cannot be done while the item is {status}',
  },
  challenge_failed: {
    'zh-CN': '验证码不正确，请重试',
    'zh-TW': '驗證碼不正確，請重試',
    en: 'Those characters did not match; try again',
  },
  server_busy: {
    'zh-CN': '服务器正忙，请 {seconds} 秒后再试',
    'zh-TW': '伺服器正忙，請 {seconds} 秒後再試',
    en: 'The server is busy; try again in {seconds} seconds',
  },
  rate_limited: {
    'zh-CN': '请求过于频繁，请稍后再试',
    'zh-TW': '請求過於頻繁，請稍後再試',
    en: 'Too many requests; please wait a moment',
  },
  internal: {
    'zh-CN': '服务器出错了，请稍后再试',
    'zh-TW': '伺服器出錯了，請稍後再試',
    en: 'Something went wrong on the server; please try again',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export const ERROR_MESSAGES = {
  ...CORE_ERRORS,
  ...AUTH_ERRORS,
  ...PLACES_ERRORS,
  ...ACCOUNTS_ERRORS,
  ...SUBMISSIONS_ERRORS,
  ...TOPICS_ERRORS,
  ...CONSULTATIONS_ERRORS,
  ...ONLINE_ERRORS,
  ...OUTCOMES_ERRORS,
  ...TASKS_ERRORS,
  ...EVALUATIONS_ERRORS,
  ...PROPOSALS_ERRORS,
  ...REVISITS_ERRORS,
  ...MEMBER_GROUPS_ERRORS,
  ...WRITINGS_ERRORS,
  ...WHISTLES_ERRORS,
  ...TRAININGS_ERRORS,
  ...MEMBERS_ERRORS,
  ...OPEN311_ERRORS,
  ...API_KEYS_ERRORS,
  ...CONTACTS_ERRORS,
  ...RECEPTIONS_ERRORS,
  ...DUTY_ERRORS,
};

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Field-level messages for validation issues (zod issue codes and our own keys). */
export const FIELD_MESSAGES = {
  required: { 'zh-CN': '必填', 'zh-TW': '必填', en: 'Required' },
  too_short: {
    'zh-CN': '至少 {minimum} 个字符',
    'zh-TW': '至少 {minimum} 個字元',
    en: 'At least {minimum} characters',
  },
  too_long: {
    'zh-CN': '最多 {maximum} 个字符',
    'zh-TW': '最多 {maximum} 個字元',
    en: 'At most {maximum} characters',
  },
  invalid_value: {
    'zh-CN': '不是允许的取值',
    'zh-TW': '不是允許的值',
    en: 'Not an allowed value',
  },
  not_one_of: {
    'zh-CN': '“{given}”不是允许的取值，可填：{allowed}',
    'zh-TW': '「{given}」不是允許的值，可填：{allowed}',
    en: '"{given}" is not allowed; use one of: {allowed}',
  },
  place_code_unknown: {
    'zh-CN': '找不到编码为“{code}”的地点（可在“现有地点”表中查找）',
    'zh-TW': '找不到編碼為「{code}」的地點（可在「現有地點」表中查找）',
    en: 'No place has the code "{code}" (see the sheet of existing places)',
  },
  invalid_format: { 'zh-CN': '格式不正确', 'zh-TW': '格式不正確', en: 'Wrong format' },
  invalid_type: { 'zh-CN': '类型不正确', 'zh-TW': '類型不正確', en: 'Wrong type' },
  unrecognized_keys: {
    'zh-CN': '包含无法识别的字段',
    'zh-TW': '包含無法識別的欄位',
    en: 'Contains unknown fields',
  },
  too_small_number: {
    'zh-CN': '不能小于 {minimum}',
    'zh-TW': '不能小於 {minimum}',
    en: 'Must be at least {minimum}',
  },
  too_big_number: {
    'zh-CN': '不能大于 {maximum}',
    'zh-TW': '不能大於 {maximum}',
    en: 'Must be at most {maximum}',
  },
  password_too_short: { 'zh-CN': '密码至少 10 位', 'zh-TW': '密碼至少 10 位', en: 'At least 10 characters' },
  password_letters_digits: {
    'zh-CN': '密码须同时包含字母和数字',
    'zh-TW': '密碼須同時包含字母和數字',
    en: 'Use both letters and digits',
  },
  password_common: {
    'zh-CN': '这是常见密码，容易被猜中，请换一个',
    'zh-TW': '這是常見密碼，容易被猜中，請換一個',
    en: 'This is a common password that is easy to guess; choose another',
  },
  password_demo: {
    'zh-CN': '这是公开的演示密码，请换一个',
    'zh-TW': '這是公開的示範密碼，請換一個',
    en: 'This is the published demo password; choose another',
  },
  username_format: {
    'zh-CN': '只能包含字母、数字、点、下划线和短横线（3–32 位）',
    'zh-TW': '只能包含字母、數字、點、底線和短橫線（3–32 位）',
    en: 'Letters, digits, dots, underscores and dashes only (3–32)',
  },
  code_format: {
    'zh-CN': '只能包含字母、数字和短横线（2–32 位）',
    'zh-TW': '只能包含字母、數字和短橫線（2–32 位）',
    en: 'Letters, digits and dashes only (2–32)',
  },
  email_format: {
    'zh-CN': '请输入有效的邮箱地址，如 name@example.gov.cn',
    'zh-TW': '請輸入有效的電子郵件地址，如 name@example.gov.cn',
    en: 'Enter a valid email address, such as name@example.gov.cn',
  },
  mobile_format: {
    'zh-CN': '请输入 11 位手机号码',
    'zh-TW': '請輸入 11 位手機號碼',
    en: 'Enter an 11-digit mobile number',
  },
  location_required: {
    'zh-CN': '须提供位置：lat 和 long，或 address_string',
    'zh-TW': '須提供位置：lat 和 long，或 address_string',
    en: 'A location is required: lat and long, or address_string',
  },
  consent_required: {
    'zh-CN': '留下姓名或电话前，请勾选同意个人信息使用说明',
    'zh-TW': '留下姓名或電話前，請勾選同意個人資料使用說明',
    en: 'Tick the consent box before leaving your name or number',
  },
  date_out_of_range: {
    'zh-CN': '日期须在 2000-01-01 至 2100-12-31 之间',
    'zh-TW': '日期須在 2000-01-01 至 2100-12-31 之間',
    en: 'Dates run from 2000-01-01 to 2100-12-31',
  },
  unstorable_text: {
    'zh-CN': '含有无法保存的字符（空字符或残缺的字符）',
    'zh-TW': '含有無法儲存的字元（空字元或殘缺的字元）',
    en: 'Contains characters that cannot be stored (a NUL byte or a broken character)',
  },
  not_a_spreadsheet: {
    'zh-CN': '无法作为表格读取，请上传 .xlsx 或 .csv 文件',
    'zh-TW': '無法當作表格讀取，請上傳 .xlsx 或 .csv 檔案',
    en: 'The file could not be read as a spreadsheet; upload an .xlsx or .csv file',
  },
  blank: { 'zh-CN': '不能为空', 'zh-TW': '不能為空', en: 'Cannot be blank' },
  synonym_elsewhere: {
    'zh-CN': '“{word}”已在第 {group} 组中，一个词只能属于一组',
    'zh-TW': '「{word}」已在第 {group} 組中，一個詞只能屬於一組',
    en: '"{word}" is already in group {group}; a word belongs to one group only',
  },
  invalid: { 'zh-CN': '取值无效', 'zh-TW': '取值無效', en: 'Invalid value' },
  not_in_future: { 'zh-CN': '不能晚于现在', 'zh-TW': '不能晚於現在', en: 'Cannot be later than now' },
  not_in_past: { 'zh-CN': '须晚于现在', 'zh-TW': '須晚於現在', en: 'Must be later than now' },
  term_order: {
    'zh-CN': '届期止不能早于届期起',
    'zh-TW': '屆期止不能早於屆期起',
    en: 'A term cannot end before it starts',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

export function formatMessage(template: string, params: Record<string, unknown> = {}) {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function pickLocale(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  const first = header.split(',').map((s) => s.trim().split(';')[0]?.toLowerCase() ?? '');
  for (const tag of first) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-hant' || tag.startsWith('zh-hant')) return 'zh-TW';
    if (tag.startsWith('zh')) return 'zh-CN';
  }
  return 'zh-CN';
}
