import type { Locale } from '../enums';

/** Error codes of the revisits module (回头看), merged into ERROR_MESSAGES (codes are unique across modules). */
export const REVISITS_ERRORS = {
  revisit_not_carried_out: {
    'zh-CN': '成果尚未落实（{status}），落实后才能回头看',
    'zh-TW': '成果尚未落實（{status}），落實後才能回頭看',
    en: 'This outcome has not been carried out ({status}); it can be revisited once it has',
  },
  revisit_photo_missing: {
    'zh-CN': '请选择要上传的照片',
    'zh-TW': '請選擇要上傳的照片',
    en: 'Choose a photo to upload',
  },
  revisit_photo_type: {
    'zh-CN': '只能上传照片（JPG、PNG、WebP）',
    'zh-TW': '只能上傳照片（JPG、PNG、WebP）',
    en: 'Upload a photo (JPG, PNG, WebP)',
  },
} as const satisfies Record<string, Record<Locale, string>>;
