import type { z } from 'zod';
import type {
  ActionBody,
  AddParticipantBody,
  ConsultationDetail,
  ExportConsultationsQuery,
  ListConsultationsQuery,
  ScheduleBody,
  UpdateBody,
} from '../../../shared/api/consultations';

export {
  ActionBody,
  AddParticipantBody,
  AttendanceBody,
  ConsensusBody,
  ConsensusItem,
  ConsultationDetail,
  ConsultationList,
  ConsultationParams,
  ConsultationSummary,
  Dissent,
  DissentBody,
  ExportConsultationsQuery,
  FileInfo,
  FixedMembersResult,
  InvitableList,
  InvitableQuery,
  InvitationList,
  ListConsultationsQuery,
  Opinion,
  OpinionBody,
  Participant,
  PublicAttendance,
  PublicAttendanceParams,
  PublicSignInBody,
  PublicSignInResult,
  ScheduleBody,
  Step,
  StepBody,
  UpdateBody,
} from '../../../shared/api/consultations';

export type ListConsultationsInput = z.output<typeof ListConsultationsQuery>;
export type ScheduleInput = z.output<typeof ScheduleBody>;
export type UpdateInput = z.output<typeof UpdateBody>;
export type ActionInput = z.output<typeof ActionBody>;
export type AddParticipantInput = z.output<typeof AddParticipantBody>;
export type ConsultationDetailOut = z.output<typeof ConsultationDetail>;
export type ExportConsultationsInput = z.output<typeof ExportConsultationsQuery>;
