// The deliberation tables (议题 → 协商 → 共识 → 成果), part of the one schema (re-exported by schema.ts).
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CONSULTATION_FORMS,
  CONSULTATION_STATUSES,
  MEETING_RULES,
  OUTCOME_STATUSES,
  OUTCOME_TYPES,
  PARTICIPANT_KINDS,
  PLAN_ITEM_STATUSES,
  REPLY_VERDICTS,
  STANCES,
  STEP_PHASES,
  TOPIC_SOURCES,
  TOPIC_STATUSES,
  TOPIC_URGENCIES,
  VOTES,
} from '../../../shared/enums';
import { accounts, places, submissions } from './schema';
import { memberGroups } from './schema-members';

export const topicSource = pgEnum('topic_source', TOPIC_SOURCES);
export const topicUrgency = pgEnum('topic_urgency', TOPIC_URGENCIES);
export const topicStatus = pgEnum('topic_status', TOPIC_STATUSES);
export const planItemStatus = pgEnum('plan_item_status', PLAN_ITEM_STATUSES);
export const consultationForm = pgEnum('consultation_form', CONSULTATION_FORMS);
export const consultationStatus = pgEnum('consultation_status', CONSULTATION_STATUSES);
export const meetingRule = pgEnum('meeting_rule', MEETING_RULES);
export const participantKind = pgEnum('participant_kind', PARTICIPANT_KINDS);
export const stance = pgEnum('stance', STANCES);
export const outcomeType = pgEnum('outcome_type', OUTCOME_TYPES);
export const outcomeStatus = pgEnum('outcome_status', OUTCOME_STATUSES);
export const vote = pgEnum('vote', VOTES);
export const replyVerdict = pgEnum('reply_verdict', REPLY_VERDICTS);
export const stepPhase = pgEnum('step_phase', STEP_PHASES);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });
const placeRef = () =>
  uuid('place_id')
    .notNull()
    .references(() => places.id);

/** A topic (议题) for a council at a place (the level: township, village/community, district). */
export const topics = pgTable(
  'topics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(), // "YT-2026-0007": readable, unique
    placeId: placeRef(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    source: topicSource('source').notNull(),
    urgency: topicUrgency('urgency').notNull().default('minor'),
    status: topicStatus('status').notNull().default('proposed'),
    // the checklist, criterion → met ({ small_scope: true, … }); decision and reason beside it
    screening: jsonb('screening').$type<Record<string, boolean>>(),
    screeningReason: text('screening_reason'),
    screenedById: uuid('screened_by_id').references(() => accounts.id),
    screenedAt: at('screened_at'),
    proposedById: uuid('proposed_by_id').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('topics_code_key').on(t.code),
    index('topics_place_idx').on(t.placeId, t.createdAt),
    // the province's days around whole months (deliberation_rollups) by time alone (0019)
    index('topics_created_idx').on(t.createdAt),
    index('topics_status_idx').on(t.status),
    // the topics a member recommended (委员荐题, a duty ledger line)
    index('topics_proposed_by_idx').on(t.proposedById),
  ],
);

/** Submissions behind a topic; a submission feeds at most one topic. */
export const topicSubmissions = pgTable(
  'topic_submissions',
  {
    topicId: uuid('topic_id')
      .notNull()
      .references(() => topics.id),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.topicId, t.submissionId] }),
    uniqueIndex('topic_submissions_submission_key').on(t.submissionId),
  ],
);

/** A topic proposed into a district's annual consultation plan (年度协商计划), approved or returned by a leader. */
export const planItems = pgTable(
  'plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: placeRef(), // the district whose plan it is
    year: integer('year').notNull(),
    topicId: uuid('topic_id')
      .notNull()
      .references(() => topics.id),
    plannedMonth: integer('planned_month'), // 1–12, optional
    status: planItemStatus('status').notNull().default('proposed'),
    note: text('note'),
    proposedById: uuid('proposed_by_id').references(() => accounts.id),
    decidedById: uuid('decided_by_id').references(() => accounts.id),
    decidedAt: at('decided_at'),
    decisionReason: text('decision_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('plan_items_year_topic_key').on(t.year, t.topicId),
    index('plan_items_place_year_idx').on(t.placeId, t.year),
  ],
);

/** A procedure step; `phase` 'after' (跟踪落实, 评议反馈) is carried out after the meeting, by tasks. */
export type ProcedureStep = { name: string; isRequired: boolean; hint?: string; phase?: 'meeting' | 'after' };

