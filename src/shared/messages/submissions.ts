import type { Locale, SubmissionChannel, SubmissionStatus } from '../enums';

/** Error codes of the submissions module (intake, photos, rating, reopening, sorting), merged into ERROR_MESSAGES. */
export const SUBMISSIONS_ERRORS = {
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
  merge_target_invalid: {
    'zh-CN': '不能合并到该诉求',
    'zh-TW': '不能合併到該訴求',
    en: 'It cannot be merged into that item',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/** A submission's status in the reader's language (the console's inbox and the Excel export). */
export const SUBMISSION_STATUS_WORDS = {
  'zh-CN': {
    received: '待分办',
    grid: '网格处理',
    community: '社区议事',
    township: '街道议事（候选议题）',
    department: '转部门办理',
    solved: '已办结',
    merged: '已合并',
    declined: '不予受理',
  },
  'zh-TW': {
    received: '待分辦',
    grid: '網格處理',
    community: '社區議事',
    township: '街道議事（候選議題）',
    department: '轉部門辦理',
    solved: '已辦結',
    merged: '已合併',
    declined: '不予受理',
  },
  en: {
    received: 'To sort',
    grid: 'In the grid',
    community: 'Community council',
    township: 'Township council',
    department: 'With a department',
    solved: 'Solved',
    merged: 'Merged',
    declined: 'Declined',
  },
} satisfies Record<Locale, Record<SubmissionStatus, string>>;

/** How a submission came in, in the reader's language. */
export const SUBMISSION_CHANNEL_WORDS = {
  'zh-CN': {
    qr: '扫码',
    walk_in: '来访',
    reception_day: '委员接待日',
    grid_patrol: '网格巡查',
    phone_call: '电话',
    partner: '合作系统',
  },
  'zh-TW': {
    qr: '掃碼',
    walk_in: '來訪',
    reception_day: '委員接待日',
    grid_patrol: '網格巡查',
    phone_call: '電話',
    partner: '合作系統',
  },
  en: {
    qr: 'QR code',
    walk_in: 'Walk-in',
    reception_day: 'Reception day',
    grid_patrol: 'Grid patrol',
    phone_call: 'Phone call',
    partner: 'Partner system',
  },
} satisfies Record<Locale, Record<SubmissionChannel, string>>;
