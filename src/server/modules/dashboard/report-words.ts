// The words of the periodic report (月报/季报/年报) in the reader's language.
import type { Locale } from '../../../shared/enums';
import { MONTHS } from '../../platform/docx/dates';
import type { ReportSpan } from './report-period';

type V = (n: number) => string;
type Words = {
  span: (s: ReportSpan) => string;
  title: (place: string, span: string) => string;
  docNumber: (place: string, s: ReportSpan) => string;
  intro: (place: string, from: string, to: string) => string;
  headings: { overview: string; coverage: string; table: string; consultations: string; outcomes: string };
  /** the clauses of each headline sentence; a figure the dashboard did not give is left out */
  clauses: {
    received: V;
    sorted: V;
    solved: V;
    overdue: V;
    satisfaction: V;
    topics: V;
    consultations: V;
    participants: V;
    outcomesSent: V;
    outcomesAnswered: V;
    outcomesAdopted: V;
    outcomesCarriedOut: V;
    outcomesEvaluated: V;
    places: V;
    councils: V;
    rooms: V;
    fourHaves: V;
    workstations: V;
    demonstrations: V;
    members: V;
    placesWithMembers: V;
    proposals: V;
    proposalReplyRate: V;
    proposalMeetingRate: V;
    proposalSatisfactionRate: V;
    dutyPoints: V;
    membersGraded: V;
  };
  lead: {
    submissions: string;
    deliberation: string;
    outcomes: string;
    coverage: string;
    proposals: string;
    duty: string;
  };
  noRating: string;
  sentence: (lead: string, clauses: string[]) => string;
  header: string[];
  noChildren: string;
  consultation: (p: { date: string; place: string; title: string; code: string; attended: number }) => string;
  noConsultations: string;
  outcome: (p: { title: string; code: string; place: string }) => string;
  noOutcomes: string;
  generated: (at: string) => string;
  issuer: (place: string) => string;
  fileName: (title: string) => string;
};

const zhCN: Words = {
  span: (s) =>
    s.kind === 'month'
      ? `${s.year}年${s.index}月`
      : s.kind === 'quarter'
        ? `${s.year}年第${'一二三四'[s.index - 1]}季度`
        : `${s.year}年度`,
  title: (place, span) => `${place}政协“有事好商量”协商工作${span}报告`,
  docNumber: (place, s) =>
    `${place}政协协商工作${s.kind === 'month' ? '月报' : s.kind === 'quarter' ? '季报' : '年报'}〔${s.year}〕${s.kind === 'year' ? '' : `第${s.index}期`}`,
  intro: (place, from, to) => `现将${from}至${to}${place}“有事好商量”协商工作情况报告如下。`,
  headings: {
    overview: '主要数据',
    coverage: '阵地建设',
    table: '各地情况',
    consultations: '重点协商活动',
    outcomes: '成果落实情况',
  },
  clauses: {
    received: (n) => `收集意见建议${n}条`,
    sorted: (n) => `分办${n}条`,
    solved: (n) => `办结${n}条`,
    overdue: (n) => `逾期${n}条`,
    satisfaction: (n) => `群众满意度${n}分（满分5分）`,
    topics: (n) => `提出协商议题${n}个`,
    consultations: (n) => `开展协商${n}场`,
    participants: (n) => `参与${n}人次`,
    outcomesSent: (n) => `形成并报送成果${n}项`,
    outcomesAnswered: (n) => `获答复${n}项`,
    outcomesAdopted: (n) => `被采纳${n}项`,
    outcomesCarriedOut: (n) => `落实${n}项`,
    outcomesEvaluated: (n) => `完成评价${n}项`,
    places: (n) => `辖村（社区）${n}个`,
    councils: (n) => `${n}个地点建有协商议事会`,
    rooms: (n) => `${n}个地点设有协商议事室`,
    fourHaves: (n) => `其中“四有”达标${n}个`,
    workstations: (n) => `${n}个地点设有委员工作站`,
    demonstrations: (n) => `示范点${n}个`,
    members: (n) => `委员${n}名`,
    placesWithMembers: (n) => `有委员服务的村（社区）${n}个`,
    proposals: (n) => `提案${n}件`,
    proposalReplyRate: (n) => `答复率${n}%`,
    proposalMeetingRate: (n) => `见面率${n}%`,
    proposalSatisfactionRate: (n) => `满意率${n}%`,
    dutyPoints: (n) => `委员履职积分${n}分`,
    membersGraded: (n) => `完成履职评定${n}人`,
  },
  lead: {
    submissions: '民意收集方面，',
    deliberation: '协商议事方面，',
    outcomes: '成果转化方面，',
    coverage: '',
    proposals: '提案工作方面，',
    duty: '委员履职方面，',
  },
  noRating: '暂无满意度评价',
  sentence: (lead, clauses) => `${lead}${clauses.join('，')}。`,
  header: ['地区', '收集', '办结', '满意度', '协商', '参与人次', '报送成果', '落实成果'],
  noChildren: '本级无下级地区。',
  consultation: (p) => `${p.date}，${p.place}就“${p.title}”开展协商（${p.code}），参与${p.attended}人次。`,
  noConsultations: '本期未举行协商活动。',
  outcome: (p) => `${p.place}《${p.title}》（${p.code}）已落实。`,
  noOutcomes: '本期报送的成果尚无落实。',
  generated: (at) => `本报告数据由商量平台于${at}生成。`,
  issuer: (place) => `${place}政协`,
  fileName: (title) => `${title}.docx`,
};

