// The training (专题培训, 以会代训) API's wire contract: sessions with their materials, the members
// invited, attendance by the QR code (a member signs in with their own session) or ticked by
// staff, and the credit hours per member per year. The server validates and presents with these;
// the console and the tests read their types from them.
//
// GET    /api/trainings                          ListTrainingsQuery → TrainingList
// POST   /api/trainings                          CreateTrainingBody → 201 TrainingDetail (notices training_scheduled)
// GET    /api/trainings/hours                    TrainingHoursQuery → TrainingHours (members in reach, by year)
// GET    /api/trainings/hours.xlsx               TrainingHoursQuery → the same table as Excel
// GET    /api/trainings/invitable                InvitableMembersQuery → InvitableMembers
// GET    /api/trainings/check-in/:token          → CheckInInfo (the page the QR code opens)
// POST   /api/trainings/check-in/:token          → CheckInResult (the signed-in member; idempotent)
// GET    /api/trainings/:id                      → TrainingDetail
// PATCH  /api/trainings/:id                      UpdateTrainingBody → TrainingDetail
// POST   /api/trainings/:id/cancel               → TrainingDetail (409 once anyone attended)
// POST   /api/trainings/:id/invitations          InviteBody → TrainingDetail
// POST   /api/trainings/:id/check-in             → TrainingDetail (signing oneself in from the page)
// PUT    /api/trainings/:id/attendance/:accountId AttendanceBody → TrainingDetail (staff tick or untick)
// GET    /api/trainings/:id/sign-in-qr.png       the QR code
// POST   /api/trainings/:id/files                multipart "file" → 201 TrainingFile
// GET    /api/trainings/:id/files/:fileId        the file
// DELETE /api/trainings/:id/files/:fileId        → 204
import { z } from 'zod';
import { TRAINING_STATES } from '../access/trainings';
import { TRAINING_KINDS } from '../enums';
import { AttachedFile, AttachmentParams, IdParams, IsoDate, PageQuery, Person, PlaceRef, paged, Ref } from './common';

export const TRAINING_LIMITS = {
  title: 100,
  description: 5000,
  venue: 200,
  minHours: 0.5,
  maxHours: 100,
  invite: 500,
  files: 20,
  fileBytes: 20 * 1024 * 1024,
} as const;

/** The years hours are counted in. */
export const TRAINING_YEARS = { min: 2000, max: 2100 } as const;

export const TrainingParams = IdParams;
export const TrainingFileParams = AttachmentParams;
export const TrainingMemberParams = z.object({ id: z.uuid(), accountId: z.uuid() });
export const CheckInParams = z.object({ token: z.string().min(10).max(64) });

const Text = (max: number) => z.string().trim().min(1).max(max);
/** Absent: leave as is (or none); null or blank: none. */
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** Credit hours (学时), to one decimal: 1.5. */
const Hours = z
  .number()
  .min(TRAINING_LIMITS.minHours)
  .max(TRAINING_LIMITS.maxHours)
  .refine((h) => Math.abs(Math.round(h * 10) - h * 10) < 1e-9, { message: 'invalid_value' });

/**
 * Whom to tell (training_scheduled): `inviteAll` — every member of the place's reach (members
 * holding their role at the place or beneath it); `memberIds` — members chosen by name (of that reach).
 */
const Invite = {
  inviteAll: z.boolean().default(false),
  memberIds: z.array(z.uuid()).max(TRAINING_LIMITS.invite).refine(unique, { message: 'invalid_value' }).default([]),
};

export const CreateTrainingBody = z.object({
  placeId: z.uuid(),
  kind: z.enum(TRAINING_KINDS),
  title: Text(TRAINING_LIMITS.title),
  description: OptionalText(TRAINING_LIMITS.description),
  venue: Text(TRAINING_LIMITS.venue),
  startsAt: IsoDate,
  endsAt: IsoDate,
  hours: Hours,
  ...Invite,
});

