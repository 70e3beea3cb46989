import type { Locale } from '../enums';

/** Error codes of the API keys and of Open311's create, merged into ERROR_MESSAGES. */
export const API_KEYS_ERRORS = {
  api_key_name_taken: {
    'zh-CN': '该地点已有同名的在用密钥',
    'zh-TW': '該地點已有同名的使用中金鑰',
    en: 'A live key of this name already exists for this place',
  },
  api_key_revoked: {
    'zh-CN': '该密钥已被吊销',
    'zh-TW': '該金鑰已被撤銷',
    en: 'This key has already been revoked',
  },
  open311_api_key_invalid: {
    'zh-CN': 'api_key 无效或已被吊销',
    'zh-TW': 'api_key 無效或已被撤銷',
    en: 'The api_key is unknown or revoked',
  },
  open311_api_key_scope: {
    'zh-CN': '该 api_key 无权为 jurisdiction_id 所指的地点提交',
    'zh-TW': '該 api_key 無權為 jurisdiction_id 所指的地點提交',
    en: 'The api_key may not hand requests in for the place given as jurisdiction_id',
  },
  open311_unknown_service: {
    'zh-CN': '该地点不提供 service_code 所指的类别',
    'zh-TW': '該地點不提供 service_code 所指的類別',
    en: 'The place does not offer the category given as service_code',
  },
} as const satisfies Record<string, Record<Locale, string>>;
