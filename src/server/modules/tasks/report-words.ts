// The words of an outcome's 落实情况报告 (implementation report) in the reader's language.
import type { EvaluationKind, Locale } from '../../../shared/enums';

type Words = {
  title: (title: string) => string;
  intro: (p: { date: string; council: string; title: string; number?: string; addressee?: string }) => string;
  headings: {
    consensus: string;
    answers: string;
    instructions: string;
    tasks: string;
    revisits: string;
    evaluation: string;
  };
  noConsensus: string;
  noTasks: string;
  taskSummary: (total: number, parts: string[]) => string;
  statusCount: (status: string, n: number) => string;
  overdueCount: (n: number) => string;
  task: {
    owner: string;
    coUnits: string;
    deadline: string;
    status: string;
    flag: string;
    progress: string;
    pressing: string;
    acceptance: string;
  };
  finished: (at: string) => string;
  accepted: (at: string, who: string) => string;
  notAccepted: string;
  revisit: (date: string) => string;
  findings: string;
  residentsView: string;
  problemBack: string;
  back: (taskCode: string | null) => string;
  notBack: string;
  recordedBy: string;
  noRevisit: (due: string | null) => string;
  score: (score: number) => string;
  kinds: Record<EvaluationKind, string>;
  part: (kind: string, count: number, mean: number | null) => string;
  noEvaluation: string;
  fileName: (code: string, title: string) => string;
};