/** A procedure (议事规程): ordered steps. Built-ins have no place; a place's own are offered beneath it. */
export const procedures = pgTable(
  'procedures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: uuid('place_id').references(() => places.id),
    builtInKey: text('built_in_key'), // 'six_steps' | 'five_step_micro' | 'four_step' | 'say_discuss_do_review'
    name: text('name').notNull(),
    description: text('description'),
    steps: jsonb('steps').$type<ProcedureStep[]>().notNull(),
    archivedAt: at('archived_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('procedures_built_in_key').on(t.builtInKey)],
);

/** A council's settings (the place has `has_council`): its procedure and fixed meeting dates. */
export const councils = pgTable('councils', {
  placeId: uuid('place_id')
    .primaryKey()
    .references(() => places.id),
  procedureId: uuid('procedure_id').references(() => procedures.id),
  meetingRule: meetingRule('meeting_rule').notNull().default('none'),
  monthlyDay: integer('monthly_day'), // 月月谈: day of the month (1–28)
  defaultVenue: text('default_venue'),
  updatedAt: updatedAt(),
});

/** A consultation (协商议事活动) on a topic under a council. */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(), // "XS-2026-0003"
    topicId: uuid('topic_id')
      .notNull()
      .references(() => topics.id),
    placeId: placeRef(), // the council's place
    title: text('title').notNull(),
    form: consultationForm('form').notNull(),
    venue: text('venue'),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at'), // online consultations: the closing time
    status: consultationStatus('status').notNull().default('scheduled'),
    procedureName: text('procedure_name'),
    preStudy: text('pre_study'), // 调研
    summary: text('summary'),
    // random tokens for the attendance QR code and the online consultation's public link
    signInToken: text('sign_in_token').notNull(),
    publicToken: text('public_token'),
    cancelReason: text('cancel_reason'),
    concludedAt: at('concluded_at'),
    // the 专委会 (or other member group) that organised it: each committee's consultations counted
    groupId: uuid('group_id').references((): AnyPgColumn => memberGroups.id),
    createdById: uuid('created_by_id').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('consultations_group_idx').on(t.groupId),
    uniqueIndex('consultations_code_key').on(t.code),
    uniqueIndex('consultations_sign_in_token_key').on(t.signInToken),
    uniqueIndex('consultations_public_token_key').on(t.publicToken),
    index('consultations_place_idx').on(t.placeId, t.startsAt),
    index('consultations_starts_idx').on(t.startsAt),
    index('consultations_topic_idx').on(t.topicId),
  ],
);

/** The consultation's walk through its procedure: one row per step, copied from the template. */
export const consultationSteps = pgTable(
  'consultation_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    isRequired: boolean('is_required').notNull(),
    // held in the meeting, or after it (carried out by the outcome's tasks): the meeting concludes
    // on its own steps
    phase: stepPhase('phase').notNull().default('meeting'),
    output: text('output'), // what the step produced
    completedAt: at('completed_at'),
    completedById: uuid('completed_by_id').references(() => accounts.id),
  },
  (t) => [uniqueIndex('consultation_steps_position_key').on(t.consultationId, t.position)],
);

/** Invited participants; people without accounts are kept by name and affiliation. */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    accountId: uuid('account_id').references(() => accounts.id),
    name: text('name').notNull(),
    affiliation: text('affiliation'),
    kind: participantKind('kind').notNull(),
    isInvited: boolean('is_invited').notNull().default(true), // false: walked in and signed in
    attendedAt: at('attended_at'),
    attendanceMethod: text('attendance_method'), // 'qr' | 'ticked'
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('participants_account_key').on(t.consultationId, t.accountId),
    index('participants_consultation_idx').on(t.consultationId),
    // who attended, by kind, from the index alone: the dashboard counts a province's live consultations' 人次
    index('participants_attended_idx').on(t.consultationId, t.kind).where(sql`${t.attendedAt} is not null`),
    // a member's attendances (their duty ledger and the dashboard's duty tally) without reading all
    index('participants_account_idx').on(t.accountId),
  ],
);

/** Opinions as they were voiced: who, their stance, what they said. */
export const opinions = pgTable(
  'opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    participantId: uuid('participant_id').references(() => participants.id),
    speakerName: text('speaker_name').notNull(),
    stance: stance('stance').notNull(),
    text: text('text').notNull(),
    recordedById: uuid('recorded_by_id').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('opinions_consultation_idx').on(t.consultationId, t.createdAt)],
);

/** Numbered consensus items (共识). */
export const consensusItems = pgTable(
  'consensus_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    number: integer('number').notNull(),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('consensus_items_number_key').on(t.consultationId, t.number)],
);

/** Dissent kept on record (保留意见), optionally against one consensus item. */
export const dissents = pgTable('dissents', {
  id: uuid('id').primaryKey().defaultRandom(),
  consultationId: uuid('consultation_id')
    .notNull()
    .references(() => consultations.id),
  consensusItemId: uuid('consensus_item_id').references(() => consensusItems.id),
  holderName: text('holder_name').notNull(),
  text: text('text').notNull(),
  createdAt: createdAt(),
});

