import type { Locale } from '../enums';

// The wording of a notice (站内通知), one catalogue for the console's bell and page and the server's
// email. A notice is a kind and its parameters (see ../notices.ts): `kinds` is its headline, naming
// the record by {{code}} {{title}}; `by` says who did the step and what the reader is to do
// ({{actor}}); `dates` says when it is due or held ({{date}}); the person's own words ({{note}}: an
// urge, a 批示, a reason) follow as they were written, after `withNote`.
const zhCN = {
  withNote: '{{line}}：{{note}}',
  kinds: {
    task_assigned: '新任务：{{code}} {{title}}',
    task_urged: '催办：{{code}} {{title}}',
    task_escalated: '提请督办：{{code}} {{title}}',
    task_instructed: '领导批示：{{code}} {{title}}',
    task_due_soon: '即将到期：{{code}} {{title}}',
    task_overdue: '已逾期：{{code}} {{title}}',
    task_progress: '新进展：{{code}} {{title}}',
    task_done: '待验收：{{code}} {{title}}',
    task_returned: '被退回：{{code}} {{title}}',
    task_accepted: '已验收：{{code}} {{title}}',
    outcome_received: '收到协商成果：{{code}} {{title}}',
    outcome_replied: '成果已答复：{{code}} {{title}}',
    outcome_instructed: '成果批示：{{code}} {{title}}',
    revisit_due: '回头看到期：{{code}} {{title}}',
    invited: '协商邀请：{{code}} {{title}}',
  },
  by: {
    task_assigned: '{{actor}}交办',
    task_urged: '{{actor}}催办，请报告进展',
    task_escalated: '{{actor}}提请您督办',
    task_instructed: '{{actor}}作出批示',
    task_progress: '{{actor}}报告了进展',
    task_done: '{{actor}}报告已完成，请验收',
    task_returned: '{{actor}}退回，请继续办理',
    task_accepted: '{{actor}}验收通过',
    outcome_received: '{{actor}}报送，请答复',
    outcome_replied: '{{actor}}作出答复',
    outcome_instructed: '{{actor}}作出批示',
    invited: '{{actor}}邀请您参加',
  },
  dates: {
    task_assigned: '期限：{{date}}',
    task_due_soon: '将于 {{date}} 到期',
    task_overdue: '期限 {{date}}，请尽快办理并报告进展',
    revisit_due: '回访日期：{{date}}',
    invited: '时间：{{date}}',
  },
};

export type NoticeTexts = typeof zhCN;

const zhTW: NoticeTexts = {
  withNote: '{{line}}：{{note}}',
  kinds: {
    task_assigned: '新任務：{{code}} {{title}}',
    task_urged: '催辦：{{code}} {{title}}',
    task_escalated: '提請督辦：{{code}} {{title}}',
    task_instructed: '領導批示：{{code}} {{title}}',
    task_due_soon: '即將到期：{{code}} {{title}}',
    task_overdue: '已逾期：{{code}} {{title}}',
    task_progress: '新進展：{{code}} {{title}}',
    task_done: '待驗收：{{code}} {{title}}',
    task_returned: '被退回：{{code}} {{title}}',
    task_accepted: '已驗收：{{code}} {{title}}',
    outcome_received: '收到協商成果：{{code}} {{title}}',
    outcome_replied: '成果已答覆：{{code}} {{title}}',
    outcome_instructed: '成果批示：{{code}} {{title}}',
    revisit_due: '回頭看到期：{{code}} {{title}}',
    invited: '協商邀請：{{code}} {{title}}',
  },
  by: {
    task_assigned: '{{actor}}交辦',
    task_urged: '{{actor}}催辦，請報告進展',
    task_escalated: '{{actor}}提請您督辦',
    task_instructed: '{{actor}}作出批示',
    task_progress: '{{actor}}報告了進展',
    task_done: '{{actor}}報告已完成，請驗收',
    task_returned: '{{actor}}退回，請繼續辦理',
    task_accepted: '{{actor}}驗收通過',
    outcome_received: '{{actor}}報送，請答覆',
    outcome_replied: '{{actor}}作出答覆',
    outcome_instructed: '{{actor}}作出批示',
    invited: '{{actor}}邀請您參加',
  },
  dates: {
    task_assigned: '期限：{{date}}',
    task_due_soon: '將於 {{date}} 到期',
    task_overdue: '期限 {{date}}，請儘快辦理並報告進展',
    revisit_due: '回訪日期：{{date}}',
    invited: '時間：{{date}}',
  },
};

const en: NoticeTexts = {
  withNote: '{{line}}: {{note}}',
  kinds: {
    task_assigned: 'New task: {{code}} {{title}}',
    task_urged: 'Urged: {{code}} {{title}}',
    task_escalated: 'For your supervision: {{code}} {{title}}',
    task_instructed: 'Leader’s instruction: {{code}} {{title}}',
    task_due_soon: 'Due soon: {{code}} {{title}}',
    task_overdue: 'Overdue: {{code}} {{title}}',
    task_progress: 'Progress reported: {{code}} {{title}}',
    task_done: 'To accept: {{code}} {{title}}',
    task_returned: 'Sent back: {{code}} {{title}}',
    task_accepted: 'Accepted: {{code}} {{title}}',
    outcome_received: 'Outcome received: {{code}} {{title}}',
    outcome_replied: 'Outcome replied to: {{code}} {{title}}',
    outcome_instructed: 'Instruction on outcome: {{code}} {{title}}',
    revisit_due: 'Revisit due: {{code}} {{title}}',
    invited: 'Invitation: {{code}} {{title}}',
  },
  by: {
    task_assigned: 'Assigned by {{actor}}',
    task_urged: '{{actor}} urges you to report progress',
    task_escalated: '{{actor}} asks you to supervise it',
    task_instructed: 'Instruction from {{actor}}',
    task_progress: '{{actor}} reported progress',
    task_done: '{{actor}} reports it carried out; please accept it',
    task_returned: 'Sent back by {{actor}}; please carry on',
    task_accepted: 'Accepted by {{actor}}',
    outcome_received: 'Sent by {{actor}}; please reply',
    outcome_replied: 'Reply from {{actor}}',
    outcome_instructed: 'Instruction from {{actor}}',
    invited: '{{actor}} invites you to take part',
  },
  dates: {
    task_assigned: 'Due {{date}}',
    task_due_soon: 'Due {{date}}',
    task_overdue: 'Was due {{date}}; please report progress',
    revisit_due: 'Revisit by {{date}}',
    invited: 'Starts {{date}}',
  },
};

export const NOTICE_TEXTS: Record<Locale, NoticeTexts> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
