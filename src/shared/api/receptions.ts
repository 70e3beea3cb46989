// The reception days API's wire contract (委员接待日): a place's rota of members on duty, kept by
// the CPPCC office or the liaison (a slot at a time, or a month filled from a weekly pattern),
// swaps and absences, and the record of a day held — how many came, what was raised, each problem
// filed as a submission in one step. Residents see this week's members on their place's page.
//
// GET  /api/receptions                    ListReceptionsQuery → ReceptionList (a period, one place or one's reach)
// GET  /api/receptions/members            ReceptionMembersQuery → ReceptionMembers (who may be put on a place's rota)
// POST /api/receptions                    CreateReceptionBody → 201 ReceptionDetail
// POST /api/receptions/fill-month         FillMonthBody → 201 FillMonthResult
// GET  /api/receptions/:id                → ReceptionDetail
// DELETE /api/receptions/:id              → 204 (a scheduled slot taken off the rota)
// POST /api/receptions/:id/swap           SwapBody → ReceptionDetail (another member takes it)
// POST /api/receptions/:id/absent         AbsentBody → ReceptionDetail (缺岗, once it has begun)
// POST /api/receptions/:id/record         RecordReceptionBody → ReceptionDetail (held; problems filed)
// POST /api/receptions/:id/submissions    RaiseProblemBody → 201 ReceptionDetail (one more problem of a held day)
// GET  /api/public/places/:code/receptions → PublicReceptionWeek (本周接待委员: no phones)
import { z } from 'zod';
import { RECEPTION_STATUSES, SUBMISSION_STATUSES } from '../enums';
import { IdParams, IsoDate, Person, PlaceRef } from './common';
import { RaiseProblemBody } from './contacts';

export { RaiseProblemBody } from './contacts';

export const RECEPTION_LIMITS = {
  venue: 100,
  summary: 2000,
  reason: 500,
  problems: 10,
  visitors: 10_000,
  /** a slot lasts at most this long */
  maxHours: 12,
  /** a listed period spans at most this many days */
  maxDays: 62,
  membersPerFill: 20,
} as const;

export const ReceptionParams = IdParams;

const Venue = z.string().trim().max(RECEPTION_LIMITS.venue).optional();
/** HH:MM on the deployment's clock */
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid_format' });

export const ListReceptionsQuery = z.object({
  /** beneath this place (the slots of the places in one's reach otherwise) */
  placeId: z.uuid().optional(),
  memberId: z.uuid().optional(),
  /** one's own slots only */
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  status: z.enum(RECEPTION_STATUSES).optional(),
  /** the period: from (inclusive) to (exclusive), at most RECEPTION_LIMITS.maxDays apart */
  from: z.coerce.date<string>(),
  to: z.coerce.date<string>(),
});

/** A member on the rota, with their 界别 code (shared/member-enums MEMBER_SECTORS). */
export const ReceptionMember = Person.extend({ sector: z.string().nullable() });

export const ReceptionSummary = z.object({
  id: z.string(),
  place: PlaceRef,
  member: ReceptionMember,
  /** the member first on the rota, when another took the slot over */
  swappedFrom: Person.nullable(),
  startsAt: IsoDate,
  endsAt: IsoDate,
  venue: z.string().nullable(),
  status: z.enum(RECEPTION_STATUSES),
  absenceReason: z.string().nullable(),
  visitors: z.number().int().nullable(),
  submissionCount: z.number().int(),
});

export const ReceptionList = z.object({ items: z.array(ReceptionSummary) });

export const ReceptionDetail = ReceptionSummary.extend({
  summary: z.string().nullable(),
  recordedBy: Person.nullable(),
  recordedAt: IsoDate.nullable(),
  createdBy: Person.nullable(),
  submissions: z.array(
    z.object({ id: z.string(), trackingCode: z.string(), content: z.string(), status: z.enum(SUBMISSION_STATUSES) }),
  ),
  /** what the viewer may do now (the server still checks) */
  abilities: z.object({
    swap: z.boolean(),
    markAbsent: z.boolean(),
    remove: z.boolean(),
    record: z.boolean(),
    raise: z.boolean(),
  }),
});

export const ReceptionMembersQuery = z.object({ placeId: z.uuid() });
/** Members who may be put on a place's rota; `servesHere`: assigned to it or its workstation. */
export const ReceptionMembers = z.object({
  items: z.array(ReceptionMember.extend({ servesHere: z.boolean() })),
});

export const CreateReceptionBody = z.object({
  placeId: z.uuid(),
  memberId: z.uuid(),
  startsAt: IsoDate,
  /** later than startsAt, at most RECEPTION_LIMITS.maxHours after it */
  endsAt: IsoDate,
  venue: Venue,
});

/**
 * A month's rota from a weekly pattern: a slot on each of `weekdays` (1 Monday … 7 Sunday) from
 * `startTime` to `endTime` on the deployment's clock, the chosen members taking turns in order.
 * Days already past, days the place has a slot at that time, and members already on duty then
 * are skipped.
 */
export const FillMonthBody = z.object({
  placeId: z.uuid(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'invalid_format' }),
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  startTime: Clock,
  endTime: Clock,
  venue: Venue,
  memberIds: z.array(z.uuid()).min(1).max(RECEPTION_LIMITS.membersPerFill),
});

export const FILL_SKIP_REASONS = ['past', 'taken', 'member_busy'] as const;
export const FillMonthResult = z.object({
  created: z.array(ReceptionSummary),
  skipped: z.array(z.object({ date: z.string(), reason: z.enum(FILL_SKIP_REASONS) })),
});

export const SwapBody = z.object({ memberId: z.uuid() });
export const AbsentBody = z.object({ reason: z.string().trim().min(2).max(RECEPTION_LIMITS.reason) });

/** The day held: how many came, what was raised and done, and each problem filed as a submission. */
export const RecordReceptionBody = z.object({
  visitors: z.number().int().min(0).max(RECEPTION_LIMITS.visitors),
  summary: z.string().trim().min(2).max(RECEPTION_LIMITS.summary),
  problems: z.array(RaiseProblemBody).max(RECEPTION_LIMITS.problems).default([]),
});

/** This week's reception members at a place and the places above it, as residents see them. */
export const PublicReceptionWeek = z.object({
  /** Monday and Sunday of this week (YYYY-MM-DD, the deployment's calendar) */
  weekStart: z.string(),
  weekEnd: z.string(),
  items: z.array(
    z.object({
      name: z.string(),
      /** 界别, in the reader's language */
      sectorLabel: z.string().nullable(),
      placeName: z.string(),
      startsAt: IsoDate,
      endsAt: IsoDate,
      venue: z.string().nullable(),
    }),
  ),
});
