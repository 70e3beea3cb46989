import type { Locale } from '../enums';

/** Error codes of the proposals module (提案办理), merged into ERROR_MESSAGES (codes are unique across modules). */
export const PROPOSALS_ERRORS = {
  proposal_not_proposal: {
    'zh-CN': '这项成果不是提案，不能交办承办单位',
    'zh-TW': '這項成果不是提案，不能交辦承辦單位',
    en: 'This outcome is not a proposal; only proposals are assigned to handling units',
  },
  proposal_draft: {
    'zh-CN': '提案还是草稿，报送后才能交办',
    'zh-TW': '提案還是草稿，報送後才能交辦',
    en: 'This proposal is still a draft; assign it once it has been sent',
  },
  proposal_writing_not_proposal: {
    'zh-CN': '这篇是社情民意信息，不是提案，不能交办承办单位',
    'zh-TW': '這篇是社情民意資訊，不是提案，不能交辦承辦單位',
    en: 'This is a piece of public opinion, not a proposal; only proposals are assigned to handling units',
  },
  proposal_not_forwarded: {
    'zh-CN': '委员提案经政协机关采用并报送后才能交办',
    'zh-TW': '委員提案經政協機關採用並報送後才能交辦',
    en: 'A member’s proposal is assigned once the CPPCC office has adopted and forwarded it',
  },
  proposal_unit_assigned: {
    'zh-CN': '{unit}已承办这件提案',
    'zh-TW': '{unit}已承辦這件提案',
    en: '{unit} already handles this proposal',
  },
  handling_not_replied: {
    'zh-CN': '承办单位答复后才能记录见面',
    'zh-TW': '承辦單位答覆後才能記錄見面',
    en: 'Record the meeting once the unit has replied',
  },
  handling_not_met: {
    'zh-CN': '答复并与提案人见面后才能评价满意度',
    'zh-TW': '答覆並與提案人見面後才能評價滿意度',
    en: 'Satisfaction is given once the unit has replied and met the proposer',
  },
  handling_step_done: {
    'zh-CN': '这一步已经记录，不能重复记录',
    'zh-TW': '這一步已經記錄，不能重複記錄',
    en: 'This step has already been recorded',
  },
  handling_not_unsatisfied: {
    'zh-CN': '提案人评价不满意后才能重新办理',
    'zh-TW': '提案人評價不滿意後才能重新辦理',
    en: 'A proposal is handled again only when the proposer is unsatisfied',
  },
  handling_rehandle_used: {
    'zh-CN': '已重新办理过一次，这次评价为最终结果',
    'zh-TW': '已重新辦理過一次，這次評價為最終結果',
    en: 'It was already handled again once; this rating is final',
  },
} as const satisfies Record<string, Record<Locale, string>>;
