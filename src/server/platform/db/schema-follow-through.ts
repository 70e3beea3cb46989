// The follow-through tables (办 → 评): an outcome's tasks (落实任务) with their timeline, milestones
// and files, and the in-app notices people get about them. Part of the one schema (re-exported
// by schema.ts).
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
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
import { NOTIFICATION_KINDS, TASK_STATUSES, type TaskEventKind } from '../../../shared/enums';
import { accounts, places } from './schema';
import { consensusItems, outcomes } from './schema-deliberation';

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
    data: jsonb('data').$type<Record<string, string | number | boolean | null>>(),
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
    entityType: text('entity_type').notNull(), // 'task' | 'outcome' | 'consultation'
    entityId: uuid('entity_id').notNull(),
    dedupeKey: text('dedupe_key'),
    readAt: at('read_at'),
    emailedAt: at('emailed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_account_idx').on(t.accountId, t.createdAt),
    uniqueIndex('notifications_dedupe_key').on(t.accountId, t.dedupeKey),
  ],
);
