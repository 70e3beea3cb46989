// The words of the 督办单 (supervision sheet) in the reader's language.
import type { Locale } from '../../../shared/enums';

type Words = {
  title: string;
  intro: string;
  number: string;
  matter: string;
  source: string;
  sourceLine: (code: string, title: string) => string;
  consensusItem: (number: number, text: string) => string;
  detail: string;
  owner: string;
  coUnits: string;
  deadline: string;
  deadlineLine: (date: string) => string;
  status: string;
  flag: string;
  milestones: string;
  milestoneLine: (n: number, title: string, due: string | null, doneAt: string | null) => string;
  urges: string;
  escalation: string;
  instructions: string;
  progress: string;
  requirements: string;
  requirementLines: (deadline: string) => string[];
  feedback: string;
  receipt: string;
  receiptLine: string;
  fileName: (code: string) => string;
};

export const SHEET_WORDS = {
  'zh-CN': {
    title: '督办单',
    intro: '现将下列事项交你单位办理，请按要求抓紧落实，并及时反馈办理情况。',
    number: '督办编号',
    matter: '督办事项',
    source: '事项来源',
    sourceLine: (code, title) => `协商成果${code}《${title}》`,
    consensusItem: (n, text) => `对应共识第${n}条：${text}`,
    detail: '任务内容',
    owner: '承办单位',
    coUnits: '协办单位',
    deadline: '办理时限',
    deadlineLine: (date) => `${date}前办结`,
    status: '办理状态',
    flag: '督办标识',
    milestones: '时间表',
    milestoneLine: (n, title, due, doneAt) =>
      `${n}. ${title}${due ? `（${due}前）` : ''}：${doneAt ? `${doneAt}完成` : '未完成'}`,
    urges: '催办记录',
    escalation: '提请督办',
    instructions: '领导批示',
    progress: '办理情况',
    requirements: '办理要求',
    requirementLines: (deadline) => [
      `1. 请于${deadline}前办结，办理期间按时报告进展。`,
      '2. 被催办后须以进展报告答复；确有困难不能按期办结的，应书面说明原因和下一步安排。',
      '3. 办结后报联络员验收，验收通过方为办结。',
    ],
    feedback: '反馈情况',
    receipt: '承办单位签收',
    receiptLine: '签收人：　　　　　　　　日期：　　　　年　　月　　日',
    fileName: (code) => `${code} 督办单.docx`,
  },
  'zh-TW': {
    title: '督辦單',
    intro: '現將下列事項交你單位辦理，請按要求抓緊落實，並及時回饋辦理情況。',
    number: '督辦編號',
    matter: '督辦事項',
    source: '事項來源',
    sourceLine: (code, title) => `協商成果${code}《${title}》`,
    consensusItem: (n, text) => `對應共識第${n}條：${text}`,
    detail: '任務內容',
    owner: '承辦單位',
    coUnits: '協辦單位',
    deadline: '辦理時限',
    deadlineLine: (date) => `${date}前辦結`,
    status: '辦理狀態',
    flag: '督辦標識',
    milestones: '時間表',
    milestoneLine: (n, title, due, doneAt) =>
      `${n}. ${title}${due ? `（${due}前）` : ''}：${doneAt ? `${doneAt}完成` : '未完成'}`,
    urges: '催辦記錄',
    escalation: '提請督辦',
    instructions: '領導批示',
    progress: '辦理情況',
    requirements: '辦理要求',
    requirementLines: (deadline) => [
      `1. 請於${deadline}前辦結，辦理期間按時報告進展。`,
      '2. 被催辦後須以進展報告答覆；確有困難不能按期辦結的，應書面說明原因和下一步安排。',
      '3. 辦結後報聯絡員驗收，驗收通過方為辦結。',
    ],
    feedback: '回饋情況',
    receipt: '承辦單位簽收',
    receiptLine: '簽收人：　　　　　　　　日期：　　　　年　　月　　日',
    fileName: (code) => `${code} 督辦單.docx`,
  },
  en: {
    title: 'Supervision sheet (督办单)',
    intro: 'The matter below is assigned to your unit. Please carry it out as required and report back.',
    number: 'Number',
    matter: 'Matter',
    source: 'From',
    sourceLine: (code, title) => `Outcome ${code} “${title}”`,
    consensusItem: (n, text) => `Consensus item ${n}: ${text}`,
    detail: 'What is to be done',
    owner: 'Responsible unit',
    coUnits: 'Co-units',
    deadline: 'Deadline',
    deadlineLine: (date) => `By ${date}`,
    status: 'Status',
    flag: 'Flag',
    milestones: 'Timetable',
    milestoneLine: (n, title, due, doneAt) =>
      `${n}. ${title}${due ? ` (by ${due})` : ''}: ${doneAt ? `done ${doneAt}` : 'not done'}`,
    urges: 'Urged',
    escalation: 'Escalation',
    instructions: 'Instructions (批示)',
    progress: 'Progress',
    requirements: 'Requirements',
    requirementLines: (deadline) => [
      `1. Finish by ${deadline}, reporting progress on the way.`,
      '2. Answer each urge with a progress report; if it cannot be finished in time, say why in writing and what comes next.',
      '3. When finished, the liaison accepts the work; only then is it closed.',
    ],
    feedback: 'Feedback',
    receipt: 'Received by the unit',
    receiptLine: 'Signed:                         Date:',
    fileName: (code) => `${code} supervision sheet.docx`,
  },
} as const satisfies Record<Locale, Words>;
