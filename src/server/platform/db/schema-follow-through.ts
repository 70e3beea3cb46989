// The follow-through tables (办 → 评): an outcome's tasks (落实任务) with their timeline, milestones
// and files, and the in-app notices people get about them. Part of the one schema (re-exported
// by schema.ts).
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TaskEventData } from '../../../shared/api/tasks';
import {
  EVALUATION_KINDS,
  NOTIFICATION_KINDS,
  PROPOSAL_REPLY_CATEGORIES,
  SATISFACTIONS,
  TASK_STATUSES,
  type TaskEventKind,
} from '../../../shared/enums';
import { accounts, places } from './schema';
import { consensusItems, outcomes } from './schema-deliberation';
import { memberWritings } from './schema-members';

export const taskStatus = pgEnum('task_status', TASK_STATUSES);
export const notificationKind = pgEnum('notification_kind', NOTIFICATION_KINDS);

const at = (name: string) => timestamp(name, { withTimezone: true });
const createdAt = () => at('created_at').notNull().defaultNow();
const updatedAt = () => at('updated_at').notNull().defaultNow();

/**
 * A task (落实任务) carrying out an outcome, or one of its consensus items: the unit responsible
 * (an account: a department, or a person at a place), co-units by name, a deadline, and where
 * it stands. The outcome's place decides who sees it (the outcome's region), beside the owner.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(), // "RW-2026-0012"
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => outcomes.id),
    consensusItemId: uuid('consensus_item_id').references(() => consensusItems.id),
    placeId: uuid('place_id') // the outcome's place: visibility and the supervision board's region
      .notNull()
      .references(() => places.id),
    title: text('title').notNull(),
    detail: text('detail'),
    ownerId: uuid('owner_id') // 责任单位 / 责任人
      .notNull()
      .references(() => accounts.id),
    coUnits: text('co_units').array().notNull().default(sql`'{}'::text[]`), // 协办单位
    dueAt: at('due_at').notNull(),
    status: taskStatus('status').notNull().default('not_started'),
    statusReason: text('status_reason'), // why it cannot be carried out, or is carried over
    lastProgressAt: at('last_progress_at'), // the last progress report: "stalled" counts from it
    // 催办: the owner must answer with progress; cleared by their next report
    urgedAt: at('urged_at'),
    urgeCount: integer('urge_count').notNull().default(0),
    awaitsAnswer: boolean('awaits_answer').notNull().default(false),
    escalatedToId: uuid('escalated_to_id').references(() => accounts.id), // 督办: the leader
    escalatedAt: at('escalated_at'),
    finishedAt: at('finished_at'),
    acceptedAt: at('accepted_at'),
    acceptedById: uuid('accepted_by_id').references(() => accounts.id),
    createdById: uuid('created_by_id').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('tasks_code_key').on(t.code),
    index('tasks_outcome_idx').on(t.outcomeId),
    index('tasks_place_idx').on(t.placeId, t.status, t.dueAt),
    index('tasks_owner_idx').on(t.ownerId, t.status),
  ],
);

/** A task's timetable (登记造册、时间表): items with their own dates, each ticked off when done. */
export const taskMilestones = pgTable(
  'task_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    dueAt: at('due_at'),
    doneAt: at('done_at'),
  },
  (t) => [uniqueIndex('task_milestones_position_key').on(t.taskId, t.position)],
);

/**
 * The timeline of a task: every step, who took it, the note they wrote (their own words) and the
 * step's parameters (`data`: e.g. the leader escalated to), rendered in the reader's language.
 */
export const taskEvents = pgTable(
  'task_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    at: at('at').notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => accounts.id),
    actorName: text('actor_name'),
    kind: text('kind').$type<TaskEventKind>().notNull(),
    note: text('note'),
    data: jsonb('data').$type<TaskEventData>(),
  },
  (t) => [index('task_events_task_idx').on(t.taskId, t.at)],
);

