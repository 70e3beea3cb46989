// The consultations API's JSON as the console receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/consultations';
import type * as Procedures from '../../../shared/api/procedures';
import type * as Topics from '../../../shared/api/topics';

export type ProcedureStep = Wire<typeof Procedures.ProcedureStep>;
export type Procedure = Wire<typeof Procedures.Procedure>;
export type ProcedureList = Wire<typeof Procedures.ProcedureList>;
export type CreateProcedureInput = Wire<typeof Procedures.CreateProcedureBody>;
export type UpdateProcedureInput = Wire<typeof Procedures.UpdateProcedureBody>;
export type Council = Wire<typeof Procedures.Council>;
export type CouncilInput = Wire<typeof Procedures.CouncilBody>;

export type ConsultationSummary = Wire<typeof Api.ConsultationSummary>;
export type ConsultationList = Wire<typeof Api.ConsultationList>;
export type InvitationList = Wire<typeof Api.InvitationList>;
export type ConsultationStep = Wire<typeof Api.Step>;
export type Participant = Wire<typeof Api.Participant>;
export type ConsensusItem = Wire<typeof Api.ConsensusItem>;
export type ConsultationDetail = Wire<typeof Api.ConsultationDetail>;
export type InvitableList = Wire<typeof Api.InvitableList>;

export type ScheduleInput = Wire<typeof Api.ScheduleBody>;
export type UpdateConsultationInput = Wire<typeof Api.UpdateBody>;
export type ConsultationActionInput = Wire<typeof Api.ActionBody>;
export type ConsultationAction = ConsultationActionInput['action'];
export type InviteInput = Wire<typeof Api.AddParticipantBody>;
export type FixedMembersResult = Wire<typeof Api.FixedMembersResult>;
export type OpinionInput = Wire<typeof Api.OpinionBody>;
export type ConsensusInput = Wire<typeof Api.ConsensusBody>;
export type DissentInput = Wire<typeof Api.DissentBody>;
export type AttendanceInput = Wire<typeof Api.AttendanceBody>;
export type StepInput = Wire<typeof Api.StepBody>;

/** The list's filters as the page holds them (the list is not filtered by topic). */
export type ConsultationFilters = Omit<ListFilters<typeof Api.ListConsultationsQuery>, 'topicId'>;

/** A topic as the topics list shows it: what the schedule form picks from. */
export type TopicOption = Wire<typeof Topics.TopicSummary>;
export type TopicOptions = Wire<typeof Topics.TopicList>;
export type TopicBrief = Wire<typeof Topics.TopicDetail>;
