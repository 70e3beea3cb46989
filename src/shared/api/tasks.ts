// The tasks (落实任务) API's wire contract: carrying an outcome out (落实), pressing until done (督办)
// and the supervision board. The server validates and presents with these; the console and the
// tests read their types from them.
//
// GET    /api/tasks                                   ListTasksQuery → TaskList
// GET    /api/tasks/board                             BoardQuery → Board (403 without a role of a region)
// GET    /api/tasks/owner-candidates                  OwnerCandidatesQuery → OwnerCandidates
// POST   /api/tasks                                   CreateTaskBody → 201 TaskDetail
// GET    /api/tasks/:id                               → TaskDetail
// PATCH  /api/tasks/:id                               UpdateTaskBody → TaskDetail (409 unless open)
// POST   /api/tasks/:id/actions                       TaskActionBody → TaskDetail
// PUT    /api/tasks/:id/milestones/:milestoneId/done  ticks it done → TaskDetail (409 unless open)
// DELETE /api/tasks/:id/milestones/:milestoneId/done  unticks it → TaskDetail
// POST   /api/tasks/:id/files                         multipart "file" → 201 TaskFile (cite its id in fileIds)
// GET    /api/tasks/:id/files/:fileId                 the file (attached ones; unattached to the uploader only)
// GET    /api/outcomes/:outcomeId/tasks               → OutcomeTasks
import { z } from 'zod';
import { OUTCOME_STATUSES, TASK_EDIT_FIELDS, TASK_EVENT_KINDS, TASK_STATUSES } from '../enums';
import { CodeRef, IdParams, IsoDate, PageQuery, Person, PlaceRef, paged, Ref } from './common';

const Title = z.string().trim().min(2).max(100);
const Detail = z.string().trim().max(2000);
const Note = z.string().trim().min(1).max(2000);
const CoUnit = z.string().trim().min(2).max(40);
/** fileBytes: photos (JPG, PNG, WebP; re-encoded as JPEG) and documents (PDF, Word, Excel) per upload. */
export const TASK_LIMITS = { milestones: 50, coUnits: 10, filesPerReport: 9, fileBytes: 10 * 1024 * 1024 } as const;

export const TaskParams = IdParams;
export const TaskMilestoneParams = z.object({ id: z.uuid(), milestoneId: z.uuid() });
export const TaskFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
export const OutcomeTasksParams = z.object({ outcomeId: z.uuid() });
/** The outcome whose 落实情况报告 is asked for (/api/outcomes/:id/implementation-report.docx). */
export const ReportParams = IdParams;

export const MilestoneInput = z.object({ title: Title, dueAt: IsoDate.optional() });

/** A task set for an outcome (or one of its consensus items) by the liaison who owns it. */
export const CreateTaskBody = z.object({
  outcomeId: z.uuid(),
  consensusItemId: z.uuid().optional(),
  title: Title,
  detail: Detail.optional(),
  /** 责任单位/责任人: a department account, or a person at a place within the outcome's reach */
  ownerId: z.uuid(),
  coUnits: z.array(CoUnit).max(TASK_LIMITS.coUnits).default([]),
  dueAt: IsoDate,
  /** 时间表: items with their own dates (登记造册、时间表、任务书) */
  milestones: z.array(MilestoneInput).max(TASK_LIMITS.milestones).default([]),
});

export const UpdateTaskBody = CreateTaskBody.omit({
  outcomeId: true,
  consensusItemId: true,
  milestones: true,
}).partial();

/** What can be done to a task; each answers 409 where the task's status does not allow it. */
export const TASK_ACTIONS = [
  'progress', // 报告进展 (the owner; answers an urge)
  'done', // 报告完成 (the owner)
  'cannot', // 无法落实 (the owner, with a reason)
  'carry_over', // 续办 (the owner, with a reason)
  'accept', // 验收通过 (the liaison)
  'return', // 退回 (the liaison, with a reason)
  'urge', // 催办 (the liaison or a leader, with a note)
  'escalate', // 提请督办 (the liaison, to a leader)
  'instruct', // 批示 (a leader in reach, or the one escalated to)
  'reopen', // 重新打开 (回头看 found the problem back; the liaison)
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/**
 * A step on a task. `note` is required for all but accept and done; `leaderId` for escalate;
 * `dueAt` for reopen (the new deadline, later than now), and taken by no other step.
 */
export const TaskActionBody = z.object({
  action: z.enum(TASK_ACTIONS),
  note: Note.optional(),
  leaderId: z.uuid().optional(),
  dueAt: IsoDate.optional(),
  /** files uploaded first (POST /api/tasks/:id/files), attached to this report */
  fileIds: z.array(z.uuid()).max(TASK_LIMITS.filesPerReport).default([]),
});

/** Red: overdue; yellow: due soon, stalled, or urged and not yet answered; green: on track (or not open). */
export const TASK_FLAGS = ['red', 'yellow', 'green'] as const;
export type TaskFlag = (typeof TASK_FLAGS)[number];

/**
 * Why a task is flagged: the board's filters. open: not started or in progress; to_accept: reported
 * done, cannot or carried over, awaiting 验收; closed: accepted or carried over (续办).
 */
export const TASK_BOARD_VIEWS = [
  'open',
  'overdue',
  'due_soon',
  'stalled',
  'urged',
  'escalated',
  'to_accept',
  'closed',
] as const;
export type TaskBoardView = (typeof TASK_BOARD_VIEWS)[number];

export const ListTasksQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(60).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  view: z.enum(TASK_BOARD_VIEWS).optional(),
  flag: z.enum(TASK_FLAGS).optional(),
  placeId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  outcomeId: z.uuid().optional(),
  /** tasks the viewer owns (我的任务) */
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

/** GET /api/tasks/export.xlsx: the list's query without paging. */
export const ExportTasksQuery = ListTasksQuery.omit({ page: true, pageSize: true });

export const TaskSummary = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(TASK_STATUSES),
  flag: z.enum(TASK_FLAGS),
  /**
   * overdue, due_soon, stalled, urged, escalated: why it calls for attention (empty when on track or
   * closed). Only open tasks (not started, in progress) have any: one reported done waits on 验收.
   * Escalated alone leaves the flag green.
   */
  reasons: z.array(z.enum(TASK_BOARD_VIEWS)),
  outcome: CodeRef,
  place: PlaceRef,
  owner: Person,
  coUnits: z.array(z.string()),
  dueAt: IsoDate,
  lastProgressAt: IsoDate.nullable(),
  urgeCount: z.number().int(),
  awaitsAnswer: z.boolean(),
  escalatedTo: Person.nullable(),
  milestoneCount: z.number().int(),
  milestonesDone: z.number().int(),
  createdAt: IsoDate,
});

