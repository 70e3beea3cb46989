import { z } from 'zod';
import { OUTCOME_TYPES, PLACE_KINDS, SUBMISSION_CHANNELS, SUBMISSION_STATUSES } from '../../../shared/enums';
import { MOBILE_RE } from './rules';

const Content = z.string().trim().min(5).max(1000);
const ContactName = z
  .string()
  .trim()
  .max(30)
  .optional()
  .transform((v) => v || undefined);
const Phone = z
  .string()
  .trim()
  .regex(MOBILE_RE, { message: 'mobile_format' })
  .optional()
  .or(z.literal('').transform(() => undefined));

const withConsent = <T extends { contactName?: string; phone?: string; consent?: boolean }>(v: T) =>
  !(v.contactName || v.phone) || v.consent === true;
const consentIssue = { message: 'consent_required', path: ['consent'] };

export const PlaceCodeParams = z.object({ code: z.string().trim().toLowerCase().max(32) });
export const TrackingParams = z.object({ trackingCode: z.string().trim().toUpperCase().max(20) });

export const CreatePublicSubmissionBody = z
  .object({
    content: Content,
    categoryId: z.uuid().optional(),
    placeId: z.uuid().optional(), // a place beneath the scanned one (a grid, a building)
    contactName: ContactName,
    phone: Phone,
    consent: z.boolean().optional(),
    photoIds: z.array(z.uuid()).max(3).default([]),
    challenge: z.object({ id: z.string().max(64), answer: z.string().max(10) }).optional(),
  })
  .refine(withConsent, consentIssue);

export const CreateWalkInBody = z
  .object({
    placeId: z.uuid(),
    channel: z.enum(SUBMISSION_CHANNELS).exclude(['qr']),
    content: Content,
    categoryId: z.uuid().optional(),
    contactName: ContactName,
    phone: Phone,
    consent: z.boolean().optional(),
  })
  .refine(withConsent, consentIssue);

export const RateBody = z.object({
  solved: z.boolean(),
  satisfaction: z.number().int().min(1).max(5),
  comment: z.string().trim().max(300).optional(),
});

const Note = z.string().trim().max(1000).optional();
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
export type ActionInput = z.infer<typeof ActionBody>;

export const SubmissionParams = z.object({ id: z.uuid() });

const bool = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const ListSubmissionsQuery = z.object({
  status: z.enum(SUBMISSION_STATUSES).optional(),
  categoryId: z.uuid().optional(),
  placeId: z.uuid().optional(),
  channel: z.enum(SUBMISSION_CHANNELS).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  overdue: bool,
  q: z.string().trim().min(1).max(60).optional(),
  sort: z.enum(['newest', 'oldest', 'due']).default('newest'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListSubmissionsInput = z.infer<typeof ListSubmissionsQuery>;

const PlaceRef = z.object({ id: z.string(), name: z.string(), kind: z.enum(PLACE_KINDS) });
const Ref = z.object({ id: z.string(), name: z.string() });

export const SubmissionSummary = z.object({
  id: z.string(),
  trackingCode: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  channel: z.enum(SUBMISSION_CHANNELS),
  content: z.string(),
  place: PlaceRef,
  category: Ref.nullable(),
  contactName: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  createdAt: z.date(),
  dueAt: z.date().nullable(),
  isOverdue: z.boolean(),
});

export const SubmissionListResponse = z.object({
  items: z.array(SubmissionSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  counts: z.record(z.enum(SUBMISSION_STATUSES), z.number()),
});

export const SubmissionEvent = z.object({
  id: z.number(),
  at: z.date(),
  kind: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  isPublic: z.boolean(),
});

export const SubmissionDetail = SubmissionSummary.extend({
  events: z.array(SubmissionEvent),
  photos: z.array(z.object({ id: z.string(), url: z.string() })),
  similar: z.array(
    z.object({
      id: z.string(),
      trackingCode: z.string(),
      content: z.string(),
      status: z.enum(SUBMISSION_STATUSES),
      similarity: z.number(),
      place: PlaceRef,
    }),
  ),
  mergedInto: z.object({ id: z.string(), trackingCode: z.string() }).nullable(),
  department: Ref.nullable(),
  residentSaysSolved: z.boolean().nullable(),
  satisfaction: z.number().nullable(),
  ratingComment: z.string().nullable(),
  reopenCount: z.number(),
  allowedActions: z.array(z.string()),
  abilities: z.object({ sort: z.boolean(), handle: z.boolean(), revealPhone: z.boolean() }),
});

export const PublicPlaceResponse = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(PLACE_KINDS),
  brand: z.string().nullable(),
  path: z.array(z.string()),
  categories: z.array(Ref),
  subPlaces: z.array(PlaceRef),
});

export const SubmissionCreatedResponse = z.object({
  trackingCode: z.string(),
  trackingUrl: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
});

export const PublicSubmissionResponse = z.object({
  trackingCode: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  placeName: z.string(),
  category: z.string().nullable(),
  content: z.string(),
  createdAt: z.date(),
  steps: z.array(z.object({ at: z.date(), kind: z.string(), note: z.string().nullable() })),
  rating: z.object({ solved: z.boolean(), satisfaction: z.number(), comment: z.string().nullable() }).nullable(),
  canRate: z.boolean(),
  canReopen: z.boolean(),
  /** 协商成果 sent from consultations on the topic this submission feeds: public text only. */
  outcomes: z.array(
    z.object({
      code: z.string(),
      type: z.enum(OUTCOME_TYPES),
      title: z.string(),
      sentAt: z.date().nullable(),
      consensus: z.array(z.string()),
      replied: z.boolean(),
      instructed: z.boolean(),
    }),
  ),
});

export const StatsQuery = z.object({ placeId: z.uuid().optional() });
export const StatsResponse = z.object({
  received: z.number(),
  sorted: z.number(),
  solved: z.number(),
  overdue: z.number(),
  averageSatisfaction: z.number().nullable(),
  rated: z.number(),
  byStatus: z.record(z.enum(SUBMISSION_STATUSES), z.number()),
});