const zhTW: Words = {
  ...zhCN,
  span: (s) =>
    s.kind === 'month'
      ? `${s.year}年${s.index}月`
      : s.kind === 'quarter'
        ? `${s.year}年第${'一二三四'[s.index - 1]}季度`
        : `${s.year}年度`,
  title: (place, span) => `${place}政協「有事好商量」協商工作${span}報告`,
  docNumber: (place, s) =>
    `${place}政協協商工作${s.kind === 'month' ? '月報' : s.kind === 'quarter' ? '季報' : '年報'}〔${s.year}〕${s.kind === 'year' ? '' : `第${s.index}期`}`,
  intro: (place, from, to) => `現將${from}至${to}${place}「有事好商量」協商工作情況報告如下。`,
  headings: {
    overview: '主要數據',
    coverage: '陣地建設',
    table: '各地情況',
    consultations: '重點協商活動',
    outcomes: '成果落實情況',
  },
  clauses: {
    received: (n) => `收集意見建議${n}條`,
    sorted: (n) => `分辦${n}條`,
    solved: (n) => `辦結${n}條`,
    overdue: (n) => `逾期${n}條`,
    satisfaction: (n) => `群眾滿意度${n}分（滿分5分）`,
    topics: (n) => `提出協商議題${n}個`,
    consultations: (n) => `開展協商${n}場`,
    participants: (n) => `參與${n}人次`,
    outcomesSent: (n) => `形成並報送成果${n}項`,
    outcomesAnswered: (n) => `獲答覆${n}項`,
    outcomesAdopted: (n) => `被採納${n}項`,
    outcomesCarriedOut: (n) => `落實${n}項`,
    outcomesEvaluated: (n) => `完成評價${n}項`,
    places: (n) => `轄村（社區）${n}個`,
    councils: (n) => `${n}個地點建有協商議事會`,
    rooms: (n) => `${n}個地點設有協商議事室`,
    fourHaves: (n) => `其中「四有」達標${n}個`,
    workstations: (n) => `${n}個地點設有委員工作站`,
    demonstrations: (n) => `示範點${n}個`,
    members: (n) => `委員${n}名`,
    placesWithMembers: (n) => `有委員服務的村（社區）${n}個`,
    proposals: (n) => `提案${n}件`,
    proposalReplyRate: (n) => `答覆率${n}%`,
    proposalMeetingRate: (n) => `見面率${n}%`,
    proposalSatisfactionRate: (n) => `滿意率${n}%`,
    dutyPoints: (n) => `委員履職積分${n}分`,
    membersGraded: (n) => `完成履職評定${n}人`,
  },
  lead: {
    submissions: '民意收集方面，',
    deliberation: '協商議事方面，',
    outcomes: '成果轉化方面，',
    coverage: '',
    proposals: '提案工作方面，',
    duty: '委員履職方面，',
  },
  noRating: '暫無滿意度評價',
  header: ['地區', '收集', '辦結', '滿意度', '協商', '參與人次', '報送成果', '落實成果'],
  noChildren: '本級無下級地區。',
  consultation: (p) => `${p.date}，${p.place}就「${p.title}」開展協商（${p.code}），參與${p.attended}人次。`,
  noConsultations: '本期未舉行協商活動。',
  outcome: (p) => `${p.place}《${p.title}》（${p.code}）已落實。`,
  noOutcomes: '本期報送的成果尚無落實。',
  generated: (at) => `本報告數據由商量平台於${at}生成。`,
  issuer: (place) => `${place}政協`,
};

