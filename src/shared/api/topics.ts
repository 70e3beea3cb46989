// The topics (议题) API's wire contract: the server validates and presents with these, the console
// and the tests read their types from them.
import { z } from 'zod';
import {
  CONSULTATION_FORMS,
  CONSULTATION_STATUSES,
  PLAN_ITEM_STATUSES,
  SCREENING_CRITERIA,
  SUBMISSION_STATUSES,
  TOPIC_SOURCES,
  TOPIC_STATUSES,
  TOPIC_URGENCIES,
  type TopicSource,
} from '../enums';
import { CodeRef, IdParams, IsoDate, PageQuery, Person, PlaceRef, paged, Ref } from './common';

/** Sources that are submissions turned into a topic: they need, and keep, at least one. */
export const SOURCES_FROM_SUBMISSIONS = ['submission', 'grid_screening'] as const satisfies readonly TopicSource[];
export const needsSubmissions = (source: TopicSource) =>
  (SOURCES_FROM_SUBMISSIONS as readonly TopicSource[]).includes(source);

const Title = z.string().trim().min(4).max(80);
const Description = z.string().trim().max(2000);
const Reason = z.string().trim().max(1000);
const SubmissionIds = z.array(z.uuid()).max(100);

export const TopicParams = IdParams;
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

export const UpdateTopicBody = z
  .object({ title: Title.optional(), description: Description.optional(), urgency: z.enum(TOPIC_URGENCIES).optional() })
  .strict();

export const LinkSubmissionsBody = z.object({ submissionIds: SubmissionIds.min(1) });

export const TopicActionBody = z.object({ action: z.enum(['withdraw', 'reopen']), reason: Reason.optional() });

export const SCREENING_DECISIONS = ['accept', 'reject'] as const;
const Criteria = z.object(
  Object.fromEntries(SCREENING_CRITERIA.map((c) => [c, z.boolean()])) as Record<
    (typeof SCREENING_CRITERIA)[number],
    z.ZodBoolean
  >,
);
export const ScreeningBody = z.object({
  criteria: Criteria,
  decision: z.enum(SCREENING_DECISIONS),
  reason: Reason.optional(),
});

const statusList = z
  .string()
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.enum(TOPIC_STATUSES)).min(1));

export const ListTopicsQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(60).optional(),
  status: statusList.optional(), // one status, or several separated by commas
  source: z.enum(TOPIC_SOURCES).optional(),
  urgency: z.enum(TOPIC_URGENCIES).optional(),
  placeId: z.uuid().optional(),
  /** raised from this instant (inclusive) until `createdTo` (exclusive) */
  createdFrom: z.coerce.date<string>().optional(),
  createdTo: z.coerce.date<string>().optional(),
});

export const ScreeningGroupsQuery = z.object({ placeId: z.uuid() });
export const CandidatesQuery = PageQuery.extend({
  placeId: z.uuid().optional(),
  q: z.string().trim().min(1).max(60).optional(),
});

export const TopicSummary = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(TOPIC_STATUSES),
  urgency: z.enum(TOPIC_URGENCIES),
  source: z.enum(TOPIC_SOURCES),
  place: Ref,
  submissionCount: z.number(),
  createdAt: IsoDate,
});

export const TopicList = paged(TopicSummary).extend({ counts: z.record(z.enum(TOPIC_STATUSES), z.number()) });

/** A submission as topics list it: enough to recognise it and see where it stands. */
export const SubmissionBrief = z.object({
  id: z.string(),
  trackingCode: z.string(),
  content: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  place: Ref,
  createdAt: IsoDate,
});

export const Screening = z.object({
  criteria: z.record(z.enum(SCREENING_CRITERIA), z.boolean()),
  decision: z.enum(SCREENING_DECISIONS),
  reason: z.string().nullable(),
  screenedBy: Person.nullable(),
  screenedAt: IsoDate.nullable(),
});

export const TopicDetail = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(TOPIC_STATUSES),
  urgency: z.enum(TOPIC_URGENCIES),
  source: z.enum(TOPIC_SOURCES),
  place: PlaceRef,
  district: Ref.nullable(), // whose annual plan the topic may go into
  screening: Screening.nullable(),
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
    CodeRef.extend({ form: z.enum(CONSULTATION_FORMS), status: z.enum(CONSULTATION_STATUSES), startsAt: IsoDate }),
  ),
  proposedBy: Person.nullable(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  abilities: z.object({
    screen: z.boolean(),
    edit: z.boolean(),
    withdraw: z.boolean(),
    reopen: z.boolean(),
    schedule: z.boolean(),
    proposeToPlan: z.boolean(),
  }),
});

/** 网格筛题: submissions that look alike, grouped by their keywords. */
export const ScreeningGroup = z.object({
  key: z.string(),
  label: z.string(),
  keywords: z.array(z.string()),
  size: z.number(),
  places: z.array(Ref),
  submissions: z.array(SubmissionBrief),
});
export const ScreeningGroupsResponse = z.object({ groups: z.array(ScreeningGroup), scanned: z.number() });

export const CandidatesResponse = paged(SubmissionBrief);
