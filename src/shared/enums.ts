// Enumerations both the server and the web app use.
export * from './member-enums';

/** Kinds of place in the one tree (区/县 → 乡镇/街道 → 村/社区 → 网格, plus hosted platforms). */
export const PLACE_KINDS = [
  'district', // 区/县
  'township', // 乡镇
  'subdistrict', // 街道
  'village', // 村
  'community', // 社区
  'grid', // 网格
  'enterprise', // 企事业单位
  'park', // 园区
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Roles a person holds at a place. `admin` keeps accounts and places (系统管理员); `cppcc` is the
 * CPPCC's own office, committees and chair (政协机关/委室/专委会): it organises the deliberation work
 * and members' duty in its reach; `liaison` does the same work on the ground (联络员); `leader` reads
 * and instructs (批示); `member` is a CPPCC member (委员); `department` carries out tasks.
 */
export const ROLES = ['admin', 'leader', 'liaison', 'member', 'department', 'cppcc'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Where a submission stands in 征集 → 分办 (collect → sort). */
export const SUBMISSION_STATUSES = [
  'received', // 待分办: waiting for a liaison to sort it
  'grid', // 网格处理: solvable in the grid, the community follows up
  'community', // 社区议事: for the community council
  'township', // 街道议事: proposed to the township/subdistrict as a candidate topic
  'department', // 转部门: forwarded to a department
  'solved', // 已办结
  'merged', // 已合并 into another submission
  'declined', // 不予受理, with a reason the resident sees
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** How a submission reached us. */
export const SUBMISSION_CHANNELS = [
  'qr', // 扫码: the resident's own phone
  'walk_in', // 来访
  'reception_day', // 委员接待日
  'grid_patrol', // 网格巡查
  'phone_call', // 电话
  'partner', // 合作系统: handed in by a partner system (a 12345 hotline) through Open311 with an API key
] as const;
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

/** The orders the inbox can be sorted in: newest or oldest first, or the nearest deadline first. */
export const SUBMISSION_SORTS = ['relevance', 'newest', 'oldest', 'due'] as const;
export type SubmissionSort = (typeof SUBMISSION_SORTS)[number];

/** What staff (and residents) can do to a submission. */
export const SUBMISSION_ACTIONS = [
  'to_grid', // handle in the grid: dispatched to the community to follow up
  'to_community', // community council
  'to_township', // township council: a candidate topic
  'to_department', // forward to a department
  'merge',
  'decline',
  'reply', // a public reply; the status stays
  'solve',
  'reopen', // the resident, once, when not satisfied
] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

/** A step in a submission's timeline: every action, and what happens around it. */
export const SUBMISSION_EVENT_KINDS = [
  'submitted',
  ...SUBMISSION_ACTIONS,
  'rated', // the resident's rating
  'merged_in', // another submission was merged into this one
  'topic', // taken up in a topic (议题)
  'topic_unlinked',
  'outcome_carried_out', // the outcome of its topic was carried out (已落实): solved with it
] as const;
export type SubmissionEventKind = (typeof SUBMISSION_EVENT_KINDS)[number];

/** Where a topic (议题) came from: 群众出题, 委员荐题, 党委政府点题, 网格筛题. */
export const TOPIC_SOURCES = ['submission', 'member', 'leader', 'grid_screening'] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];

/** 大事大议、小事小议、急事快议 */
export const TOPIC_URGENCIES = ['major', 'minor', 'urgent'] as const;
export type TopicUrgency = (typeof TOPIC_URGENCIES)[number];

export const TOPIC_STATUSES = [
  'proposed', // 待筛选
  'accepted', // 已立项: passed screening
  'rejected', // 未立项, with the screener's reason
  'in_consultation', // 协商中: a consultation is scheduled or running
  'concluded', // 已协商: a consultation reached its consensus
  'withdrawn', // 已撤回
] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

/** The screening checklist: 切口小、立意准、关联广；党政重视、群众期盼、政协能做. */
export const SCREENING_CRITERIA = [
  'small_scope', // 切口小
  'precise_aim', // 立意准
  'broad_relevance', // 关联广
  'leadership_priority', // 党政重视
  'public_expectation', // 群众期盼
  'cppcc_capable', // 政协能做
] as const;
export type ScreeningCriterion = (typeof SCREENING_CRITERIA)[number];

/** A topic's place in the annual consultation plan (年度协商计划). */
export const PLAN_ITEM_STATUSES = ['proposed', 'approved', 'returned'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

/** 协商形式 */
export const CONSULTATION_FORMS = [
  'meeting', // 会议协商
  'on_site', // 现场协商 (田间地头, 小院, 小板凳)
  'online', // 网络协商/云协商
  'building', // 楼栋协商
  'door_to_door', // 上门协商
  'micro', // 微协商
  'counterpart', // 对口协商
  'sector', // 界别协商
] as const;
export type ConsultationForm = (typeof CONSULTATION_FORMS)[number];

export const CONSULTATION_STATUSES = [
  'scheduled', // 已安排
  'in_progress', // 进行中
  'concluded', // 已结束, consensus recorded
  'cancelled', // 已取消
] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** Fixed-date councils: 逢十说事 (10th, 20th, 30th), 月月谈 (one day each month). */
export const MEETING_RULES = ['none', 'tens', 'monthly'] as const;
export type MeetingRule = (typeof MEETING_RULES)[number];

export const PARTICIPANT_KINDS = [
  'member', // 政协委员
  'resident_rep', // 群众代表
  'official', // 部门/党政干部
  'expert', // 专家
  'stakeholder', // 利益相关方
  'staff', // 联络员/工作人员
] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** A voiced opinion's stance. */
export const STANCES = ['support', 'oppose', 'neutral', 'suggestion'] as const;
export type Stance = (typeof STANCES)[number];

/** 协商成果 */
export const OUTCOME_TYPES = [
  'recommendation', // 建议案
  'special_report', // 专项报告
  'public_opinion', // 社情民意信息
  'proposal', // 提案
  'village_rules', // 村规民约
  'agreement', // 协议/办法
] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

export const OUTCOME_STATUSES = [
  'draft', // 草稿
  'sent', // 已报送
  'answered', // 已答复: every recipient has replied
  'carrying_out', // 落实中: tasks were set for it and are being carried out
  'carried_out', // 已落实: every task was accepted (验收)
] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** What a recipient's reply (答复) says of the outcome: 采纳 / 部分采纳 / 不予采纳 (with a reason). */
export const REPLY_VERDICTS = ['adopted', 'partly_adopted', 'not_adopted'] as const;
export type ReplyVerdict = (typeof REPLY_VERDICTS)[number];

/** Whether a procedure step is held in the meeting, or carried out after it (by tasks, revisits). */
export const STEP_PHASES = ['meeting', 'after'] as const;
export type StepPhase = (typeof STEP_PHASES)[number];

/** Where a task (落实任务) stands: 未开始 → 推进中 → 已完成 (awaiting 验收) → 已验收; or 无法落实 / 续办. */
export const TASK_STATUSES = [
  'not_started', // 未开始
  'in_progress', // 推进中
  'done', // 已完成: the unit says it is carried out; the liaison accepts it or sends it back
  'accepted', // 已验收
  'cannot', // 无法落实, with a reason; the liaison accepts it or sends it back
  'carried_over', // 续办: carried over to next year
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A step in a task's timeline. */
export const TASK_EVENT_KINDS = [
  'created',
  'edited',
  'progress', // 进展: a report with text, photos and files
  'done',
  'cannot',
  'carried_over',
  'accepted', // 验收通过
  'returned', // 退回
  'urged', // 催办
  'escalated', // 提请督办: to a leader
  'instructed', // 批示
  'reopened', // 回头看 found the problem back
  'milestone_done',
] as const;
export type TaskEventKind = (typeof TASK_EVENT_KINDS)[number];
/** The fields of a task an edit (修改任务) can change, in the form's order: an edited step names those it changed. */
export const TASK_EDIT_FIELDS = ['title', 'detail', 'ownerId', 'coUnits', 'dueAt'] as const;
export type TaskEditField = (typeof TASK_EDIT_FIELDS)[number];

/** In-app notices (站内通知): each a kind with parameters, rendered in the reader's language. */
export const NOTIFICATION_KINDS = [
  'task_assigned',
  'task_urged',
  'task_escalated',
  'task_instructed',
  'task_due_soon',
  'task_overdue',
  'task_progress',
  'task_done',
  'task_returned',
  'task_accepted',
  'outcome_received',
  'outcome_replied',
  'outcome_instructed',
  'revisit_due',
  'invited',
  'whistle_raised', // 吹哨: a community asks members and departments for help
  'whistle_answered', // 报到: someone answered the caller's whistle
  'whistle_closed',
  'whistle_withdrawn', // the caller withdrew it: those called and those who answered are told
  'writing_submitted', // a member's 社情民意/提案 waits for the CPPCC office
  'writing_returned',
  'writing_adopted',
  'writing_forwarded', // the office forwarded (报送) it: the author and the recipients are told
  'writing_declined', // 不予采用: the author is told why
  'reception_duty', // the member is on this week's reception rota
  'member_addressed', // 委员会客厅: a resident addressed a submission to the member
  'duty_entry_requested', // a member asks for a manual entry: the CPPCC office over them (else liaisons) reviews it
  'duty_entry_reviewed', // params.verdict: 'approved' | 'rejected'
  'training_scheduled',
  'training_changed', // its time, place or title changed: the invitees are told the new time
  'training_cancelled',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Whether a person's notices also come by email: never, each as it comes, or one digest a day at 08:00. */
export const EMAIL_NOTICE_CHOICES = ['off', 'each', 'daily'] as const;
export type EmailNoticeChoice = (typeof EMAIL_NOTICE_CHOICES)[number];

/** An online consultation vote on a statement. */
export const VOTES = ['agree', 'disagree', 'pass'] as const;
export type Vote = (typeof VOTES)[number];

/** 三评: who evaluates a consultation's outcome — 党政点评, 民主评议 (members), 群众评价 (residents). */
export const EVALUATION_KINDS = ['leader', 'member', 'resident'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/** A proposal's (提案) reply category: 解决采纳 / 列入计划 / 留作参考. */
export const PROPOSAL_REPLY_CATEGORIES = ['adopted', 'planned', 'for_reference'] as const;
export type ProposalReplyCategory = (typeof PROPOSAL_REPLY_CATEGORIES)[number];

/** The proposer's view of the handling: 满意 / 基本满意 / 不满意 (one re-handling when unsatisfied). */
export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
