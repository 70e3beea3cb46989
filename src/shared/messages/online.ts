import type { Locale } from '../enums';

/** Error codes of the online module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const ONLINE_ERRORS = {
  online_closed: {
    'zh-CN': '网络协商不在开放时间内，暂不能发表观点或表态',
    'zh-TW': '網路協商不在開放時間內，暫不能發表觀點或表態',
    en: 'This online consultation is not open: statements and votes are closed',
  },
  online_statement_limit: {
    'zh-CN': '每人最多发表 {max} 条观点',
    'zh-TW': '每人最多發表 {max} 條觀點',
    en: 'You can post at most {max} statements',
  },
  online_statement_duplicate: {
    'zh-CN': '已经有人发表过相同的观点，请直接为它表态',
    'zh-TW': '已經有人發表過相同的觀點，請直接為它表態',
    en: 'Someone has already posted this statement; vote on it instead',
  },
  online_challenge_required: {
    'zh-CN': '很多新参与者来自同一网络，请输入图片中的验证码后再提交',
    'zh-TW': '很多新參與者來自同一網路，請輸入圖片中的驗證碼後再送出',
    en: 'Many new participants came from this network; type the characters in the picture to go on',
  },
  online_own_statement: {
    'zh-CN': '这是您自己发表的观点，已算作同意',
    'zh-TW': '這是您自己發表的觀點，已算作同意',
    en: 'This is your own statement; it already counts as agreed',
  },
} as const satisfies Record<string, Record<Locale, string>>;
