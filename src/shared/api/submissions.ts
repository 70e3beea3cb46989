// The staff side of submissions (诉求): the inbox, sorting (分办) and handling, walk-ins, and the
// intake settings (categories, departments, deadlines). The residents' side is submissions-public.ts.
import { z } from 'zod';
import {
  SUBMISSION_ACTIONS,
  SUBMISSION_CHANNELS,
  SUBMISSION_EVENT_KINDS,
  SUBMISSION_SORTS,
  SUBMISSION_STATUSES,
} from '../enums';
import { MOBILE_RE } from '../phone';
import { IdParams, IsoDate, PageQuery, Person, PlaceRef, paged, Ref } from './common';

export const Content = z.string().trim().min(5).max(1000);
export const ContactName = z
  .string()
  .trim()
  .max(30)
  .optional()
  .transform((v) => v || undefined);
export const Phone = z
  .string()
  .trim()
  .regex(MOBILE_RE, { message: 'mobile_format' })
  .optional()
  .or(z.literal('').transform(() => undefined));

/** A name or a number is kept only with the resident's consent (PIPL). */
export const withConsent = <T extends { contactName?: string; phone?: string; consent?: boolean }>(v: T) =>
  !(v.contactName || v.phone) || v.consent === true;
export const consentIssue = { message: 'consent_required', path: ['consent'] };

/** A submission recorded on a resident's behalf (来访, 接待日, 巡查, 电话). */
export const CreateWalkInBody = z
  .object({
    placeId: z.uuid(),
    channel: z.enum(SUBMISSION_CHANNELS).exclude(['qr', 'partner']), // residents and partner systems hand theirs in themselves
    content: Content,
    categoryId: z.uuid().optional(),
    contactName: ContactName,
    phone: Phone,
    consent: z.boolean().optional(),
  })
  .refine(withConsent, consentIssue);

const Note = z.string().trim().max(1000).optional();
/** Sorting and handling steps staff take (分办, 答复, 办结). */
export const ActionBody = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['to_grid', 'to_community', 'to_township']), note: Note, placeId: z.uuid().optional() }),
  z.object({ action: z.literal('to_department'), note: Note, departmentId: z.uuid() }),
  z.object({ action: z.literal('merge'), note: Note, targetId: z.uuid() }),
  z.object({ action: z.literal('decline'), reason: z.string().trim().min(2).max(500) }),
  z.object({
    action: z.literal('reply'),
    note: z.string().trim().min(1).max(1000),
    isPublic: z.boolean().default(true),
  }),
  z.object({ action: z.literal('solve'), note: Note }),
]);

/**
 * 批量分办: several items sorted to one place in one action. Each item is its own step (its own
 * transaction, check and audit entry): one that may not be sorted does not hold back the others.
 */
export const SortManyBody = z.discriminatedUnion('action', [
  z.object({
    ids: z.array(z.uuid()).min(1).max(100),
    action: z.enum(['to_grid', 'to_community', 'to_township']),
    note: Note,
    placeId: z.uuid().optional(),
  }),
  z.object({
    ids: z.array(z.uuid()).min(1).max(100),
    action: z.literal('to_department'),
    note: Note,
    departmentId: z.uuid(),
  }),
]);
export const SortManyResponse = z.object({
  results: z.array(
    z.union([
      z.object({ id: z.string(), ok: z.literal(true), status: z.enum(SUBMISSION_STATUSES) }),
      // why this item was left as it was: the status code and message its own request would have had
      z.object({ id: z.string(), ok: z.literal(false), httpStatus: z.number(), code: z.string(), message: z.string() }),
    ]),
  ),
});

export const SubmissionParams = IdParams;
export const PhotoParams = IdParams.extend({ photoId: z.uuid() });

const bool = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const ListSubmissionsQuery = PageQuery.extend({
  status: z.enum(SUBMISSION_STATUSES).optional(),
  categoryId: z.uuid().optional(),
  /** every category of this name (each district configures its own 环境卫生): a province's figure by category links with it */
  categoryName: z.string().trim().min(1).max(40).optional(),
  placeId: z.uuid().optional(),
  channel: z.enum(SUBMISSION_CHANNELS).optional(),
  from: z.coerce.date<string>().optional(),
  to: z.coerce.date<string>().optional(),
  overdue: bool,
  q: z.string().trim().min(1).max(60).optional(),
  /** 写给我的: only those a resident addressed to the viewer (委员会客厅) */
  addressedToMe: bool.optional(),
  /** 已分办: no longer waiting to be sorted (any status but received) */
  sorted: bool.optional(),
  /** rated by the resident (满意度 given) */
  rated: bool.optional(),
  /** 办结待答复: solved, and the resident has had no words from staff since it was (re)opened */
  replyDue: bool.optional(),
  // absent: by relevance when searching (q), else newest first
  sort: z.enum(SUBMISSION_SORTS).optional(),
});

