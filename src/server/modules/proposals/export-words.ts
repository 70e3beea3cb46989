// The words of the proposal handlings' Excel export (提案办理导出) in the reader's language.
import type { HandlingStatus } from '../../../shared/access/proposals';
import type { Locale, ProposalReplyCategory, Satisfaction } from '../../../shared/enums';

type Words = {
  sheet: string;
  code: string;
  title: string;
  place: string;
  unit: string;
  proposer: string;
  year: string;
  dueAt: string;
  status: string;
  category: string;
  repliedAt: string;
  metAt: string;
  satisfaction: string;
  overdue: string;
  yes: string;
  statuses: Record<HandlingStatus, string>;
  categories: Record<ProposalReplyCategory, string>;
  satisfactions: Record<Satisfaction, string>;
};

export const HANDLING_EXPORT_WORDS: Record<Locale, Words> = {
  'zh-CN': {
    sheet: '提案办理',
    code: '编号',
    title: '提案',
    place: '所属地',
    unit: '承办单位',
    proposer: '提案人',
    year: '年度',
    dueAt: '答复期限',
    status: '办理状态',
    category: '答复类别',
    repliedAt: '答复时间',
    metAt: '见面时间',
    satisfaction: '满意度',
    overdue: '逾期',
    yes: '是',
    statuses: { assigned: '待答复', replied: '已答复', met: '已见面', rated: '已测评' },
    categories: { adopted: '已采纳', planned: '列入计划', for_reference: '留作参考' },
    satisfactions: { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' },
  },
  'zh-TW': {
    sheet: '提案辦理',
    code: '編號',
    title: '提案',
    place: '所屬地',
    unit: '承辦單位',
    proposer: '提案人',
    year: '年度',
    dueAt: '答覆期限',
    status: '辦理狀態',
    category: '答覆類別',
    repliedAt: '答覆時間',
    metAt: '見面時間',
    satisfaction: '滿意度',
    overdue: '逾期',
    yes: '是',
    statuses: { assigned: '待答覆', replied: '已答覆', met: '已見面', rated: '已測評' },
    categories: { adopted: '已採納', planned: '列入計劃', for_reference: '留作參考' },
    satisfactions: { satisfied: '滿意', basically_satisfied: '基本滿意', unsatisfied: '不滿意' },
  },
  en: {
    sheet: 'Proposal handlings',
    code: 'Code',
    title: 'Proposal',
    place: 'Place',
    unit: 'Handling unit',
    proposer: 'Proposer',
    year: 'Year',
    dueAt: 'Reply due',
    status: 'Status',
    category: 'Reply',
    repliedAt: 'Replied',
    metAt: 'Met',
    satisfaction: 'Satisfaction',
    overdue: 'Overdue',
    yes: 'Yes',
    statuses: { assigned: 'Awaiting reply', replied: 'Replied', met: 'Met', rated: 'Rated' },
    categories: { adopted: 'Adopted', planned: 'Planned', for_reference: 'For reference' },
    satisfactions: { satisfied: 'Satisfied', basically_satisfied: 'Basically satisfied', unsatisfied: 'Unsatisfied' },
  },
};
