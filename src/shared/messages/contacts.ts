import type { Locale } from '../enums';

/** Error codes of the contacts module (联系群众), merged into ERROR_MESSAGES (codes are unique across modules). */
export const CONTACTS_ERRORS = {
  contact_archived: {
    'zh-CN': '该联系对象已不再联系，不能修改或记录联系',
    'zh-TW': '該聯繫對象已不再聯繫，不能修改或記錄聯繫',
    en: 'This contact is no longer kept; it cannot be changed or logged',
  },
} as const satisfies Record<string, Record<Locale, string>>;