export const TaskList = paged(TaskSummary).extend({
  /** how many under the filters (without `view`/`flag`) fall in each view, and each flag */
  counts: z.object({
    views: z.record(z.enum(TASK_BOARD_VIEWS), z.number().int()),
    flags: z.record(z.enum(TASK_FLAGS), z.number().int()),
  }),
});

export const TaskMilestone = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  dueAt: IsoDate.nullable(),
  doneAt: IsoDate.nullable(),
});

export const TaskFile = z.object({
  id: z.string(),
  isPhoto: z.boolean(),
  originalName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int(),
  /** where the console fetches it (with the session) */
  url: z.string(),
  createdAt: IsoDate,
});

// an edited step names the body's fields it changed
TASK_EDIT_FIELDS satisfies readonly (keyof z.input<typeof UpdateTaskBody>)[];

/**
 * A step's parameters as the server stores them and the console reads them: names, titles and
 * instants (ISO strings), never sentences, so each reader sees them in their own language.
 * - created { owner, dueAt }
 * - edited { fields: what changed, and the new owner, dueAt, title among them }
 * - milestone_done { milestone, done: false when it was unticked }
 * - escalated { leader }
 * - a step that moves the status { from, to }; reopened also { dueAt: the new deadline }
 */
export const TaskEventData = z.object({
  owner: z.string().optional(),
  dueAt: z.iso.datetime({ offset: true }).optional(),
  fields: z.array(z.enum(TASK_EDIT_FIELDS)).optional(),
  title: z.string().optional(),
  milestone: z.string().optional(),
  done: z.boolean().optional(),
  leader: z.string().optional(),
  from: z.enum(TASK_STATUSES).optional(),
  to: z.enum(TASK_STATUSES).optional(),
});
export type TaskEventData = z.infer<typeof TaskEventData>;

export const TaskEvent = z.object({
  id: z.number().int(),
  at: IsoDate,
  kind: z.enum(TASK_EVENT_KINDS),
  actor: z.string().nullable(),
  /** the person's own words (a progress report, a reason, an urge, a 批示) */
  note: z.string().nullable(),
  /** the step's parameters, rendered in the reader's language (e.g. { leader: '张区长' }) */
  data: TaskEventData.nullable(),
  files: z.array(TaskFile),
});

export const TaskDetail = TaskSummary.extend({
  detail: z.string().nullable(),
  statusReason: z.string().nullable(),
  outcome: CodeRef.extend({ status: z.enum(OUTCOME_STATUSES) }),
  consensusItem: z.object({ id: z.string(), text: z.string() }).nullable(),
  milestones: z.array(TaskMilestone),
  events: z.array(TaskEvent),
  files: z.array(TaskFile),
  finishedAt: IsoDate.nullable(),
  acceptedAt: IsoDate.nullable(),
  acceptedBy: Person.nullable(),
  createdBy: Person.nullable(),
  updatedAt: IsoDate,
  /** what the viewer may do now (the server still checks) */
  abilities: z.object({
    edit: z.boolean(),
    actions: z.array(z.enum(TASK_ACTIONS)),
    upload: z.boolean(),
    tickMilestones: z.boolean(),
    /** export the 督办单 (GET /api/tasks/:id/supervision-sheet.docx) */
    sheet: z.boolean(),
  }),
});

/** The outcome's tasks, on its page (落实情况), with what the viewer may add. */
export const OutcomeTasks = z.object({
  items: z.array(TaskSummary),
  canCreate: z.boolean(),
});

/** Who a task can be given to (责任单位): departments and people in the outcome's reach; leaders to escalate to. */
export const OwnerCandidatesQuery = z.object({
  outcomeId: z.uuid(),
  q: z.string().trim().max(60).optional(),
  kind: z.enum(['owner', 'leader']).default('owner'),
});
export const OwnerCandidate = Person.extend({ username: z.string(), role: z.string(), place: Ref });
export const OwnerCandidates = z.object({ items: z.array(OwnerCandidate) });

/** The supervision board (督办) of a region: counts by unit, beside the task list. */
export const BoardQuery = z.object({ placeId: z.uuid().optional() });
export const BoardUnitRow = z.object({
  owner: Person,
  open: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  stalled: z.number().int(),
  done: z.number().int(),
});
export const Board = z.object({
  place: PlaceRef,
  /** the thresholds in force: due soon within N days, stalled after N days without progress */
  dueSoonDays: z.number().int(),
  stalledDays: z.number().int(),
  views: z.record(z.enum(TASK_BOARD_VIEWS), z.number().int()),
  units: z.array(BoardUnitRow),
});
