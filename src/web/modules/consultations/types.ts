// The consultations API's JSON as the console receives it. These mirror the response schemas in
// src/server/modules/consultations/schemas.ts (dates arrive as ISO strings); the server is the contract.
import type {
  ConsultationForm,
  ConsultationStatus,
  MeetingRule,
  ParticipantKind,
  PlaceKind,
  Stance,
  TopicSource,
  TopicStatus,
  TopicUrgency,
} from '../../../shared/enums';
import type { Page } from '../../api/types';

export type Ref = { id: string; name: string };
export type Person = { id: string; displayName: string };

/** 议事规程: ordered steps, some required. Built-ins have no place and are read-only. */
export type ProcedureStep = { name: string; isRequired: boolean; hint?: string };
export type Procedure = {
  id: string;
  name: string;
  description: string | null;
  builtInKey: string | null;
  place: Ref | null;
  steps: ProcedureStep[];
  isArchived: boolean;
  abilities: { edit: boolean };
};
export type CreateProcedureInput = {
  placeId: string;
  name: string;
  description?: string | null;
  steps: ProcedureStep[];
};
export type UpdateProcedureInput = Partial<Omit<CreateProcedureInput, 'placeId'>>;

/** A council's settings: its procedure, fixed meeting dates (逢十说事, 月月谈) and usual venue. */
export type Council = {
  place: Ref & { kind: PlaceKind; hasCouncil: boolean };
  procedure: Procedure | null;
  meetingRule: MeetingRule;
  monthlyDay: number | null;
  defaultVenue: string | null;
  occurrences: string[]; // the next fixed meeting days, 'YYYY-MM-DD'
  abilities: { edit: boolean };
};
export type CouncilInput = {
  procedureId: string | null;
  meetingRule: MeetingRule;
  monthlyDay?: number | null;
  defaultVenue?: string | null;
};

export type ConsultationSummary = {
  id: string;
  code: string;
  title: string;
  form: ConsultationForm;
  status: ConsultationStatus;
  startsAt: string;
  endsAt: string | null;
  venue: string | null;
  place: Ref;
  topic: { id: string; code: string; title: string };
  participantCount: number;
  attendedCount: number;
};
export type ConsultationList = Page<ConsultationSummary>;

export type ConsultationStep = {
  id: string;
  position: number;
  name: string;
  isRequired: boolean;
  output: string | null;
  completedAt: string | null;
  completedBy: Person | null;
};

/** 'qr' (signed in on a phone) or 'ticked' (the liaison ticked them off). */
export type AttendanceMethod = 'qr' | 'ticked';
export type Participant = {
  id: string;
  name: string;
  affiliation: string | null;
  kind: ParticipantKind;
  accountId: string | null;
  isInvited: boolean; // false: walked in and signed in
  attendedAt: string | null;
  attendanceMethod: string | null; // an AttendanceMethod
};

export type Opinion = {
  id: string;
  participantId: string | null;
  speakerName: string;
  stance: Stance;
  text: string;
  createdAt: string;
};
export type ConsensusItem = { id: string; number: number; text: string };
export type Dissent = { id: string; consensusItemId: string | null; holderName: string; text: string };
export type ConsultationFile = { id: string; fileName: string; mimeType: string; bytes: number; createdAt: string };

export type ConsultationAbilities = {
  manage: boolean;
  start: boolean;
  conclude: boolean;
  cancel: boolean;
  signIn: boolean; // the viewer is an invitee with an account who has not signed in yet
};

export type ConsultationDetail = ConsultationSummary & {
  preStudy: string | null;
  summary: string | null;
  procedureName: string | null;
  cancelReason: string | null;
  concludedAt: string | null;
  signInUrl: string | null;
  publicUrl: string | null;
  steps: ConsultationStep[];
  participants: Participant[];
  opinions: Opinion[];
  consensus: ConsensusItem[];
  dissents: Dissent[];
  files: ConsultationFile[];
  abilities: ConsultationAbilities;
};

export type ScheduleInput = {
  topicId: string;
  placeId: string;
  title: string;
  form: ConsultationForm;
  venue?: string | null;
  startsAt: string;
  endsAt?: string | null;
  preStudy?: string | null;
  procedureId?: string | null; // default: the council's procedure, else 六步议事
};
export type UpdateConsultationInput = {
  title?: string;
  venue?: string | null;
  startsAt?: string;
  endsAt?: string | null;
  preStudy?: string | null;
  summary?: string | null;
};
export type ConsultationAction = 'start' | 'conclude' | 'cancel';
export type ConsultationActionInput = { action: ConsultationAction; reason?: string };

export type InvitableAccount = {
  id: string;
  displayName: string;
  username: string;
  roles: { role: string; placeName: string }[]; // role: a Role
};
export type InviteInput = { accountId?: string; name?: string; affiliation?: string | null; kind: ParticipantKind };
export type OpinionInput = { participantId?: string | null; speakerName: string; stance: Stance; text: string };
export type DissentInput = { consensusItemId?: string | null; holderName: string; text: string };

/** A topic as the topics list shows it: what the schedule form picks from. */
export type TopicOption = {
  id: string;
  code: string;
  title: string;
  status: TopicStatus;
  urgency: TopicUrgency;
  source: TopicSource;
  place: Ref;
  submissionCount: number;
  createdAt: string;
};
export type TopicBrief = Omit<TopicOption, 'place' | 'submissionCount' | 'createdAt'> & {
  description: string;
  place: Ref & { kind: PlaceKind };
};
