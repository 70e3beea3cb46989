import type { Locale, SubmissionEventKind } from '../enums';

/** Error codes of the Open311 interface, merged into ERROR_MESSAGES. */
export const OPEN311_ERRORS = {
  open311_json_only: {
    'zh-CN': '只提供 JSON 格式：请把地址中的扩展名改为 .json',
    'zh-TW': '只提供 JSON 格式：請把網址中的副檔名改為 .json',
    en: 'Only JSON is served: use the .json extension',
  },
  open311_unknown_jurisdiction: {
    'zh-CN': '找不到编码为 jurisdiction_id 的地点',
    'zh-TW': '找不到編碼為 jurisdiction_id 的地點',
    en: 'No place has the code given as jurisdiction_id',
  },
  open311_date_order: {
    'zh-CN': 'start_date 不能晚于 end_date',
    'zh-TW': 'start_date 不能晚於 end_date',
    en: 'start_date cannot be later than end_date',
  },
  open311_date_span: {
    'zh-CN': 'start_date 与 end_date 之间不能超过 90 天',
    'zh-TW': 'start_date 與 end_date 之間不能超過 90 天',
    en: 'start_date and end_date may not span more than 90 days',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/** A public step of a submission's timeline as Open311's status_notes tells it (the tracking page's words). */
export const OPEN311_STEP_LABELS = {
  submitted: { 'zh-CN': '已提交', 'zh-TW': '已提交', en: 'Submitted' },
  to_grid: {
    'zh-CN': '已交网格处理，由社区跟进',
    'zh-TW': '已交網格處理，由社區跟進',
    en: 'Handed to the grid; the community follows up',
  },
  to_community: {
    'zh-CN': '已转社区协商议事会办理',
    'zh-TW': '已轉社區協商議事會辦理',
    en: 'Passed to the community council',
  },
  to_township: {
    'zh-CN': '已提交街道（乡镇）协商议事会研究',
    'zh-TW': '已提交街道（鄉鎮）協商議事會研究',
    en: 'Put before the township council',
  },
  to_department: { 'zh-CN': '已转职能部门办理', 'zh-TW': '已轉職能部門辦理', en: 'Forwarded to a department' },
  merge: {
    'zh-CN': '已与相同事项合并办理',
    'zh-TW': '已與相同事項合併辦理',
    en: 'Handled together with the same matter',
  },
  decline: { 'zh-CN': '不予受理', 'zh-TW': '不予受理', en: 'Declined' },
  reply: { 'zh-CN': '工作人员回复', 'zh-TW': '工作人員回覆', en: 'Staff replied' },
  solve: { 'zh-CN': '已办结', 'zh-TW': '已辦結', en: 'Solved' },
  rated: { 'zh-CN': '提交人已评价', 'zh-TW': '提交人已評價', en: 'Rated by the resident' },
  reopen: { 'zh-CN': '已重新提交办理', 'zh-TW': '已重新提交辦理', en: 'Reopened' },
  topic: { 'zh-CN': '已列为协商议题', 'zh-TW': '已列為協商議題', en: 'Taken up as a topic for consultation' },
  topic_unlinked: { 'zh-CN': '已移出协商议题', 'zh-TW': '已移出協商議題', en: 'No longer part of a topic' },
  outcome_carried_out: {
    'zh-CN': '协商成果已落实，事项办结',
    'zh-TW': '協商成果已落實，事項辦結',
    en: 'The outcome of the consultation was carried out; the matter is closed',
  },
} as const satisfies Partial<Record<SubmissionEventKind, Record<Locale, string>>>;
