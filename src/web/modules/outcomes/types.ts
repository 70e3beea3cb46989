// The outcomes API's JSON as the console receives it, read from the wire contract.

import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Consultations from '../../../shared/api/consultations';
import type * as Api from '../../../shared/api/outcomes';

export type { CaseFileKind, OutcomeBox } from '../../../shared/api/outcomes';
export type OutcomeSummary = Wire<typeof Api.OutcomeSummary>;
export type OutcomeList = Wire<typeof Api.OutcomeList>;
/** The list's filters as the page holds them. */
export type OutcomeFilters = ListFilters<typeof Api.ListOutcomesQuery, 'box'>;
export type Recipient = Wire<typeof Api.Recipient>;
export type ConsensusItem = Wire<typeof Api.ConsensusItem>;
export type OutcomeDetail = Wire<typeof Api.OutcomeDetail>;
export type CreateOutcomeInput = Wire<typeof Api.CreateOutcomeBody>;
export type OutcomeInput = Omit<CreateOutcomeInput, 'consultationId'>;
export type UpdateOutcomeInput = Wire<typeof Api.UpdateOutcomeBody>;
export type SendOutcomeInput = Wire<typeof Api.SendOutcomeBody>;
export type ReplyInput = Wire<typeof Api.ReplyBody>;
export type InstructionInput = Wire<typeof Api.InstructionBody>;
export type CaseFile = Wire<typeof Api.CaseFileResponse>;

/** What the create form needs of the consultation (GET /api/consultations/:id). */
export type SourceConsultation = Pick<
  Wire<typeof Consultations.ConsultationDetail>,
  'id' | 'code' | 'title' | 'status' | 'topic' | 'consensus'
>;
