import type { Locale, PlanItemStatus, TopicStatus } from '../enums';

type Texts = Record<Locale, string>;

/** Topic statuses in words, for error messages that name the status ({status} params). */
export const TOPIC_STATUS_WORDS = {
  proposed: { 'zh-CN': '待筛选', 'zh-TW': '待篩選', en: 'awaiting screening' },
  accepted: { 'zh-CN': '已立项', 'zh-TW': '已立項', en: 'accepted' },
  rejected: { 'zh-CN': '未立项', 'zh-TW': '未立項', en: 'not accepted' },
  in_consultation: { 'zh-CN': '协商中', 'zh-TW': '協商中', en: 'in consultation' },
  concluded: { 'zh-CN': '已协商', 'zh-TW': '已協商', en: 'concluded' },
  withdrawn: { 'zh-CN': '已撤回', 'zh-TW': '已撤回', en: 'withdrawn' },
} as const satisfies Record<TopicStatus, Texts>;

export const PLAN_ITEM_STATUS_WORDS = {
  proposed: { 'zh-CN': '待审定', 'zh-TW': '待審定', en: 'proposed' },
  approved: { 'zh-CN': '已审定', 'zh-TW': '已審定', en: 'approved' },
  returned: { 'zh-CN': '已退回', 'zh-TW': '已退回', en: 'returned' },
} as const satisfies Record<PlanItemStatus, Texts>;

/** Error codes of the topics module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const TOPICS_ERRORS = {
  topic_not_ready: {
    'zh-CN': '议题当前状态（{status}）不能安排协商：请先完成筛选立项（急事快议除外）',
    'zh-TW': '議題目前狀態（{status}）不能安排協商：請先完成篩選立項（急事快議除外）',
    en: 'This topic ({status}) cannot go to consultation yet: screen it in first (urgent topics excepted)',
  },
  topic_place_no_council: {
    'zh-CN': '“{place}”没有协商议事会，议题须提交到设有议事会的地点',
    'zh-TW': '「{place}」沒有協商議事會，議題須提交到設有議事會的地點',
    en: '{place} has no consultation council; a topic goes to a place with one',
  },
  topic_submission_missing: {
    'zh-CN': '所选诉求不存在或您无权查看',
    'zh-TW': '所選訴求不存在或您無權查看',
    en: 'A chosen submission does not exist or is not yours to see',
  },
  topic_submission_taken: {
    'zh-CN': '诉求 {trackingCode} 已列入其他议题',
    'zh-TW': '訴求 {trackingCode} 已列入其他議題',
    en: 'Submission {trackingCode} already belongs to a topic',
  },
  topic_submission_closed: {
    'zh-CN': '诉求 {trackingCode} 已办结、合并或不予受理，不能列为议题',
    'zh-TW': '訴求 {trackingCode} 已辦結、合併或不予受理，不能列為議題',
    en: 'Submission {trackingCode} is solved, merged or declined and cannot feed a topic',
  },
  topic_submission_outside: {
    'zh-CN': '诉求 {trackingCode} 不在该议事会的辖区内',
    'zh-TW': '訴求 {trackingCode} 不在該議事會的轄區內',
    en: "Submission {trackingCode} lies outside this council's area",
  },
  topic_last_submission: {
    'zh-CN': '由诉求形成的议题至少须保留一条诉求',
    'zh-TW': '由訴求形成的議題至少須保留一條訴求',
    en: 'A topic raised from submissions keeps at least one of them',
  },
  topic_reject_reason_required: {
    'zh-CN': '不予立项须说明理由',
    'zh-TW': '不予立項須說明理由',
    en: 'Give a reason for not accepting the topic',
  },
  topic_accept_reason_required: {
    'zh-CN': '仅符合 {met}/6 项标准，仍要立项须说明理由',
    'zh-TW': '僅符合 {met}/6 項標準，仍要立項須說明理由',
    en: 'Only {met} of 6 criteria are met: explain why it goes ahead',
  },
  plan_not_district: {
    'zh-CN': '年度协商计划按区（县）编制，请选择一个区（县）',
    'zh-TW': '年度協商計畫按區（縣）編制，請選擇一個區（縣）',
    en: 'Annual plans are kept per district: choose a district',
  },
  plan_item_exists: {
    'zh-CN': '该议题已在 {year} 年度协商计划中',
    'zh-TW': '該議題已在 {year} 年度協商計畫中',
    en: 'This topic is already in the {year} plan',
  },
  plan_topic_not_ready: {
    'zh-CN': '议题当前状态（{status}）不能列入年度计划：须先筛选立项',
    'zh-TW': '議題目前狀態（{status}）不能列入年度計畫：須先篩選立項',
    en: 'This topic ({status}) cannot go into the plan: it must be accepted first',
  },
  plan_topic_outside: {
    'zh-CN': '该议题不属于本区（县）',
    'zh-TW': '該議題不屬於本區（縣）',
    en: 'This topic does not belong to this district',
  },
} as const satisfies Record<string, Texts>;
