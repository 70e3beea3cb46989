// The words of the outcomes' Excel export in the reader's language.
import type { Locale, OutcomeStatus, OutcomeType } from '../../../shared/enums';

type Words = {
  sheet: string;
  fileStem: string;
  code: string;
  type: string;
  title: string;
  status: string;
  place: string;
  consultation: string;
  sentAt: string;
  recipients: string;
  replied: string;
  createdAt: string;
  types: Record<OutcomeType, string>;
  statuses: Record<OutcomeStatus, string>;
};

export const OUTCOME_EXPORT_WORDS: Record<Locale, Words> = {
  'zh-CN': {
    sheet: '协商成果',
    fileStem: '协商成果',
    code: '编号',
    type: '类型',
    title: '标题',
    status: '状态',
    place: '所属地',
    consultation: '协商活动',
    sentAt: '报送时间',
    recipients: '报送单位数',
    replied: '已答复数',
    createdAt: '起草时间',
    types: {
      recommendation: '建议案',
      special_report: '专项报告',
      public_opinion: '社情民意信息',
      proposal: '提案',
      village_rules: '村规民约',
      agreement: '协议/办法',
    },
    statuses: { draft: '草稿', sent: '已报送', answered: '已答复', carrying_out: '落实中', carried_out: '已落实' },
  },
  'zh-TW': {
    sheet: '協商成果',
    fileStem: '協商成果',
    code: '編號',
    type: '類型',
    title: '標題',
    status: '狀態',
    place: '所屬地',
    consultation: '協商活動',
    sentAt: '報送時間',
    recipients: '報送單位數',
    replied: '已答覆數',
    createdAt: '起草時間',
    types: {
      recommendation: '建議案',
      special_report: '專項報告',
      public_opinion: '社情民意資訊',
      proposal: '提案',
      village_rules: '村規民約',
      agreement: '協議/辦法',
    },
    statuses: { draft: '草稿', sent: '已報送', answered: '已答覆', carrying_out: '落實中', carried_out: '已落實' },
  },
  en: {
    sheet: 'Outcomes',
    fileStem: 'outcomes',
    code: 'Code',
    type: 'Type',
    title: 'Title',
    status: 'Status',
    place: 'Place',
    consultation: 'Consultation',
    sentAt: 'Sent',
    recipients: 'Recipients',
    replied: 'Replied',
    createdAt: 'Drafted',
    types: {
      recommendation: 'Recommendation',
      special_report: 'Special report',
      public_opinion: 'Public opinion brief',
      proposal: 'Proposal',
      village_rules: 'Village rules',
      agreement: 'Agreement',
    },
    statuses: {
      draft: 'Draft',
      sent: 'Sent',
      answered: 'Answered',
      carrying_out: 'Being carried out',
      carried_out: 'Carried out',
    },
  },
};
