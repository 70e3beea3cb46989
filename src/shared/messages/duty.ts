import type { DutyGrade, DutyKind, Locale } from '../enums';

/** Error codes of the duty module (履职考核), merged into ERROR_MESSAGES (codes are unique across modules). */
export const DUTY_ERRORS = {
  duty_year_closed: {
    'zh-CN': '{year} 年度考核已定档，规则和结果不能再修改',
    'zh-TW': '{year} 年度考核已定檔，規則和結果不能再修改',
    en: 'The {year} assessment is closed; its rules and results can no longer change',
  },
  duty_entry_reviewed: {
    'zh-CN': '这条履职登记已经审核过了',
    'zh-TW': '這條履職登記已經審核過了',
    en: 'This duty entry has already been reviewed',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/** The ledger's kinds as people read them: the console's columns, the Word dossier, the Excel ledger. */
export const DUTY_KIND_WORDS: Record<Locale, Record<DutyKind, string>> = {
  'zh-CN': {
    consultation_attended: '参加协商议事',
    opinion_given: '发表意见',
    consultation_absent: '无故缺席协商',
    topic_recommended: '委员荐题',
    submission_entered: '录入群众诉求',
    contact_logged: '联系群众',
    reception_held: '接待日到岗',
    reception_absent: '接待日缺岗',
    whistle_answered: '吹哨报到',
    public_opinion_written: '撰写社情民意',
    public_opinion_adopted: '社情民意被采用',
    proposal_written: '提交提案',
    training_attended: '参加培训',
    manual: '其他履职',
  },
  'zh-TW': {
    consultation_attended: '參加協商議事',
    opinion_given: '發表意見',
    consultation_absent: '無故缺席協商',
    topic_recommended: '委員薦題',
    submission_entered: '錄入群眾訴求',
    contact_logged: '聯繫群眾',
    reception_held: '接待日到崗',
    reception_absent: '接待日缺崗',
    whistle_answered: '吹哨報到',
    public_opinion_written: '撰寫社情民意',
    public_opinion_adopted: '社情民意被採用',
    proposal_written: '提交提案',
    training_attended: '參加培訓',
    manual: '其他履職',
  },
  en: {
    consultation_attended: 'Consultations attended',
    opinion_given: 'Opinions given',
    consultation_absent: 'Consultations missed',
    topic_recommended: 'Topics recommended',
    submission_entered: 'Submissions recorded',
    contact_logged: 'Contacts kept',
    reception_held: 'Reception days held',
    reception_absent: 'Reception days missed',
    whistle_answered: 'Whistles answered',
    public_opinion_written: 'Public opinion written',
    public_opinion_adopted: 'Public opinion adopted',
    proposal_written: 'Proposals filed',
    training_attended: 'Training attended',
    manual: 'Other duties',
  },
};

/** 年度履职等次 */
export const DUTY_GRADE_WORDS: Record<Locale, Record<DutyGrade, string>> = {
  'zh-CN': { excellent: '优秀', competent: '称职', basically_competent: '基本称职', incompetent: '不称职' },
  'zh-TW': { excellent: '優秀', competent: '稱職', basically_competent: '基本稱職', incompetent: '不稱職' },
  en: {
    excellent: 'Excellent',
    competent: 'Competent',
    basically_competent: 'Basically competent',
    incompetent: 'Not competent',
  },
};