/** Photos and files attached to a task's progress reports (photos re-encoded on upload). */
export const taskFiles = pgTable(
  'task_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    eventId: bigint('event_id', { mode: 'number' }).references(() => taskEvents.id),
    isPhoto: boolean('is_photo').notNull(),
    fileName: text('file_name').notNull(), // where it is stored
    originalName: text('original_name').notNull(),
    mimeType: text('mime_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('task_files_task_idx').on(t.taskId)],
);

/**
 * An in-app notice (站内通知) to one person: a kind and its parameters, rendered in the reader's
 * language, and the record it is about. `dedupeKey` makes a notice the scheduler raises (due soon,
 * overdue) once only, whichever instance raises it and however often it looks.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: notificationKind('kind').notNull(),
    params: jsonb('params').$type<Record<string, string | number | null>>().notNull().default({}),
    entityType: text('entity_type').notNull(), // shared/notices EntityType
    entityId: uuid('entity_id').notNull(),
    dedupeKey: text('dedupe_key'),
    readAt: at('read_at'),
    emailedAt: at('emailed_at'),
    // failed sends: how many, and not before when the next try (also a claim's lease while sending)
    emailAttempts: integer('email_attempts').notNull().default(0),
    emailRetryAt: at('email_retry_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_account_idx').on(t.accountId, t.createdAt),
    uniqueIndex('notifications_dedupe_key').on(t.accountId, t.dedupeKey),
  ],
);

export const evaluationKind = pgEnum('evaluation_kind', EVALUATION_KINDS);
export const proposalReplyCategory = pgEnum('proposal_reply_category', PROPOSAL_REPLY_CATEGORIES);
export const satisfaction = pgEnum('satisfaction', SATISFACTIONS);

/**
 * 回头看: a visit some time after an outcome was carried out — what was found, what residents say,
 * and whether the problem came back (then its task opens again).
 */
export const revisits = pgTable(
  'revisits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => outcomes.id),
    taskId: uuid('task_id').references(() => tasks.id), // the task reopened, when the problem is back
    visitedAt: at('visited_at').notNull(),
    findings: text('findings').notNull(),
    residentsView: text('residents_view'),
    isProblemBack: boolean('is_problem_back').notNull(),
    recordedById: uuid('recorded_by_id').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('revisits_outcome_idx').on(t.outcomeId, t.visitedAt)],
);

/** Photos of a revisit (re-encoded on upload, like residents' photos). */
export const revisitPhotos = pgTable(
  'revisit_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    revisitId: uuid('revisit_id').references(() => revisits.id), // null until the revisit is saved
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => outcomes.id),
    fileName: text('file_name').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('revisit_photos_revisit_idx').on(t.revisitId)],
);

/**
 * One evaluation of an outcome (三评): a leader's comment and grade (党政点评), a member's who took
 * part (民主评议), or a resident's through the public link (群众评价; one per voter key as far as an
 * anonymous page can tell). Scores 1–5; the three combine into the outcome's score.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => outcomes.id),
    kind: evaluationKind('kind').notNull(),
    accountId: uuid('account_id').references(() => accounts.id), // leaders and members
    voterKey: text('voter_key'), // residents: a hash of the device's key (see online_voters)
    score: integer('score').notNull(),
    comment: text('comment'),
    isHidden: boolean('is_hidden').notNull().default(false), // a resident's abusive comment, hidden by staff
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('evaluations_account_key').on(t.outcomeId, t.kind, t.accountId),
    uniqueIndex('evaluations_voter_key').on(t.outcomeId, t.voterKey),
    index('evaluations_outcome_idx').on(t.outcomeId, t.kind),
  ],
);

/**
 * A proposal's (提案) handling by one unit (承办单位): the reply and its category, the face-to-face
 * meeting with the proposer (见面), and the proposer's satisfaction; unsatisfied once, handled again.
 */
export const proposalHandlings = pgTable(
  'proposal_handlings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // the proposal: an outcome of type 'proposal', or a member's own 提案 the office forwarded —
    // exactly one of the two
    outcomeId: uuid('outcome_id').references(() => outcomes.id),
    writingId: uuid('writing_id').references(() => memberWritings.id),
    unitId: uuid('unit_id') // the handling unit's account (a department)
      .notNull()
      .references(() => accounts.id),
    proposer: text('proposer').notNull(), // 提案人 (a member's name, or a committee)
    proposerId: uuid('proposer_id').references(() => accounts.id),
    year: integer('year').notNull(), // the handling year the rates count it in
    dueAt: at('due_at').notNull(),
    replyCategory: proposalReplyCategory('reply_category'),
    reply: text('reply'),
    repliedAt: at('replied_at'),
    metAt: at('met_at'), // 见面: when
    metWith: text('met_with'), // who met the proposer
    meetingNote: text('meeting_note'),
    satisfaction: satisfaction('satisfaction'),
    satisfactionNote: text('satisfaction_note'),
    satisfactionAt: at('satisfaction_at'),
    rehandleCount: integer('rehandle_count').notNull().default(0),
    createdById: uuid('created_by_id').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('proposal_handlings_unit_key').on(t.outcomeId, t.unitId),
    uniqueIndex('proposal_handlings_writing_unit_key').on(t.writingId, t.unitId),
    index('proposal_handlings_unit_year_idx').on(t.unitId, t.year),
    check('proposal_handlings_one_proposal', sql`num_nonnulls(${t.outcomeId}, ${t.writingId}) = 1`),
  ],
);