export const REPORT_WORDS = {
  'zh-CN': {
    title: (title) => `关于《${title}》落实情况的报告`,
    intro: (p) =>
      `${p.date}，${p.council}将《${p.title}》${p.number ? `（${p.number}）` : ''}报送${p.addressee ?? '有关单位'}。现将落实情况报告如下。`,
    headings: {
      consensus: '协商共识',
      answers: '报送及答复情况',
      instructions: '领导批示',
      tasks: '任务落实情况',
      revisits: '回头看情况',
      evaluation: '评价情况',
    },
    noConsensus: '未列明协商共识。',
    noTasks: '尚未分解落实任务。',
    taskSummary: (total, parts) => `共分解落实任务${total}项，其中${parts.join('、')}。`,
    statusCount: (status, n) => `${status}${n}项`,
    overdueCount: (n) => `逾期${n}项`,
    task: {
      owner: '责任单位',
      coUnits: '协办单位',
      deadline: '完成期限',
      status: '办理状态',
      flag: '督办标识',
      progress: '进展情况',
      pressing: '督办情况',
      acceptance: '验收情况',
    },
    finished: (at) => `${at}报告办结`,
    accepted: (at, who) => `${at}验收通过（${who}）`,
    notAccepted: '尚未验收',
    revisit: (date) => `${date}回头看`,
    findings: '发现情况',
    residentsView: '群众意见',
    problemBack: '问题是否反弹',
    back: (code) => `是${code ? `，任务${code}已重新打开` : ''}`,
    notBack: '否',
    recordedBy: '记录人',
    noRevisit: (due) => (due ? `尚未开展回头看，计划于${due}回头看。` : '尚未开展回头看。'),
    score: (score) => `三评综合得分${score}分（满分100分）。`,
    kinds: { leader: '党政点评', member: '民主评议', resident: '群众评价' },
    part: (kind, count, mean) =>
      mean === null ? `${kind}：尚无评价` : `${kind}：${count}人评价，平均${mean}分（5分制）`,
    noEvaluation: '尚无评价。',
    fileName: (code, title) => `${code} ${title}落实情况报告.docx`,
  },
  'zh-TW': {
    title: (title) => `關於《${title}》落實情況的報告`,
    intro: (p) =>
      `${p.date}，${p.council}將《${p.title}》${p.number ? `（${p.number}）` : ''}報送${p.addressee ?? '有關單位'}。現將落實情況報告如下。`,
    headings: {
      consensus: '協商共識',
      answers: '報送及答覆情況',
      instructions: '領導批示',
      tasks: '任務落實情況',
      revisits: '回頭看情況',
      evaluation: '評價情況',
    },
    noConsensus: '未列明協商共識。',
    noTasks: '尚未分解落實任務。',
    taskSummary: (total, parts) => `共分解落實任務${total}項，其中${parts.join('、')}。`,
    statusCount: (status, n) => `${status}${n}項`,
    overdueCount: (n) => `逾期${n}項`,
    task: {
      owner: '責任單位',
      coUnits: '協辦單位',
      deadline: '完成期限',
      status: '辦理狀態',
      flag: '督辦標識',
      progress: '進展情況',
      pressing: '督辦情況',
      acceptance: '驗收情況',
    },
    finished: (at) => `${at}報告辦結`,
    accepted: (at, who) => `${at}驗收通過（${who}）`,
    notAccepted: '尚未驗收',
    revisit: (date) => `${date}回頭看`,
    findings: '發現情況',
    residentsView: '群眾意見',
    problemBack: '問題是否反彈',
    back: (code) => `是${code ? `，任務${code}已重新打開` : ''}`,
    notBack: '否',
    recordedBy: '記錄人',
    noRevisit: (due) => (due ? `尚未開展回頭看，計劃於${due}回頭看。` : '尚未開展回頭看。'),
    score: (score) => `三評綜合得分${score}分（滿分100分）。`,
    kinds: { leader: '黨政點評', member: '民主評議', resident: '群眾評價' },
    part: (kind, count, mean) =>
      mean === null ? `${kind}：尚無評價` : `${kind}：${count}人評價，平均${mean}分（5分制）`,
    noEvaluation: '尚無評價。',
    fileName: (code, title) => `${code} ${title}落實情況報告.docx`,
  },
  en: {
    title: (title) => `Report on carrying out “${title}”`,
    intro: (p) =>
      `On ${p.date}, ${p.council} sent “${p.title}”${p.number ? ` (${p.number})` : ''} to ${p.addressee ?? 'the units concerned'}. This report sets out how it has been carried out.`,
    headings: {
      consensus: 'Consensus reached',
      answers: 'Sent to, and the replies',
      instructions: 'Leaders’ instructions (批示)',
      tasks: 'Tasks',
      revisits: 'Revisits (回头看)',
      evaluation: 'Evaluation (三评)',
    },
    noConsensus: 'No consensus items are listed.',
    noTasks: 'No tasks have been set yet.',
    taskSummary: (total, parts) => `${total} ${total === 1 ? 'task was' : 'tasks were'} set: ${parts.join(', ')}.`,
    statusCount: (status, n) => `${status.toLowerCase()} ${n}`,
    overdueCount: (n) => `overdue ${n}`,
    task: {
      owner: 'Responsible unit',
      coUnits: 'Co-units',
      deadline: 'Deadline',
      status: 'Status',
      flag: 'Flag',
      progress: 'Progress',
      pressing: 'Urged, escalated, instructed',
      acceptance: 'Acceptance',
    },
    finished: (at) => `reported finished ${at}`,
    accepted: (at, who) => `accepted ${at} (${who})`,
    notAccepted: 'not accepted yet',
    revisit: (date) => `Revisit of ${date}`,
    findings: 'Found',
    residentsView: 'Residents’ view',
    problemBack: 'Problem back',
    back: (code) => `Yes${code ? `; task ${code} was reopened` : ''}`,
    notBack: 'No',
    recordedBy: 'Recorded by',
    noRevisit: (due) => (due ? `Not revisited yet; the revisit is due on ${due}.` : 'Not revisited yet.'),
    score: (score) => `Combined score ${score} out of 100.`,
    kinds: { leader: 'Leaders', member: 'Members', resident: 'Residents' },
    part: (kind, count, mean) =>
      mean === null
        ? `${kind}: none yet`
        : `${kind}: ${count} ${count === 1 ? 'rating' : 'ratings'}, mean ${mean} of 5`,
    noEvaluation: 'Not evaluated yet.',
    fileName: (code, title) => `${code} ${title} implementation report.docx`,
  },
} as const satisfies Record<Locale, Words>;
