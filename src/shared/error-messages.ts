import type { Locale } from './enums';
import { CONSULTATIONS_ERRORS } from './messages/consultations';
import { ONLINE_ERRORS } from './messages/online';
import { OUTCOMES_ERRORS } from './messages/outcomes';
import { TOPICS_ERRORS } from './messages/topics';

/**
 * Stable error codes with a message per language. The server answers with the code and the
 * message in the caller's language; the web app shows the message.
 */
const CORE_ERRORS = {
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
  invalid_credentials: {
    'zh-CN': '用户名或密码不正确',
    'zh-TW': '使用者名稱或密碼不正確',
    en: 'Wrong username or password',
  },
  account_locked: {
    'zh-CN': '账号已被锁定，请 {minutes} 分钟后再试或联系管理员',
    'zh-TW': '帳號已被鎖定，請 {minutes} 分鐘後再試或聯絡管理員',
    en: 'This account is locked; try again in {minutes} minutes or ask an administrator',
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
  conflict: {
    'zh-CN': '操作与现有数据冲突',
    'zh-TW': '操作與現有資料衝突',
    en: 'This conflicts with existing data',
  },
  place_name_taken: {
    'zh-CN': '同一上级下已有同名地点',
    'zh-TW': '同一上級下已有同名地點',
    en: 'A place with this name already exists under the same parent',
  },
  place_code_taken: {
    'zh-CN': '该编码已被使用',
    'zh-TW': '該編碼已被使用',
    en: 'This code is already in use',
  },
  place_kind_not_allowed: {
    'zh-CN': '“{child}”不能设在“{parent}”之下',
    'zh-TW': '「{child}」不能設在「{parent}」之下',
    en: 'A {child} cannot be placed under a {parent}',
  },
  place_cycle: {
    'zh-CN': '不能把地点移到它自己或它的下级之下',
    'zh-TW': '不能把地點移到它自己或它的下級之下',
    en: 'A place cannot be moved under itself or its descendants',
  },
  place_archived: {
    'zh-CN': '该地点已归档',
    'zh-TW': '該地點已歸檔',
    en: 'This place is archived',
  },
  place_has_live_children: {
    'zh-CN': '请先归档其下级地点',
    'zh-TW': '請先歸檔其下級地點',
    en: 'Archive the places beneath it first',
  },
  place_in_use: {
    'zh-CN': '仍有账号或角色挂在该地点，请先调整',
    'zh-TW': '仍有帳號或角色掛在該地點，請先調整',
    en: 'Accounts or roles still belong to this place; move them first',
  },
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
  import_invalid: {
    'zh-CN': '导入文件有错误，未导入任何数据',
    'zh-TW': '匯入檔案有錯誤，未匯入任何資料',
    en: 'The file has errors; nothing was imported',
  },
  import_too_many_rows: {
    'zh-CN': '导入文件最多 {max} 行，请拆分后分批导入',
    'zh-TW': '匯入檔案最多 {max} 列，請拆分後分批匯入',
    en: 'An import file can hold at most {max} rows; split it and import the parts one by one',
  },
  import_file_required: {
    'zh-CN': '请上传 .xlsx 或 .csv 文件',
    'zh-TW': '請上傳 .xlsx 或 .csv 檔案',
    en: 'Upload an .xlsx or .csv file',
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
  reopen_used: {
    'zh-CN': '每条诉求只能重新打开一次',
    'zh-TW': '每條訴求只能重新開啟一次',
    en: 'An item can be reopened only once',
  },
  rating_closed: {
    'zh-CN': '办结后才能评价，且只能评价一次',
    'zh-TW': '辦結後才能評價，且只能評價一次',
    en: 'You can rate once, after the item is solved',
  },
  idempotency_key_reused: {
    'zh-CN': '该 Idempotency-Key 已用于另一份不同的提交，请换一个新的',
    'zh-TW': '該 Idempotency-Key 已用於另一份不同的提交，請換一個新的',
    en: 'This Idempotency-Key was already used for a different submission; send a new key',
  },
  challenge_required: {
    'zh-CN': '提交过于频繁，请输入图片中的验证码',
    'zh-TW': '提交過於頻繁，請輸入圖片中的驗證碼',
    en: 'Many submissions came from here; type the characters in the picture',
  },
  challenge_failed: {
    'zh-CN': '验证码不正确，请重试',
    'zh-TW': '驗證碼不正確，請重試',
    en: 'Those characters did not match; try again',
  },
  photo_invalid: {
    'zh-CN': '只能上传图片（JPG、PNG、WebP、HEIC），每张不超过 8 MB',
    'zh-TW': '只能上傳圖片（JPG、PNG、WebP、HEIC），每張不超過 8 MB',
    en: 'Photos only (JPG, PNG, WebP, HEIC), 8 MB each at most',
  },
  photo_unsupported: {
    'zh-CN': '只能上传 JPG、PNG、WebP 或 HEIC 格式的照片',
    'zh-TW': '只能上傳 JPG、PNG、WebP 或 HEIC 格式的照片',
    en: 'Only JPG, PNG, WebP or HEIC photos can be uploaded',
  },
  server_busy: {
    'zh-CN': '服务器正忙，请 {seconds} 秒后再试',
    'zh-TW': '伺服器正忙，請 {seconds} 秒後再試',
    en: 'The server is busy; try again in {seconds} seconds',
  },
  merge_target_invalid: {
    'zh-CN': '不能合并到该诉求',
    'zh-TW': '不能合併到該訴求',
    en: 'It cannot be merged into that item',
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
  ...TOPICS_ERRORS,
  ...CONSULTATIONS_ERRORS,
  ...ONLINE_ERRORS,
  ...OUTCOMES_ERRORS,
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
  mobile_format: {
    'zh-CN': '请输入 11 位手机号码',
    'zh-TW': '請輸入 11 位手機號碼',
    en: 'Enter an 11-digit mobile number',
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
  invalid: { 'zh-CN': '取值无效', 'zh-TW': '取值無效', en: 'Invalid value' },
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
