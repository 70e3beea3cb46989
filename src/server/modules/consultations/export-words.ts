// The words of the consultations' Excel export in the reader's language.
import type { ConsultationForm, Locale } from '../../../shared/enums';

type Words = {
  sheet: string;
  fileStem: string;
  code: string;
  title: string;
  form: string;
  status: string;
  startsAt: string;
  venue: string;
  place: string;
  topic: string;
  participants: string;
  attended: string;
  forms: Record<ConsultationForm, string>;
};

export const CONSULTATION_EXPORT_WORDS: Record<Locale, Words> = {
  'zh-CN': {
    sheet: '协商活动',
    fileStem: '协商活动',
    code: '编号',
    title: '名称',
    form: '形式',
    status: '状态',
    startsAt: '开始时间',
    venue: '地点（会场）',
    place: '所属地',
    topic: '议题',
    participants: '参加人数',
    attended: '到会人数',
    forms: {
      meeting: '会议协商',
      on_site: '现场协商',
      online: '网络协商/云协商',
      building: '楼栋协商',
      door_to_door: '上门协商',
      micro: '微协商',
      counterpart: '对口协商',
      sector: '界别协商',
    },
  },
  'zh-TW': {
    sheet: '協商活動',
    fileStem: '協商活動',
    code: '編號',
    title: '名稱',
    form: '形式',
    status: '狀態',
    startsAt: '開始時間',
    venue: '地點（會場）',
    place: '所屬地',
    topic: '議題',
    participants: '參加人數',
    attended: '到會人數',
    forms: {
      meeting: '會議協商',
      on_site: '現場協商',
      online: '網路協商/雲協商',
      building: '樓棟協商',
      door_to_door: '上門協商',
      micro: '微協商',
      counterpart: '對口協商',
      sector: '界別協商',
    },
  },
  en: {
    sheet: 'Consultations',
    fileStem: 'consultations',
    code: 'Code',
    title: 'Title',
    form: 'Form',
    status: 'Status',
    startsAt: 'Starts',
    venue: 'Venue',
    place: 'Place',
    topic: 'Topic',
    participants: 'Participants',
    attended: 'Attended',
    forms: {
      meeting: 'Meeting',
      on_site: 'On site',
      online: 'Online',
      building: 'Building',
      door_to_door: 'Door to door',
      micro: 'Micro',
      counterpart: 'Counterpart',
      sector: 'Sector',
    },
  },
};
