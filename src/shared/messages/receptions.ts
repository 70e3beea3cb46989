import type { Locale, ReceptionStatus } from '../enums';

/** Reception statuses in words, for error messages that name the status ({status} params). */
export const RECEPTION_STATUS_WORDS = {
  scheduled: { 'zh-CN': '已排班', 'zh-TW': '已排班', en: 'scheduled' },
  held: { 'zh-CN': '已接待', 'zh-TW': '已接待', en: 'held' },
  absent: { 'zh-CN': '记为缺岗', 'zh-TW': '記為缺崗', en: 'marked absent' },
} as const satisfies Record<ReceptionStatus, Record<Locale, string>>;

/** Error codes of the receptions module (委员接待日), merged into ERROR_MESSAGES (codes are unique across modules). */
export const RECEPTIONS_ERRORS = {
  reception_not_scheduled: {
    'zh-CN': '该接待日已{status}，不能再调整',
    'zh-TW': '該接待日已{status}，不能再調整',
    en: 'This reception day is already {status}; it can no longer be changed',
  },
  reception_not_started: {
    'zh-CN': '接待日尚未开始，开始后才能记录到岗或缺岗',
    'zh-TW': '接待日尚未開始，開始後才能記錄到崗或缺崗',
    en: 'This reception day has not begun; it can be recorded once it has',
  },
  reception_not_held: {
    'zh-CN': '接待日记录后才能登记群众诉求',
    'zh-TW': '接待日記錄後才能登記群眾訴求',
    en: 'Record the reception day first, then add what was raised',
  },
  reception_member_busy: {
    'zh-CN': '{name}在这个时段已有接待安排',
    'zh-TW': '{name}在這個時段已有接待安排',
    en: '{name} is already on duty at that time',
  },
} as const satisfies Record<string, Record<Locale, string>>;
