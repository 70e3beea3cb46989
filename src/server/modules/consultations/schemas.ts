import { z } from 'zod';
import { CONSULTATION_FORMS, CONSULTATION_STATUSES, PARTICIPANT_KINDS, STANCES } from '../../../shared/enums';

const Text = (max: number) => z.string().trim().min(1).max(max);
/** Absent: leave as is; null or blank: clear. */
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

export const ConsultationParams = z.object({ id: z.uuid() });

export const ListConsultationsQuery = z.object({
  q: z.string().trim().min(1).max(60).optional(),
  status: z.enum(CONSULTATION_STATUSES).optional(),
  form: z.enum(CONSULTATION_FORMS).optional(),
  placeId: z.uuid().optional(),
  topicId: z.uuid().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListConsultationsInput = z.infer<typeof ListConsultationsQuery>;

export const ScheduleBody = z.object({
  topicId: z.uuid(),
  placeId: z.uuid(),
  title: Text(100),
  form: z.enum(CONSULTATION_FORMS),
  venue: OptionalText(200),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date().nullish(),
  preStudy: OptionalText(5000),
  procedureId: z.uuid().nullish(),
});
export type ScheduleInput = z.infer<typeof ScheduleBody>;

export const UpdateBody = z.object({
  title: Text(100).optional(),
  venue: OptionalText(200),
  startsAt: z.coerce.date().optional(),
  endsAt: z.coerce.date().nullish(),
  preStudy: OptionalText(5000),
  summary: OptionalText(5000),
});
export type UpdateInput = z.infer<typeof UpdateBody>;

export const ActionBody = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['start', 'conclude']), reason: z.string().trim().max(500).optional() }),
  z.object({ action: z.literal('cancel'), reason: Text(500) }),
]);
export type ActionInput = z.infer<typeof ActionBody>;

export const InvitableQuery = z.object({ q: z.string().trim().max(30).optional() });
export const AddParticipantBody = z.object({
  accountId: z.uuid().optional(),
  name: z.string().trim().max(30).optional(),
  affiliation: OptionalText(60),
  kind: z.enum(PARTICIPANT_KINDS),
});
export type AddParticipantInput = z.infer<typeof AddParticipantBody>;
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

const Person = z.object({ id: z.string(), displayName: z.string() });
const Ref = z.object({ id: z.string(), name: z.string() });

export const ConsultationSummary = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  form: z.enum(CONSULTATION_FORMS),
  status: z.enum(CONSULTATION_STATUSES),
  startsAt: z.date(),
  endsAt: z.date().nullable(),
  venue: z.string().nullable(),
  place: Ref,
  topic: z.object({ id: z.string(), code: z.string(), title: z.string() }),
  participantCount: z.number(),
  attendedCount: z.number(),
});
export const ConsultationList = z.object({
  items: z.array(ConsultationSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const InvitationList = z.object({ items: z.array(ConsultationSummary) });

export const Step = z.object({
  id: z.string(),
  position: z.number(),
  name: z.string(),
  isRequired: z.boolean(),
  output: z.string().nullable(),
  completedAt: z.date().nullable(),
  completedBy: Person.nullable(),
});
export const Participant = z.object({
  id: z.string(),
  name: z.string(),
  affiliation: z.string().nullable(),
  kind: z.enum(PARTICIPANT_KINDS),
  accountId: z.string().nullable(),
  isInvited: z.boolean(),
  attendedAt: z.date().nullable(),
  attendanceMethod: z.string().nullable(),
});
export const Opinion = z.object({
  id: z.string(),
  participantId: z.string().nullable(),
  speakerName: z.string(),
  stance: z.enum(STANCES),
  text: z.string(),
  createdAt: z.date(),
});
export const ConsensusItem = z.object({ id: z.string(), number: z.number(), text: z.string() });
export const Dissent = z.object({
  id: z.string(),
  consensusItemId: z.string().nullable(),
  holderName: z.string(),
  text: z.string(),
});
export const FileInfo = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number(),
  createdAt: z.date(),
});

export const ConsultationDetail = ConsultationSummary.extend({
  preStudy: z.string().nullable(),
  summary: z.string().nullable(),
  procedureName: z.string().nullable(),
  cancelReason: z.string().nullable(),
  concludedAt: z.date().nullable(),
  signInUrl: z.string().nullable(),
  publicUrl: z.string().nullable(),
  steps: z.array(Step),
  participants: z.array(Participant),
  opinions: z.array(Opinion),
  consensus: z.array(ConsensusItem),
  dissents: z.array(Dissent),
  files: z.array(FileInfo),
  abilities: z.object({
    manage: z.boolean(),
    start: z.boolean(),
    conclude: z.boolean(),
    cancel: z.boolean(),
    signIn: z.boolean(),
  }),
});
export type ConsultationDetailOut = z.infer<typeof ConsultationDetail>;

export const InvitableList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      username: z.string(),
      roles: z.array(z.object({ role: z.string(), placeName: z.string() })),
    }),
  ),
});

export const PublicAttendanceParams = z.object({ token: z.string().trim().min(10).max(64) });
export const PublicAttendance = z.object({
  title: z.string(),
  placeName: z.string(),
  venue: z.string().nullable(),
  startsAt: z.date(),
  status: z.enum(CONSULTATION_STATUSES),
  isOpen: z.boolean(),
});
export const PublicSignInBody = z.object({
  name: z.string().trim().max(30).optional(),
  affiliation: OptionalText(60),
  kind: z.enum(['resident_rep', 'expert', 'stakeholder', 'official', 'member']).optional(),
});
export const PublicSignInResult = z.object({ name: z.string(), attendedAt: z.date(), isInvited: z.boolean() });
