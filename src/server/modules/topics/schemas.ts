import { z } from 'zod';
import {
  CONSULTATION_FORMS,
  CONSULTATION_STATUSES,
  PLACE_KINDS,
  PLAN_ITEM_STATUSES,
  SCREENING_CRITERIA,
  SUBMISSION_STATUSES,
  TOPIC_SOURCES,
  TOPIC_STATUSES,
  TOPIC_URGENCIES,
} from '../../../shared/enums';
import { needsSubmissions } from './rules';

const Title = z.string().trim().min(4).max(80);
const Description = z.string().trim().max(2000);
const Reason = z.string().trim().max(1000);
const SubmissionIds = z.array(z.uuid()).max(100);
const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

export const TopicParams = z.object({ id: z.uuid() });
export const TopicSubmissionParams = z.object({ id: z.uuid(), submissionId: z.uuid() });

export const CreateTopicBody = z
  .object({
    placeId: z.uuid(),
    title: Title,
    description: Description.default(''),
    source: z.enum(TOPIC_SOURCES),
    urgency: z.enum(TOPIC_URGENCIES).default('minor'),
    submissionIds: SubmissionIds.default([]),
  })
  // 群众出题/网格筛题: a topic raised from submissions names at least one
  .refine((v) => !needsSubmissions(v.source) || v.submissionIds.length > 0, {
    message: 'required',
    path: ['submissionIds'],
  });
export type CreateTopicInput = z.infer<typeof CreateTopicBody>;

export const UpdateTopicBody = z
  .object({ title: Title.optional(), description: Description.optional(), urgency: z.enum(TOPIC_URGENCIES).optional() })
  .strict();
export type UpdateTopicInput = z.infer<typeof UpdateTopicBody>;

export const LinkSubmissionsBody = z.object({ submissionIds: SubmissionIds.min(1) });

export const TopicActionBody = z.object({ action: z.enum(['withdraw', 'reopen']), reason: Reason.optional() });
export type TopicActionInput = z.infer<typeof TopicActionBody>;

const Criteria = z.object(
  Object.fromEntries(SCREENING_CRITERIA.map((c) => [c, z.boolean()])) as Record<
    (typeof SCREENING_CRITERIA)[number],
    z.ZodBoolean
  >,
);
export const ScreeningBody = z.object({
  criteria: Criteria,
  decision: z.enum(['accept', 'reject']),
  reason: Reason.optional(),
});
export type ScreeningInput = z.infer<typeof ScreeningBody>;

const statusList = z
  .string()
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.enum(TOPIC_STATUSES)).min(1));

export const ListTopicsQuery = z.object({
  q: z.string().trim().min(1).max(60).optional(),
  status: statusList.optional(), // one status, or several separated by commas
  source: z.enum(TOPIC_SOURCES).optional(),
  urgency: z.enum(TOPIC_URGENCIES).optional(),
  placeId: z.uuid().optional(),
  page,
  pageSize,
});
export type ListTopicsInput = z.infer<typeof ListTopicsQuery>;

export const ScreeningGroupsQuery = z.object({ placeId: z.uuid() });
export const CandidatesQuery = z.object({
  placeId: z.uuid().optional(),
  q: z.string().trim().min(1).max(60).optional(),
  page,
  pageSize,
});
export type CandidatesInput = z.infer<typeof CandidatesQuery>;

const Ref = z.object({ id: z.string(), name: z.string() });
const Person = z.object({ id: z.string(), displayName: z.string() }).nullable();

export const TopicSummary = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(TOPIC_STATUSES),
  urgency: z.enum(TOPIC_URGENCIES),
  source: z.enum(TOPIC_SOURCES),
  place: Ref,
  submissionCount: z.number(),
  createdAt: z.date(),
});

export const TopicListResponse = z.object({
  items: z.array(TopicSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  counts: z.record(z.enum(TOPIC_STATUSES), z.number()),
});

export const SubmissionBrief = z.object({
  id: z.string(),
  trackingCode: z.string(),
  content: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  place: Ref,
  createdAt: z.date(),
});

export const TopicDetail = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(TOPIC_STATUSES),
  urgency: z.enum(TOPIC_URGENCIES),
  source: z.enum(TOPIC_SOURCES),
  place: Ref.extend({ kind: z.enum(PLACE_KINDS) }),
  district: Ref.nullable(), // whose annual plan the topic may go into
  screening: z
    .object({
      criteria: z.record(z.enum(SCREENING_CRITERIA), z.boolean()),
      decision: z.enum(['accept', 'reject']),
      reason: z.string().nullable(),
      screenedBy: Person,
      screenedAt: z.date().nullable(),
    })
    .nullable(),
  submissions: z.array(SubmissionBrief),
  plan: z
    .object({
      id: z.string(),
      year: z.number(),
      status: z.enum(PLAN_ITEM_STATUSES),
      plannedMonth: z.number().nullable(),
      district: Ref,
    })
    .nullable(),
  consultations: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      form: z.enum(CONSULTATION_FORMS),
      status: z.enum(CONSULTATION_STATUSES),
      startsAt: z.date(),
    }),
  ),
  proposedBy: Person,
  createdAt: z.date(),
  updatedAt: z.date(),
  abilities: z.object({
    screen: z.boolean(),
    edit: z.boolean(),
    withdraw: z.boolean(),
    reopen: z.boolean(),
    schedule: z.boolean(),
    proposeToPlan: z.boolean(),
  }),
});

export const ScreeningGroupsResponse = z.object({
  groups: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      keywords: z.array(z.string()),
      size: z.number(),
      places: z.array(Ref),
      submissions: z.array(SubmissionBrief),
    }),
  ),
  scanned: z.number(),
});

export const CandidatesResponse = z.object({
  items: z.array(SubmissionBrief),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
