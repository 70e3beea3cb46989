import type { Locale, WhistleStatus } from '../enums';

type Texts = Record<Locale, string>;

/** Whistle statuses in words, for error messages that name the status ({status} params). */
export const WHISTLE_STATUS_WORDS = {
  open: { 'zh-CN': '进行中', 'zh-TW': '進行中', en: 'open' },
  closed: { 'zh-CN': '已关闭', 'zh-TW': '已關閉', en: 'closed' },
  withdrawn: { 'zh-CN': '已撤回', 'zh-TW': '已撤回', en: 'withdrawn' },
} as const satisfies Record<WhistleStatus, Texts>;

/** Error codes of the whistles module (吹哨报到), merged into ERROR_MESSAGES (codes are unique across modules). */
export const WHISTLES_ERRORS = {
  whistle_not_open: {
    'zh-CN': '这次吹哨{status}，不能再报到、记录或关闭',
    'zh-TW': '這次吹哨{status}，不能再報到、記錄或關閉',
    en: 'This call for help is {status}; it can no longer be answered, recorded or closed',
  },
  whistle_already_answered: {
    'zh-CN': '您已经报到过了，可以记录做了什么',
    'zh-TW': '您已經報到過了，可以記錄做了什麼',
    en: 'You have already answered; you can record what you did',
  },
  whistle_not_called: {
    'zh-CN': '这次吹哨没有呼叫您：只有被呼叫或服务该地的委员、所选部门可以报到',
    'zh-TW': '這次吹哨沒有呼叫您：只有被呼叫或服務該地的委員、所選部門可以報到',
    en: 'You were not called: members called or serving the place, and the departments picked, answer',
  },
  whistle_answer_first: {
    'zh-CN': '请先报到，再记录做了什么',
    'zh-TW': '請先報到，再記錄做了什麼',
    en: 'Answer first, then record what you did',
  },
  whistle_unanswered: {
    'zh-CN': '还没有人报到，不能评价关闭；如不再需要，可以撤回',
    'zh-TW': '還沒有人報到，不能評價關閉；如不再需要，可以撤回',
    en: 'Nobody has answered yet, so there is nothing to rate; withdraw it if it is no longer needed',
  },
  whistle_place_kind: {
    'zh-CN': '只能为乡镇、街道、村或社区吹哨',
    'zh-TW': '只能為鄉鎮、街道、村或社區吹哨',
    en: 'A call for help is raised for a township, subdistrict, village or community',
  },
} as const satisfies Record<string, Texts>;
