import type { Locale } from '../enums';

/** Error codes of the topics module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const TOPICS_ERRORS = {
  topic_not_ready: {
    'zh-CN': '议题当前状态（{status}）不能安排协商：请先完成筛选立项（急事快议除外）',
    'zh-TW': '議題目前狀態（{status}）不能安排協商：請先完成篩選立項（急事快議除外）',
    en: 'This topic ({status}) cannot go to consultation yet: screen it in first (urgent topics excepted)',
  },
} as const satisfies Record<string, Record<Locale, string>>;