/** Documents and photos attached to a consultation; files live under DATA_DIR/files. */
export const consultationFiles = pgTable(
  'consultation_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    fileName: text('file_name').notNull(), // as uploaded, shown to people
    storedName: text('stored_name').notNull(),
    mimeType: text('mime_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('consultation_files_consultation_idx').on(t.consultationId)],
);

/** Online consultation (网络协商): short statements by residents and members. */
export const statements = pgTable(
  'statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    // a participant key: 'a:<account id>' for staff/members, 'r:<sha-256 of the resident's cookie>'
    authorKey: text('author_key').notNull(),
    authorName: text('author_name'),
    text: text('text').notNull(),
    hiddenAt: at('hidden_at'),
    hiddenReason: text('hidden_reason'),
    hiddenById: uuid('hidden_by_id').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('statements_consultation_idx').on(t.consultationId, t.createdAt)],
);

export const statementVotes = pgTable(
  'statement_votes',
  {
    statementId: uuid('statement_id')
      .notNull()
      .references(() => statements.id),
    voterKey: text('voter_key').notNull(),
    vote: vote('vote').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.statementId, t.voterKey] })],
);

/** An outcome (协商成果) of a consultation. */
export const outcomes = pgTable(
  'outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(), // "CG-2026-0002"
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    placeId: placeRef(),
    type: outcomeType('type').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: outcomeStatus('status').notNull().default('draft'),
    // consensus items the outcome carries (ids of consensus_items of the same consultation)
    consensusItemIds: uuid('consensus_item_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdById: uuid('created_by_id').references(() => accounts.id),
    sentAt: at('sent_at'),
    carriedOutAt: at('carried_out_at'), // every task accepted (已落实)
    reviewDueAt: at('review_due_at'), // 回头看: three months after it was carried out, unless set
    // 群众评价: the random token of the residents' evaluation link and QR code
    evaluationToken: text('evaluation_token'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('outcomes_code_key').on(t.code),
    uniqueIndex('outcomes_evaluation_token_key').on(t.evaluationToken),
    index('outcomes_consultation_idx').on(t.consultationId),
    index('outcomes_place_idx').on(t.placeId, t.createdAt),
    index('outcomes_sent_idx').on(t.sentAt),
  ],
);

/** An outcome sent (报送) to one recipient, with their reply and a leader's instruction (批示). */
export const outcomeRecipients = pgTable(
  'outcome_recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => outcomes.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    sentById: uuid('sent_by_id').references(() => accounts.id),
    sentAt: at('sent_at').notNull().defaultNow(),
    readAt: at('read_at'),
    reply: text('reply'),
    // 采纳 / 部分采纳 / 不予采纳; a reason is required unless adopted
    verdict: replyVerdict('verdict'),
    verdictReason: text('verdict_reason'),
    repliedAt: at('replied_at'),
    instruction: text('instruction'), // 批示
    instructedAt: at('instructed_at'),
  },
  (t) => [
    uniqueIndex('outcome_recipients_key').on(t.outcomeId, t.accountId),
    index('outcome_recipients_account_idx').on(t.accountId),
  ],
);

/** Per-year counters behind readable codes (YT-2026-0001): one row per prefix and year. */
export const codeCounters = pgTable(
  'code_counters',
  {
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    value: integer('value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);

/**
 * 协商议事 and 成果 figures by month, kept by the database (migration 0019) as submission_rollups
 * are: for each topic (by the month it was raised), consultation (the month it starts), attendance
 * (its consultation's month) and sent outcome (the month it was sent), one count at the district,
 * township and village of its place (depth 0–2; Beijing time), under keys `t`, `ts:<source>`, `c`,
 * `cf:<form>`, `p`, `p:<kind>`, `o`, `oa` (answered or later), `oc` (carried out), `oad` (a
 * recipient adopted it) and `oe` (evaluated) — source, form and kind at district and township
 * only. Statement-level triggers on the records, recipients, evaluations and places add and
 * subtract in the writing transaction; `shangliang rollups --recompute` rebuilds them.
 */
export const deliberationRollups = pgTable(
  'deliberation_rollups',
  {
    placeId: uuid('place_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    key: text('key').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.placeId, t.month, t.key] }),
    // a few keys over many months (a trend, one section's keys) without the others; in code-point
    // order so a prefix (ts:…) is a range of it whatever the database's collation: migration 0022
    index('deliberation_rollups_key_idx').on(t.placeId, sql`${t.key} collate "C"`, t.month),
  ],
);
