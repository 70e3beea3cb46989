import type { Locale } from '../enums';

/** Error codes of the evaluations module (三评), merged into ERROR_MESSAGES (codes are unique across modules). */
export const EVALUATIONS_ERRORS = {
  evaluation_not_open: {
    'zh-CN': '成果报送后才能评价',
    'zh-TW': '成果報送後才能評價',
    en: 'An outcome can be evaluated once it has been sent',
  },
  evaluation_link_not_open: {
    'zh-CN': '群众评价尚未开启，请先生成评价链接',
    'zh-TW': '群眾評價尚未開啟，請先產生評價連結',
    en: 'Residents’ evaluation is not open yet: create its link first',
  },
  evaluation_not_resident: {
    'zh-CN': '只能隐藏群众的评价留言',
    'zh-TW': '只能隱藏群眾的評價留言',
    en: 'Only residents’ comments can be hidden',
  },
  evaluation_challenge_required: {
    'zh-CN': '很多人从同一网络提交了评价，请输入图片中的验证码后再提交',
    'zh-TW': '很多人從同一網路送出了評價，請輸入圖片中的驗證碼後再送出',
    en: 'Many evaluations came from this network; type the characters in the picture to go on',
  },
} as const satisfies Record<string, Record<Locale, string>>;
