// The proposal handling API's JSON as the console sends and receives it, read from the wire contract.

import type { ProposalSource } from '../../../shared/access/proposals';
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/proposals';

/** The proposal a card or form is about: an outcome, or a member's forwarded writing. */
export type ProposalOf = { source: ProposalSource; id: string };
/** Its handlings' address on the server: /api/proposals/outcomes/:id or /api/proposals/writings/:id. */
export const proposalApi = (p: ProposalOf) => `/api/proposals/${p.source}s/${p.id}`;

export type HandlingSummary = Wire<typeof Api.HandlingSummary>;
export type HandlingList = Wire<typeof Api.HandlingList>;
/** The list's filters as the page holds them (the year is always set: this year unless chosen). */
export type HandlingFilters = ListFilters<typeof Api.ListHandlingsQuery, 'year'>;
export type HandlingDetail = Wire<typeof Api.HandlingDetail>;
export type HandlingStep = Wire<typeof Api.HandlingStep>;
export type ProposalHandlings = Wire<typeof Api.ProposalHandlings>;
export type Candidate = Wire<typeof Api.Candidate>;
export type Candidates = Wire<typeof Api.Candidates>;
export type AssignInput = Wire<typeof Api.AssignBody>;
export type AssignWritingInput = Wire<typeof Api.AssignWritingBody>;
export type ReplyInput = Wire<typeof Api.ReplyBody>;
export type MeetInput = Wire<typeof Api.MeetBody>;
export type RateInput = Wire<typeof Api.RateBody>;
export type RehandleInput = Wire<typeof Api.RehandleBody>;
export type Rates = Wire<typeof Api.RatesResponse>;
export type RatesRow = Wire<typeof Api.RatesRow>;
export type Rate = Wire<typeof Api.Rate>;