export const UpdateTrainingBody = z.object({
  kind: z.enum(TRAINING_KINDS).optional(),
  title: Text(TRAINING_LIMITS.title).optional(),
  description: OptionalText(TRAINING_LIMITS.description),
  venue: Text(TRAINING_LIMITS.venue).optional(),
  startsAt: IsoDate.optional(),
  endsAt: IsoDate.optional(),
  hours: Hours.optional(),
});

export const InviteBody = z.object(Invite);

/** Staff tick a member present (method 'ticked'), or take a mistaken tick back. */
export const AttendanceBody = z.object({ attended: z.boolean() });

const QueryYear = z.coerce.number<number>().int().min(TRAINING_YEARS.min).max(TRAINING_YEARS.max);

export const ListTrainingsQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(60).optional(),
  kind: z.enum(TRAINING_KINDS).optional(),
  placeId: z.uuid().optional(),
  /** sessions starting in this year (the deployment's calendar) */
  year: QueryYear.optional(),
});

export const InvitableMembersQuery = z.object({
  placeId: z.uuid(),
  q: z.string().trim().max(30).optional(),
});
export const InvitableMembers = z.object({ items: z.array(Person.extend({ place: Ref })) });

export const TrainingSummary = z.object({
  id: z.string(),
  kind: z.enum(TRAINING_KINDS),
  title: z.string(),
  place: PlaceRef,
  venue: z.string(),
  startsAt: IsoDate,
  endsAt: IsoDate,
  hours: z.number(),
  state: z.enum(TRAINING_STATES),
  invitedCount: z.number().int(),
  attendedCount: z.number().int(),
});
export const TrainingList = paged(TrainingSummary);

export const TrainingFile = AttachedFile;

/** A member on the session's list: invited, attended (how), or both. */
export const TrainingAttendee = z.object({
  member: Person,
  isInvited: z.boolean(),
  attendedAt: IsoDate.nullable(),
  /** 'qr': signed in with the QR code; 'ticked': staff ticked them */
  method: z.enum(['qr', 'ticked']).nullable(),
});

export const TrainingDetail = TrainingSummary.extend({
  description: z.string().nullable(),
  createdBy: Person.nullable(),
  /** when QR sign-in opens and closes */
  opensAt: IsoDate,
  closesAt: IsoDate,
  files: z.array(TrainingFile),
  /** invited members and whoever attended, by name (staff see all; a member sees their own line) */
  attendees: z.array(TrainingAttendee),
  /** the QR code's address (to those who manage it) */
  signInUrl: z.string().nullable(),
  me: z.object({ isInvited: z.boolean(), attendedAt: IsoDate.nullable() }).nullable(),
  abilities: z.object({
    manage: z.boolean(),
    tick: z.boolean(),
    cancel: z.boolean(),
    checkIn: z.boolean(),
  }),
});

/** What the QR code's page shows a signed-in member before they sign in. */
export const CheckInInfo = z.object({
  id: z.string(),
  title: z.string(),
  place: Ref,
  venue: z.string(),
  startsAt: IsoDate,
  endsAt: IsoDate,
  hours: z.number(),
  state: z.enum(TRAINING_STATES),
  opensAt: IsoDate,
  closesAt: IsoDate,
  /** when the viewer signed in, if they did */
  attendedAt: IsoDate.nullable(),
  /** a member of the session's reach (or invited) may sign in; others are told whom to ask */
  isForMe: z.boolean(),
});

export const CheckInResult = z.object({ trainingId: z.string(), attendedAt: IsoDate, isNew: z.boolean() });

export const TrainingHoursQuery = z.object({
  year: QueryYear,
  placeId: z.uuid().optional(),
  q: z.string().trim().min(1).max(30).optional(),
});

/** One member's training in a year: sessions invited to, attended, missed, and credit hours. */
export const MemberHours = z.object({
  member: Person,
  place: PlaceRef,
  invited: z.number().int(),
  attended: z.number().int(),
  /** invited to a session that has ended, and not there */
  missed: z.number().int(),
  hours: z.number(),
});

export const TrainingHours = z.object({
  year: z.number().int(),
  items: z.array(MemberHours),
  totals: z.object({
    sessions: z.number().int(),
    members: z.number().int(),
    personTimes: z.number().int(),
    hours: z.number(),
  }),
});
