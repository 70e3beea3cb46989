// The words of the plan's Excel export (年度协商计划导出) in the reader's language.
import type { Locale, TopicUrgency } from '../../../shared/enums';

type Words = {
  sheet: string;
  fileStem: (district: string, year: number) => string;
  code: string;
  title: string;
  place: string;
  month: string;
  urgency: string;
  status: string;
  note: string;
  proposedBy: string;
  decidedBy: string;
  decidedAt: string;
  reason: string;
  monthOf: (m: number | null) => string;
  urgencies: Record<TopicUrgency, string>;
};

export const PLAN_EXPORT_WORDS: Record<Locale, Words> = {
  'zh-CN': {
    sheet: '年度协商计划',
    fileStem: (d, y) => `${d}${y}年度协商计划`,
    code: '议题编号',
    title: '议题',
    place: '协商层级',
    month: '计划时间',
    urgency: '议事方式',
    status: '审定状态',
    note: '说明',
    proposedBy: '提出人',
    decidedBy: '审定人',
    decidedAt: '审定时间',
    reason: '退回理由',
    monthOf: (m) => (m ? `${m}月` : '待定'),
    urgencies: { major: '大事大议', minor: '小事小议', urgent: '急事快议' },
  },
  'zh-TW': {
    sheet: '年度協商計劃',
    fileStem: (d, y) => `${d}${y}年度協商計劃`,
    code: '議題編號',
    title: '議題',
    place: '協商層級',
    month: '計劃時間',
    urgency: '議事方式',
    status: '審定狀態',
    note: '說明',
    proposedBy: '提出人',
    decidedBy: '審定人',
    decidedAt: '審定時間',
    reason: '退回理由',
    monthOf: (m) => (m ? `${m}月` : '待定'),
    urgencies: { major: '大事大議', minor: '小事小議', urgent: '急事快議' },
  },
  en: {
    sheet: 'Consultation plan',
    fileStem: (d, y) => `${d} consultation plan ${y}`,
    code: 'Topic code',
    title: 'Topic',
    place: 'Level',
    month: 'Planned',
    urgency: 'Kind',
    status: 'Decision',
    note: 'Note',
    proposedBy: 'Proposed by',
    decidedBy: 'Decided by',
    decidedAt: 'Decided at',
    reason: 'Reason returned',
    monthOf: (m) => (m ? `Month ${m}` : 'To be set'),
    urgencies: { major: 'Major matter', minor: 'Minor matter', urgent: 'Urgent matter' },
  },
};
