// The words of the topics' Excel export in the reader's language.
import type { Locale, TopicSource, TopicUrgency } from '../../../shared/enums';

type Words = {
  sheet: string;
  fileStem: string;
  code: string;
  title: string;
  status: string;
  source: string;
  urgency: string;
  place: string;
  submissions: string;
  createdAt: string;
  sources: Record<TopicSource, string>;
  urgencies: Record<TopicUrgency, string>;
};

export const TOPIC_EXPORT_WORDS: Record<Locale, Words> = {
  'zh-CN': {
    sheet: '议题',
    fileStem: '议题',
    code: '编号',
    title: '标题',
    status: '状态',
    source: '来源',
    urgency: '议事类别',
    place: '地点',
    submissions: '关联诉求数',
    createdAt: '提出时间',
    sources: { submission: '群众出题', member: '委员荐题', leader: '党委政府点题', grid_screening: '网格筛题' },
    urgencies: { major: '大事大议', minor: '小事小议', urgent: '急事快议' },
  },
  'zh-TW': {
    sheet: '議題',
    fileStem: '議題',
    code: '編號',
    title: '標題',
    status: '狀態',
    source: '來源',
    urgency: '議事類別',
    place: '地點',
    submissions: '關聯訴求數',
    createdAt: '提出時間',
    sources: { submission: '群眾出題', member: '委員薦題', leader: '黨委政府點題', grid_screening: '網格篩題' },
    urgencies: { major: '大事大議', minor: '小事小議', urgent: '急事快議' },
  },
  en: {
    sheet: 'Topics',
    fileStem: 'topics',
    code: 'Code',
    title: 'Title',
    status: 'Status',
    source: 'Source',
    urgency: 'Kind',
    place: 'Place',
    submissions: 'Linked submissions',
    createdAt: 'Raised',
    sources: {
      submission: 'From residents',
      member: 'Recommended by a member',
      leader: 'Assigned by leaders',
      grid_screening: 'Grid screening',
    },
    urgencies: { major: 'Major matter', minor: 'Minor matter', urgent: 'Urgent matter' },
  },
};
