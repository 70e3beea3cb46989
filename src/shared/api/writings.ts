// The members' writings (社情民意信息, 提案) API's wire contract: a member drafts, revises and
// submits their own; the CPPCC office in reach edits, returns (退回), adopts (采用), declines and
// forwards (报送) them to leaders and departments. The server validates and presents with these;
// the console and the tests read their types from them.
//
// GET   /api/writings                           ListWritingsQuery → WritingList
// POST  /api/writings                           CreateWritingBody → 201 WritingDetail (a draft)
// GET   /api/writings/:id                       → WritingDetail
// PATCH /api/writings/:id                       ReviseWritingBody → WritingDetail (the author, draft or returned)
// POST  /api/writings/:id/submit                → WritingDetail (code assigned the first time)
// POST  /api/writings/:id/edit                  EditWritingBody → WritingDetail (the office, before forwarding)
// POST  /api/writings/:id/return                ReasonBody → WritingDetail
// POST  /api/writings/:id/adopt                 → WritingDetail
// POST  /api/writings/:id/decline               ReasonBody → WritingDetail
// GET   /api/writings/:id/recipient-candidates  CandidatesQuery → WritingCandidates
// POST  /api/writings/:id/forward               ForwardWritingBody → WritingDetail
// GET   /api/writings/:id/export.docx           the writing as a 公文-style Word file
// Steps in the wrong state answer 409.
import { z } from 'zod';
import { WRITING_BOXES, WRITING_YEARS } from '../access/writings';
import { SUBMISSION_STATUSES, WRITING_KINDS, WRITING_STATUSES } from '../enums';
import { IdParams, IsoDate, PageQuery, Person, paged, Ref, RoleAt, RoleHolder, RoleHolders } from './common';

export const WRITING_LIMITS = { title: 100, body: 20_000, reason: 2000, note: 500, submissions: 20 } as const;

const Title = z.string().trim().min(4).max(WRITING_LIMITS.title);
const Body = z.string().trim().min(10).max(WRITING_LIMITS.body);
const SubmissionIds = z.array(z.uuid()).max(WRITING_LIMITS.submissions);

export const WritingParams = IdParams;

/** A new draft: 社情民意 or 提案, its title and text, and the submissions (诉求) it grew from. */
export const CreateWritingBody = z.object({
  kind: z.enum(WRITING_KINDS),
  title: Title,
  body: Body,
  submissionIds: SubmissionIds.default([]),
});

/** The author's changes to a draft or a returned writing; the kind only until it is first submitted. */
export const ReviseWritingBody = z.object({
  kind: z.enum(WRITING_KINDS).optional(),
  title: Title.optional(),
  body: Body.optional(),
  submissionIds: SubmissionIds.optional(),
});

/** The office's edit in review: the new title and/or text, and a note saying why (修改说明). */
export const EditWritingBody = z
  .object({
    title: Title.optional(),
    body: Body.optional(),
    note: z.string().trim().max(WRITING_LIMITS.note).optional(),
  })
  .refine((b) => b.title !== undefined || b.body !== undefined, { path: ['title'], message: 'required' });

/** Why it is returned for changes (退回) or not adopted (不予采用). */
export const ReasonBody = z.object({ reason: z.string().trim().min(2).max(WRITING_LIMITS.reason) });

/** 报送: the leaders and departments it goes to. */
export const ForwardWritingBody = z.object({ accountIds: z.array(z.uuid()).min(1).max(50) });

export const ListWritingsQuery = PageQuery.extend({
  box: z.enum(WRITING_BOXES).default('all'),
  kind: z.enum(WRITING_KINDS).optional(),
  status: z.enum(WRITING_STATUSES).optional(),
  /** the year it was submitted (a draft: created), in the deployment's calendar */
  year: z.coerce.number<number>().int().min(WRITING_YEARS.min).max(WRITING_YEARS.max).optional(),
  /** in the code, title or author's name */
  q: z.string().trim().min(1).max(60).optional(),
});

export const CandidatesQuery = z.object({ q: z.string().trim().max(60).optional() });

export const WritingCandidate = RoleHolder;
export const WritingCandidates = RoleHolders;

export const WritingSummary = z.object({
  id: z.string(),
  /** SQ-2026-0001 / TA-2026-0001, assigned when first submitted; null while a draft never submitted */
  code: z.string().nullable(),
  kind: z.enum(WRITING_KINDS),
  title: z.string(),
  status: z.enum(WRITING_STATUSES),
  author: Person,
  /** the author's home place when written: whose office reviews it */
  place: Ref,
  submittedAt: IsoDate.nullable(),
  adoptedAt: IsoDate.nullable(),
  forwardedAt: IsoDate.nullable(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});

export const WritingList = paged(WritingSummary).extend({
  /** per status under the same filters (the status filter aside) */
  counts: z.record(z.enum(WRITING_STATUSES), z.number().int()),
});

const Change = z.object({ before: z.string(), after: z.string() });
const StepBase = { at: IsoDate, actor: Person.nullable() };

/** A step in the writing's record, read from its audit events; the office's edits keep before and after. */
export const WritingStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drafted'), ...StepBase }),
  z.object({ kind: z.literal('submitted'), ...StepBase, code: z.string(), isResubmission: z.boolean() }),
  z.object({ kind: z.literal('returned'), ...StepBase, reason: z.string() }),
  z.object({
    kind: z.literal('edited'),
    ...StepBase,
    title: Change.nullable(),
    body: Change.nullable(),
    note: z.string().nullable(),
  }),
  z.object({ kind: z.literal('adopted'), ...StepBase }),
  z.object({ kind: z.literal('declined'), ...StepBase, reason: z.string() }),
  z.object({ kind: z.literal('forwarded'), ...StepBase, recipients: z.array(Person) }),
]);

export const WritingDetail = WritingSummary.extend({
  body: z.string(),
  reviewedBy: Person.nullable(),
  /** why it was returned or not adopted (while it is) */
  reviewNote: z.string().nullable(),
  /** who it was forwarded to (报送) */
  recipients: z.array(Person.extend({ roles: z.array(RoleAt) })),
  /** the submissions it grew from that the viewer may read; `submissionCount` counts them all */
  submissions: z.array(
    z.object({
      id: z.string(),
      trackingCode: z.string(),
      content: z.string(),
      status: z.enum(SUBMISSION_STATUSES),
    }),
  ),
  submissionCount: z.number().int(),
  steps: z.array(WritingStep),
  /** what the viewer may do now (the server still checks) */
  abilities: z.object({
    revise: z.boolean(),
    submit: z.boolean(),
    edit: z.boolean(),
    return: z.boolean(),
    adopt: z.boolean(),
    decline: z.boolean(),
    forward: z.boolean(),
  }),
});