const QUARTERS = ['first', 'second', 'third', 'fourth'];
const en: Words = {
  span: (s) =>
    s.kind === 'month'
      ? `${MONTHS[s.index - 1]} ${s.year}`
      : s.kind === 'quarter'
        ? `the ${QUARTERS[s.index - 1]} quarter of ${s.year}`
        : `the year ${s.year}`,
  title: (place, span) => `${place} CPPCC: report on consultation work ("let's talk it over") for ${span}`,
  docNumber: (place, s) =>
    `${place} CPPCC ${s.kind === 'month' ? 'monthly' : s.kind === 'quarter' ? 'quarterly' : 'annual'} report [${s.year}]${s.kind === 'year' ? '' : ` No. ${s.index}`}`,
  intro: (place, from, to) => `This report sets out the consultation work of ${place} from ${from} to ${to}.`,
  headings: {
    overview: 'Key figures',
    coverage: 'Venues and coverage',
    table: 'By place',
    consultations: 'Notable consultations',
    outcomes: 'Outcomes carried out',
  },
  clauses: {
    received: (n) => `${n} opinions and suggestions received`,
    sorted: (n) => `${n} referred`,
    solved: (n) => `${n} resolved`,
    overdue: (n) => `${n} overdue`,
    satisfaction: (n) => `satisfaction ${n} out of 5`,
    topics: (n) => `${n} topics raised`,
    consultations: (n) => `${n} consultations held`,
    participants: (n) => `${n} attendances`,
    outcomesSent: (n) => `${n} outcomes sent`,
    outcomesAnswered: (n) => `${n} answered`,
    outcomesAdopted: (n) => `${n} adopted`,
    outcomesCarriedOut: (n) => `${n} carried out`,
    outcomesEvaluated: (n) => `${n} evaluated`,
    places: (n) => `${n} villages and communities`,
    councils: (n) => `${n} places with a consultation council`,
    rooms: (n) => `${n} places with a consultation room`,
    fourHaves: (n) => `${n} of them meeting all four standards`,
    workstations: (n) => `${n} places with a members' workstation`,
    demonstrations: (n) => `${n} demonstration sites`,
    members: (n) => `${n} members`,
    placesWithMembers: (n) => `${n} villages and communities a member serves`,
    proposals: (n) => `${n} proposals`,
    proposalReplyRate: (n) => `reply rate ${n}%`,
    proposalMeetingRate: (n) => `meeting rate ${n}%`,
    proposalSatisfactionRate: (n) => `satisfaction rate ${n}%`,
    dutyPoints: (n) => `${n} duty points`,
    membersGraded: (n) => `${n} members graded`,
  },
  lead: {
    submissions: 'Submissions: ',
    deliberation: 'Deliberation: ',
    outcomes: 'Outcomes: ',
    coverage: 'Coverage: ',
    proposals: 'Proposals: ',
    duty: "Members' duty: ",
  },
  noRating: 'no satisfaction ratings yet',
  sentence: (lead, clauses) => `${lead}${clauses.join(', ')}.`,
  header: [
    'Place',
    'Received',
    'Resolved',
    'Satisfaction',
    'Consultations',
    'Attendances',
    'Outcomes sent',
    'Carried out',
  ],
  noChildren: 'This place has no places below it.',
  consultation: (p) => `${p.date}: ${p.place} consulted on "${p.title}" (${p.code}), ${p.attended} attendances.`,
  noConsultations: 'No consultation was held in the period.',
  outcome: (p) => `${p.place}: "${p.title}" (${p.code}) carried out.`,
  noOutcomes: 'None of the outcomes sent in the period has been carried out yet.',
  generated: (at) => `Figures generated by Shangliang on ${at}.`,
  issuer: (place) => `${place} CPPCC`,
  fileName: (title) => `${title.replace(/[^\w\- ]+/g, '').trim()}.docx`,
};

export const PERIODIC_REPORT_WORDS = { 'zh-CN': zhCN, 'zh-TW': zhTW, en } as const satisfies Record<Locale, Words>;
