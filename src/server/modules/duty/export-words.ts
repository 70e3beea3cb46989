// The words of the duty exports (the Word 履职档案 and the Excel ledger) in the reader's language;
// the kinds and grades come from the shared catalogue the console reads too.
import type { Locale } from '../../../shared/enums';

type Words = {
  dossierTitle: (name: string, year: number) => string;
  profile: string;
  duties: string;
  result: string;
  name: string;
  memberNo: string;
  place: string;
  work: string;
  term: string;
  termYears: (from: number, to: number) => string;
  kindHeading: (kind: string, line: string) => string;
  kindLine: (count: number, points: string) => string;
  capped: (cap: string) => string;
  entryLine: (date: string, label: string, points: string) => string;
  hours: (h: string) => string;
  none: string;
  total: (points: string, grade: string) => string;
  countedBy: (place: string, year: number, version: number) => string;
  countedByDefaults: string;
  closedAt: (date: string) => string;
  summarySheet: string;
  entriesSheet: string;
  rank: string;
  member: string;
  totalColumn: string;
  grade: string;
  kind: string;
  date: string;
  record: string;
  points: string;
  link: string;
  ledgerFile: (region: string, year: number) => string;
};

export const DUTY_EXPORT_WORDS: Record<Locale, Words> = {
  'zh-CN': {
    dossierTitle: (name, year) => `${name}${year}年度履职档案`,
    profile: '基本情况',
    duties: '履职情况',
    result: '考核结果',
    name: '姓名',
    memberNo: '委员编号',
    place: '所在地',
    work: '工作单位及职务',
    term: '届期',
    termYears: (from, to) => `${from}—${to}年`,
    kindHeading: (kind, line) => `${kind}：${line}`,
    kindLine: (count, points) => `${count}项，计${points}分`,
    capped: (cap) => `（已达上限${cap}分）`,
    entryLine: (date, label, points) => `${date}　${label}（${points}分）`,
    hours: (h) => `，${h}学时`,
    none: '本年度暂无履职记录。',
    total: (points, grade) => `本年度履职得分${points}分，考核等次：${grade}。`,
    countedBy: (place, year, version) => `按${place}${year}年度考核细则（第${version}版）计分。`,
    countedByDefaults: '按平台默认考核细则计分。',
    closedAt: (date) => `该年度已于${date}定档，得分和等次不再变动。`,
    summarySheet: '履职汇总',
    entriesSheet: '履职明细',
    rank: '排名',
    member: '委员',
    totalColumn: '总分',
    grade: '等次',
    kind: '类别',
    date: '日期',
    record: '记录',
    points: '得分',
    link: '链接',
    ledgerFile: (region, year) => `${region}${year}年度委员履职台账`,
  },
  'zh-TW': {
    dossierTitle: (name, year) => `${name}${year}年度履職檔案`,
    profile: '基本情況',
    duties: '履職情況',
    result: '考核結果',
    name: '姓名',
    memberNo: '委員編號',
    place: '所在地',
    work: '工作單位及職務',
    term: '屆期',
    termYears: (from, to) => `${from}—${to}年`,
    kindHeading: (kind, line) => `${kind}：${line}`,
    kindLine: (count, points) => `${count}項，計${points}分`,
    capped: (cap) => `（已達上限${cap}分）`,
    entryLine: (date, label, points) => `${date}　${label}（${points}分）`,
    hours: (h) => `，${h}學時`,
    none: '本年度暫無履職記錄。',
    total: (points, grade) => `本年度履職得分${points}分，考核等次：${grade}。`,
    countedBy: (place, year, version) => `按${place}${year}年度考核細則（第${version}版）計分。`,
    countedByDefaults: '按平台預設考核細則計分。',
    closedAt: (date) => `該年度已於${date}定檔，得分和等次不再變動。`,
    summarySheet: '履職匯總',
    entriesSheet: '履職明細',
    rank: '排名',
    member: '委員',
    totalColumn: '總分',
    grade: '等次',
    kind: '類別',
    date: '日期',
    record: '記錄',
    points: '得分',
    link: '連結',
    ledgerFile: (region, year) => `${region}${year}年度委員履職台賬`,
  },
  en: {
    dossierTitle: (name, year) => `Duty record of ${name}, ${year}`,
    profile: 'Profile',
    duties: 'Duties performed',
    result: 'Assessment',
    name: 'Name',
    memberNo: 'Member number',
    place: 'Place',
    work: 'Employer and position',
    term: 'Term',
    termYears: (from, to) => `${from}–${to}`,
    kindHeading: (kind, line) => `${kind}: ${line}`,
    kindLine: (count, points) => `${count}, ${points} points`,
    capped: (cap) => ` (capped at ${cap})`,
    entryLine: (date, label, points) => `${date}  ${label} (${points} points)`,
    hours: (h) => `, ${h} hours`,
    none: 'No duties recorded this year.',
    total: (points, grade) => `This year's score: ${points} points; grade: ${grade}.`,
    countedBy: (place, year, version) => `Counted by the ${year} rules of ${place} (version ${version}).`,
    countedByDefaults: 'Counted by the default rules.',
    closedAt: (date) => `The year was closed on ${date}; its score and grade no longer change.`,
    summarySheet: 'Summary',
    entriesSheet: 'Entries',
    rank: 'Rank',
    member: 'Member',
    totalColumn: 'Total',
    grade: 'Grade',
    kind: 'Kind',
    date: 'Date',
    record: 'Record',
    points: 'Points',
    link: 'Link',
    ledgerFile: (region, year) => `${region} duty ledger ${year}`,
  },
};
