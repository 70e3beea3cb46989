import type { Locale } from '../enums';

/** Error codes of the outcomes module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const OUTCOMES_ERRORS = {
  outcome_consultation_open: {
    'zh-CN': '协商尚未结束（{status}），结束并形成共识后才能起草成果',
    'zh-TW': '協商尚未結束（{status}），結束並形成共識後才能起草成果',
    en: 'This consultation has not concluded yet ({status}); draft outcomes once it has reached its consensus',
  },
  outcome_not_draft: {
    'zh-CN': '成果已报送，不能再修改',
    'zh-TW': '成果已報送，不能再修改',
    en: 'This outcome has been sent and can no longer be edited',
  },
} as const satisfies Record<string, Record<Locale, string>>;
