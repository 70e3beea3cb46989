import type { z } from 'zod';
import type {
  AssignBody,
  AssignWritingBody,
  ListHandlingsQuery,
  MeetBody,
  RateBody,
  RehandleBody,
  ReplyBody,
} from '../../../shared/api/proposals';

export {
  AssignBody,
  AssignWritingBody,
  Candidates,
  CandidatesQuery,
  ExportHandlingsQuery,
  HandlingDetail,
  HandlingList,
  HandlingParams,
  HandlingStep,
  ListHandlingsQuery,
  MeetBody,
  ProposalHandlings,
  ProposalParams,
  RateBody,
  RatesQuery,
  RatesResponse,
  RehandleBody,
  ReplyBody,
  WritingProposalParams,
} from '../../../shared/api/proposals';

export type AssignInput = z.output<typeof AssignBody>;
export type AssignWritingInput = z.output<typeof AssignWritingBody>;
export type ReplyInput = z.output<typeof ReplyBody>;
export type MeetInput = z.output<typeof MeetBody>;
export type RateInput = z.output<typeof RateBody>;
export type RehandleInput = z.output<typeof RehandleBody>;
export type ListHandlingsInput = z.output<typeof ListHandlingsQuery>;
