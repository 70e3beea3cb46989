// The words of a writing's Word file, in the reader's language; names of places, people and
// offices stay as they are written.
import type { Locale, WritingKind, WritingStatus } from '../../../shared/enums';

type Words = {
  masthead: Record<WritingKind, string>; // 发文机关标志
  numberWord: Record<WritingKind, string>; // 发文字号's word: 青禾社情〔2026〕3号
  committee: (district: string | null) => string; // 政协青禾区委员会
  office: (committee: string) => string; // 落款: the committee's office
  author: Record<WritingKind, string>;
  authorAt: (name: string, place: string) => string;
  submittedAt: string;
  sources: string;
  status: string;
  statuses: Record<WritingStatus, string>;
  reviewNote: string;
  forwardedTo: string;
  listSep: string;
};

export const WRITING_DOC_WORDS = {
  'zh-CN': {
    masthead: { public_opinion: '社情民意信息', proposal: '政协提案' },
    numberWord: { public_opinion: '社情', proposal: '提案' },
    committee: (district) => (district ? `政协${district}委员会` : '政协委员会'),
    office: (committee) => `${committee}办公室`,
    author: { public_opinion: '反映人', proposal: '提案人' },
    authorAt: (name, place) => `${name}（${place}）`,
    submittedAt: '提交时间',
    sources: '来源诉求',
    status: '办理情况',
    statuses: {
      draft: '草稿',
      submitted: '待审核',
      returned: '退回修改',
      adopted: '已采用',
      forwarded: '已采用并报送',
      not_adopted: '未采用',
    },
    reviewNote: '审核意见',
    forwardedTo: '报送',
    listSep: '、',
  },
  'zh-TW': {
    masthead: { public_opinion: '社情民意資訊', proposal: '政協提案' },
    numberWord: { public_opinion: '社情', proposal: '提案' },
    committee: (district) => (district ? `政協${district}委員會` : '政協委員會'),
    office: (committee) => `${committee}辦公室`,
    author: { public_opinion: '反映人', proposal: '提案人' },
    authorAt: (name, place) => `${name}（${place}）`,
    submittedAt: '提交時間',
    sources: '來源訴求',
    status: '辦理情況',
    statuses: {
      draft: '草稿',
      submitted: '待審核',
      returned: '退回修改',
      adopted: '已採用',
      forwarded: '已採用並報送',
      not_adopted: '未採用',
    },
    reviewNote: '審核意見',
    forwardedTo: '報送',
    listSep: '、',
  },
  en: {
    masthead: { public_opinion: 'Public Opinion Report', proposal: 'CPPCC Proposal' },
    numberWord: { public_opinion: '社情', proposal: '提案' },
    committee: (district) => (district ? `CPPCC ${district} Committee` : 'CPPCC Committee'),
    office: (committee) => `General Office, ${committee}`,
    author: { public_opinion: 'Reported by', proposal: 'Proposed by' },
    authorAt: (name, place) => `${name} (${place})`,
    submittedAt: 'Submitted',
    sources: 'From submissions',
    status: 'Status',
    statuses: {
      draft: 'Draft',
      submitted: 'Awaiting review',
      returned: 'Returned for changes',
      adopted: 'Adopted',
      forwarded: 'Adopted and forwarded',
      not_adopted: 'Not adopted',
    },
    reviewNote: 'Review note',
    forwardedTo: 'Forwarded to',
    listSep: ', ',
  },
} as const satisfies Record<Locale, Words>;
