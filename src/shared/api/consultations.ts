// The consultations (协商议事) API's wire contract: scheduling, the record of a meeting, attendance
// and its public sign-in page. The server validates and presents with these; the console, the
// residents' pages and the tests read their types from them.
import { z } from 'zod';
import { ATTEND_KINDS } from '../access/attendance';
import {
  CONSULTATION_FORMS,
  CONSULTATION_STATUSES,
  OUTCOME_STATUSES,
  PARTICIPANT_KINDS,
  STANCES,
  STEP_PHASES,
} from '../enums';
import {
  AttachedFile,
  CodeRef,
  IdParams,
  IsoDate,
  PageQuery,
  Person,
  paged,
  Ref,
  RoleHolder,
  RoleHolders,
} from './common';

const Text = (max: number) => z.string().trim().min(1).max(max);
/** Absent: leave as is; null or blank: clear. */
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

export const ConsultationParams = IdParams;

export const ListConsultationsQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(60).optional(),
  status: z.enum(CONSULTATION_STATUSES).optional(),
  form: z.enum(CONSULTATION_FORMS).optional(),
  placeId: z.uuid().optional(),
  topicId: z.uuid().optional(),
  from: z.coerce.date<string>().optional(),
  to: z.coerce.date<string>().optional(),
});

/** GET /api/consultations/export.xlsx: the list's query without paging. */
export const ExportConsultationsQuery = ListConsultationsQuery.omit({ page: true, pageSize: true });

export const ScheduleBody = z.object({
  topicId: z.uuid(),
  placeId: z.uuid(),
  title: Text(100),
  form: z.enum(CONSULTATION_FORMS),
  venue: OptionalText(200),
  startsAt: z.coerce.date<string>(),
  endsAt: z.coerce.date<string>().nullish(),
  preStudy: OptionalText(5000),
  procedureId: z.uuid().nullish(), // default: the council's procedure, else 六步议事
  groupId: z.uuid().nullish(), // the 专委会 organising it: a live committee kept at the place or above
});

export const UpdateBody = z.object({
  title: Text(100).optional(),
  venue: OptionalText(200),
  startsAt: z.coerce.date<string>().optional(),
  endsAt: z.coerce.date<string>().nullish(),
  preStudy: OptionalText(5000),
  summary: OptionalText(5000),
  groupId: z.uuid().nullish(), // the organising 专委会; null: none
});

export const ActionBody = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['start', 'conclude']), reason: z.string().trim().max(500).optional() }),
  z.object({ action: z.literal('cancel'), reason: Text(500) }),
]);

export const InvitableQuery = z.object({ q: z.string().trim().max(30).optional() });
export const AddParticipantBody = z.object({
  accountId: z.uuid().optional(),
  name: z.string().trim().max(30).optional(),
  affiliation: OptionalText(60),
  kind: z.enum(PARTICIPANT_KINDS),
});
export const AttendanceBody = z.object({ attended: z.boolean() });
export const StepBody = z.object({ completed: z.boolean(), output: OptionalText(2000) });
export const OpinionBody = z.object({
  participantId: z.uuid().nullish(),
  speakerName: Text(30),
  stance: z.enum(STANCES),
  text: Text(2000),
});
export const ConsensusBody = z.object({ text: Text(1000) });
export const DissentBody = z.object({ consensusItemId: z.uuid().nullish(), holderName: Text(30), text: Text(1000) });

export const ConsultationSummary = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  form: z.enum(CONSULTATION_FORMS),
  status: z.enum(CONSULTATION_STATUSES),
  startsAt: IsoDate,
  endsAt: IsoDate.nullable(),
  venue: z.string().nullable(),
  place: Ref,
  topic: CodeRef,
  participantCount: z.number(),
  attendedCount: z.number(),
});
export const ConsultationList = paged(ConsultationSummary);
export const InvitationList = z.object({ items: z.array(ConsultationSummary) });

