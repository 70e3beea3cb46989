// The words of the inbox's Excel export in the reader's language; statuses and channels come from
// the shared catalogue the console reads too.
import type { Locale } from '../../../shared/enums';

type Words = {
  sheet: string;
  trackingCode: string;
  status: string;
  channel: string;
  category: string;
  place: string;
  content: string;
  createdAt: string;
  dueAt: string;
  overdue: string;
  satisfaction: string;
  yes: string;
  no: string;
  fileName: (date: string) => string;
};

export const SUBMISSION_EXPORT_WORDS: Record<Locale, Words> = {
  'zh-CN': {
    sheet: '诉求',
    trackingCode: '查询码',
    status: '状态',
    channel: '渠道',
    category: '类别',
    place: '地点',
    content: '内容',
    createdAt: '提交时间',
    dueAt: '办理期限',
    overdue: '是否超期',
    satisfaction: '满意度（1-5）',
    yes: '是',
    no: '否',
    fileName: (date) => `诉求-${date}.xlsx`,
  },
  'zh-TW': {
    sheet: '訴求',
    trackingCode: '查詢碼',
    status: '狀態',
    channel: '管道',
    category: '類別',
    place: '地點',
    content: '內容',
    createdAt: '提交時間',
    dueAt: '辦理期限',
    overdue: '是否逾期',
    satisfaction: '滿意度（1-5）',
    yes: '是',
    no: '否',
    fileName: (date) => `訴求-${date}.xlsx`,
  },
  en: {
    sheet: 'Submissions',
    trackingCode: 'Tracking code',
    status: 'Status',
    channel: 'Channel',
    category: 'Category',
    place: 'Place',
    content: 'Content',
    createdAt: 'Submitted',
    dueAt: 'Due',
    overdue: 'Overdue',
    satisfaction: 'Satisfaction (1-5)',
    yes: 'Yes',
    no: 'No',
    fileName: (date) => `submissions-${date}.xlsx`,
  },
};
