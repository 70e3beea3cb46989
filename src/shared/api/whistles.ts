// The 吹哨报到 API's wire contract: a community or township raises a whistle (what help, which
// sectors or expertise, where, by when); members and departments answer (报到) and record what they
// did; the caller closes it with a rating or withdraws it. Response times are counted. The server
// validates and presents with these; the console and the tests read their types from them.
//
// GET  /api/whistles                  ListWhistlesQuery → WhistleList (with the response-time summary)
// POST /api/whistles                  RaiseWhistleBody → 201 WhistleDetail
// GET  /api/whistles/candidates       WhistleCandidatesQuery → WhistleCandidates (who would be called)
// GET  /api/whistles/:id              → WhistleDetail
// POST /api/whistles/:id/answers      AnswerWhistleBody → 201 WhistleDetail (报到; 403 the second time)
// PUT  /api/whistles/:id/answers/mine RecordDoneBody → WhistleDetail (what I did)
// POST /api/whistles/:id/close        CloseWhistleBody → WhistleDetail (409 unless open and answered)
// POST /api/whistles/:id/withdraw     → WhistleDetail (409 unless open)
import { z } from 'zod';
import { MEMBER_SECTORS, WHISTLE_STATUSES } from '../enums';
import { IdParams, IsoDate, PageQuery, Person, PlaceRef, paged, Ref } from './common';

export const WHISTLE_LIMITS = {
  need: 1000,
  location: 200,
  expertise: 10, // words
  expertiseWord: 20,
  departments: 20,
  note: 500,
  didWhat: 2000,
  ratingNote: 500,
} as const;

export const WhistleParams = IdParams;

const Text = (min: number, max: number) => z.string().trim().min(min).max(max);
/** Left out or blank: none. */
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

/**
 * 吹哨: the place (a township, subdistrict, village or community in the caller's reach), what help
 * is wanted, the sectors (界别 codes) and expertise words wanted, where, and by when (later than
 * now). Members serving the place, and members of those sectors or that expertise in the caller's
 * region, are called; so are the departments picked (those serving the place).
 */
export const RaiseWhistleBody = z.object({
  placeId: z.uuid(),
  need: Text(2, WHISTLE_LIMITS.need),
  sectors: z
    .array(z.enum(MEMBER_SECTORS))
    .max(MEMBER_SECTORS.length)
    .refine(unique, { message: 'invalid_value' })
    .default([]),
  expertise: z
    .array(Text(1, WHISTLE_LIMITS.expertiseWord))
    .max(WHISTLE_LIMITS.expertise)
    .refine(unique, { message: 'invalid_value' })
    .default([]),
  location: Text(2, WHISTLE_LIMITS.location),
  dueAt: IsoDate,
  departmentIds: z
    .array(z.uuid())
    .max(WHISTLE_LIMITS.departments)
    .refine(unique, { message: 'invalid_value' })
    .default([]),
});

/** 报到: a word on when one comes and what one brings. */
export const AnswerWhistleBody = z.object({ note: OptionalText(WHISTLE_LIMITS.note) });

/** What the responder did (recorded afterwards, changed while the whistle is open); when, now if left out. */
export const RecordDoneBody = z.object({
  didWhat: Text(2, WHISTLE_LIMITS.didWhat),
  doneAt: IsoDate.optional(),
});

/** 关闭: the caller's rating (1–5) of the help, and a note. */
export const CloseWhistleBody = z.object({
  rating: z.number().int().min(1).max(5),
  note: OptionalText(WHISTLE_LIMITS.ratingNote),
});

const QueryFlag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const ListWhistlesQuery = PageQuery.extend({
  /** the code, the need or the location */
  q: z.string().trim().min(1).max(60).optional(),
  status: z.enum(WHISTLE_STATUSES).optional(),
  placeId: z.uuid().optional(),
  /** raised on or after / before */
  from: z.coerce.date<string>().optional(),
  to: z.coerce.date<string>().optional(),
  /** only the open whistles the viewer may still answer (a member's or department's "to answer") */
  toAnswer: QueryFlag,
});

/** A comma-separated list in a query string (`sectors=medicine,education`), as its distinct words. */
const csv = z
  .string()
  .max(1000)
  .optional()
  .transform((v) => (v ? [...new Set(v.split(',').map((s) => s.trim()))].filter(Boolean) : []));

/** Who a whistle at this place, for these sectors and expertise, would call, and the departments to pick. */
export const WhistleCandidatesQuery = z.object({
  placeId: z.uuid(),
  sectors: csv.pipe(z.array(z.enum(MEMBER_SECTORS)).max(MEMBER_SECTORS.length)),
  expertise: csv.pipe(z.array(z.string().max(WHISTLE_LIMITS.expertiseWord)).max(WHISTLE_LIMITS.expertise)),
});

/** Why a member is called: they serve the place (member_places), or their sector or expertise is wanted. */
export const CALL_REASONS = ['serves', 'sector', 'expertise'] as const;
export type CallReason = (typeof CALL_REASONS)[number];

export const WhistleCandidates = z.object({
  members: z.array(Person.extend({ reason: z.enum(CALL_REASONS) })),
  departments: z.array(Person.extend({ place: Ref })),
});

/** Hours, to one decimal; null until it happened. */
const Hours = z.number().nullable();

export const WhistleSummary = z.object({
  id: z.string(),
  code: z.string(),
  need: z.string(),
  place: PlaceRef,
  location: z.string(),
  sectors: z.array(z.enum(MEMBER_SECTORS)),
  expertise: z.array(z.string()),
  dueAt: IsoDate,
  status: z.enum(WHISTLE_STATUSES),
  /** open and past its due time */
  isOverdue: z.boolean(),
  raisedBy: Person,
  createdAt: IsoDate,
  closedAt: IsoDate.nullable(),
  rating: z.number().int().nullable(),
  answerCount: z.number().int(),
  /** raised → first answer (报到), in hours */
  firstResponseHours: Hours,
  /** raised → closed, in hours */
  closeHours: Hours,
  /** the viewer answered it */
  isAnsweredByMe: z.boolean(),
});

/**
 * The list's figures over every whistle it holds (all pages): how many are open, how many were
 * answered at all, and the median hours to the first answer and to closing.
 */
export const WhistleStats = z.object({
  total: z.number().int(),
  open: z.number().int(),
  answered: z.number().int(),
  closed: z.number().int(),
  medianFirstResponseHours: Hours,
  medianCloseHours: Hours,
});

export const WhistleList = paged(WhistleSummary).extend({ stats: WhistleStats });

export const WhistleResponse = z.object({
  id: z.string(),
  responder: Person,
  /** whether they answered as a member (委员) or a department (职能部门) */
  responderKind: z.enum(['member', 'department']),
  answeredAt: IsoDate,
  note: z.string().nullable(),
  didWhat: z.string().nullable(),
  doneAt: IsoDate.nullable(),
  /** answered → hours after the whistle was raised */
  responseHours: z.number(),
});

export const WhistleDetail = WhistleSummary.extend({
  ratingNote: z.string().nullable(),
  /** who was called (notified) when it was raised: members and the departments picked */
  called: z.array(Person.extend({ kind: z.enum(['member', 'department']) })),
  responses: z.array(WhistleResponse),
  /** the viewer's own answer, if any */
  myResponseId: z.string().nullable(),
  /** what the viewer may do now (the server still checks) */
  abilities: z.object({
    answer: z.boolean(),
    recordDone: z.boolean(),
    close: z.boolean(),
    withdraw: z.boolean(),
  }),
});
