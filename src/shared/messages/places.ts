import type { Locale } from '../enums';

/** Error codes of the places module (the tree and its import), merged into ERROR_MESSAGES. */
export const PLACES_ERRORS = {
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
} as const satisfies Record<string, Record<Locale, string>>;