/** The inbox's Excel export: exactly the list's query, without paging. */
export const ExportSubmissionsQuery = ListSubmissionsQuery.omit({ page: true, pageSize: true });

/** A count for every status, zero included. */
const StatusCounts = z.record(z.enum(SUBMISSION_STATUSES), z.number());

export const SubmissionSummary = z.object({
  id: z.string(),
  trackingCode: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  channel: z.enum(SUBMISSION_CHANNELS),
  content: z.string(),
  place: PlaceRef,
  category: Ref.nullable(),
  contactName: z.string().nullable(),
  phoneMasked: z.string().nullable(), // 138****5678
  createdAt: IsoDate,
  dueAt: IsoDate.nullable(),
  // set while its topic is deliberated (议题审议中): the deadline stands still and is not overdue
  clockStoppedAt: IsoDate.nullable(),
  isOverdue: z.boolean(),
});

/**
 * How a text search matched: `all` its words (or the exact phrase), or `most` of them when that
 * found little; and the words to mark in the results (the query and its synonyms, 简 and 繁).
 */
export const SearchInfo = z.object({ mode: z.enum(['all', 'most']), highlight: z.array(z.string()) });

export const SubmissionListResponse = paged(SubmissionSummary).extend({
  counts: StatusCounts,
  search: SearchInfo.nullable(),
});

export const SubmissionEvent = z.object({
  id: z.number(),
  at: IsoDate,
  kind: z.enum(SUBMISSION_EVENT_KINDS),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  // words the step's text is built from in the reader's language (e.g. the outcome carried out)
  params: z.record(z.string(), z.string()).nullable(),
  isPublic: z.boolean(), // the resident sees it on the tracking page
});

export const SimilarSubmission = z.object({
  id: z.string(),
  trackingCode: z.string(),
  content: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  similarity: z.number(), // 0…1
  // the words both texts use, weightiest first: why they look alike (synonyms shown as one word)
  keywords: z.array(z.string()),
  place: PlaceRef,
});

export const SubmissionDetail = SubmissionSummary.extend({
  events: z.array(SubmissionEvent),
  photos: z.array(z.object({ id: z.string(), url: z.string() })),
  similar: z.array(SimilarSubmission),
  mergedInto: z.object({ id: z.string(), trackingCode: z.string() }).nullable(),
  /** where the resident wrote from (居民所在), once sorting moved the item elsewhere; null before */
  residentPlace: z.object({ id: z.string(), trail: z.string() }).nullable(),
  department: Ref.nullable(),
  residentSaysSolved: z.boolean().nullable(),
  satisfaction: z.number().nullable(), // 1…5
  ratingComment: z.string().nullable(),
  reopenCount: z.number(),
  /** 委员会客厅: the member a resident addressed it to */
  addressedMember: Person.nullable(),
  /** where a member took it down: a reception day (委员接待日) or a contact's log entry (联系群众) */
  receptionSlotId: z.string().nullable(),
  contactLogId: z.string().nullable(),
  allowedActions: z.array(z.enum(SUBMISSION_ACTIONS)),
  abilities: z.object({ sort: z.boolean(), handle: z.boolean(), revealPhone: z.boolean() }),
});

/** The full mobile number, revealed on request (audited). */
export const PhoneResponse = z.object({ phone: z.string().nullable() });

export const StatsQuery = z.object({ placeId: z.uuid().optional() });
export const StatsResponse = z.object({
  received: z.number(),
  sorted: z.number(),
  solved: z.number(),
  overdue: z.number(),
  averageSatisfaction: z.number().nullable(),
  rated: z.number(),
  byStatus: StatusCounts,
});

export const PlaceIdQuery = z.object({ placeId: z.uuid() });

/** A category offered at a place: configured there or at a place above it. */
export const Category = Ref.extend({ placeId: z.string(), sortOrder: z.number() });
export const CategoryList = z.object({ items: z.array(Category) });
export const CreateCategoryBody = z.object({
  placeId: z.uuid(),
  name: z.string().trim().min(1).max(30),
  sortOrder: z.number().int().min(0).max(999).default(0),
});
export const CategoryCreated = Ref;

/** A department account an item at a place can be forwarded to. */
export const DepartmentOption = Ref.extend({ placeName: z.string() });
export const DepartmentList = z.object({ items: z.array(DepartmentOption) });

const Days = z.number().int().min(1).max(365);
/** Days each level has to act on a submission. */
export const DeadlineDays = z.object({ received: Days, grid: Days, community: Days, township: Days, department: Days });