export const Step = z.object({
  id: z.string(),
  position: z.number(),
  name: z.string(),
  isRequired: z.boolean(),
  // 'after': carried out after the meeting by the outcome's tasks, not written in this record
  phase: z.enum(STEP_PHASES),
  output: z.string().nullable(),
  completedAt: IsoDate.nullable(),
  completedBy: Person.nullable(),
});

export const Participant = z.object({
  id: z.string(),
  name: z.string(),
  affiliation: z.string().nullable(),
  kind: z.enum(PARTICIPANT_KINDS),
  accountId: z.string().nullable(),
  isInvited: z.boolean(), // false: walked in and signed in
  attendedAt: IsoDate.nullable(),
  attendanceMethod: z.string().nullable(), // 'qr': signed in on a phone; 'ticked': the liaison ticked them off
});
/** 邀请固定成员: who was added from the council's fixed members, and how many were invited already. */
export const FixedMembersResult = z.object({
  added: z.array(Participant),
  /** fixed members already on the list, left as they were */
  skipped: z.number().int(),
  /** the live groups of fixed members of the consultation's council */
  groups: z.number().int(),
});
export const Opinion = z.object({
  id: z.string(),
  participantId: z.string().nullable(),
  speakerName: z.string(),
  stance: z.enum(STANCES),
  text: z.string(),
  createdAt: IsoDate,
});
export const ConsensusItem = z.object({ id: z.string(), number: z.number(), text: z.string() });
export const Dissent = z.object({
  id: z.string(),
  consensusItemId: z.string().nullable(),
  holderName: z.string(),
  text: z.string(),
});
export const FileInfo = AttachedFile;

/** QR sign-in (签到): not open yet, open, over for the day, or closed with the record (concluded, cancelled). */
export const ATTENDANCE_STATES = ['not_yet', 'open', 'ended', 'closed'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

export const ConsultationDetail = ConsultationSummary.extend({
  preStudy: z.string().nullable(),
  summary: z.string().nullable(),
  procedureName: z.string().nullable(),
  cancelReason: z.string().nullable(),
  concludedAt: IsoDate.nullable(),
  signInUrl: z.string().nullable(),
  // when the sign-in code works: the page shows it only while open
  signInWindow: z.object({ state: z.enum(ATTENDANCE_STATES), opensAt: IsoDate, closesAt: IsoDate }),
  publicUrl: z.string().nullable(),
  steps: z.array(Step),
  participants: z.array(Participant),
  opinions: z.array(Opinion),
  consensus: z.array(ConsensusItem),
  dissents: z.array(Dissent),
  files: z.array(FileInfo),
  // the outcomes drawn from this consultation that the viewer may read: where its after-steps are carried out
  outcomes: z.array(CodeRef.extend({ status: z.enum(OUTCOME_STATUSES) })),
  // the 专委会 that organised it (each committee's consultations are counted per year)
  group: Ref.nullable(),
  abilities: z.object({
    manage: z.boolean(),
    start: z.boolean(),
    conclude: z.boolean(),
    cancel: z.boolean(),
    signIn: z.boolean(), // the viewer is an invitee with an account who has not signed in yet
  }),
});

/** An account to invite, with the roles it holds and where: how pickers tell people apart. */
export const InvitableAccount = RoleHolder;
export const InvitableList = RoleHolders;

// ── Attendance (签到): the public page a QR code opens ───────────────────────────────────────────

export const PublicAttendanceParams = z.object({ token: z.string().trim().min(10).max(64) });
export const PublicAttendance = z.object({
  title: z.string(),
  placeName: z.string(),
  venue: z.string().nullable(),
  startsAt: IsoDate,
  status: z.enum(CONSULTATION_STATUSES),
  isOpen: z.boolean(),
});
export const PublicSignInBody = z.object({
  name: z.string().trim().max(30).optional(),
  affiliation: OptionalText(60),
  kind: z.enum(ATTEND_KINDS).optional(),
});
export const PublicSignInResult = z.object({ name: z.string(), attendedAt: IsoDate, isInvited: z.boolean() });
