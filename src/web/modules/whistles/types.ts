// The whistles API's JSON as the console receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/whistles';

export type WhistleSummary = Wire<typeof Api.WhistleSummary>;
export type WhistleList = Wire<typeof Api.WhistleList>;
export type WhistleStats = Wire<typeof Api.WhistleStats>;
export type WhistleDetail = Wire<typeof Api.WhistleDetail>;
export type WhistleResponse = Wire<typeof Api.WhistleResponse>;
export type WhistleCandidates = Wire<typeof Api.WhistleCandidates>;

export type RaiseWhistleInput = Wire<typeof Api.RaiseWhistleBody>;
export type AnswerWhistleInput = Wire<typeof Api.AnswerWhistleBody>;
export type RecordDoneInput = Wire<typeof Api.RecordDoneBody>;
export type CloseWhistleInput = Wire<typeof Api.CloseWhistleBody>;

/** The list's filters as the page holds them. */
export type WhistleFilters = ListFilters<typeof Api.ListWhistlesQuery>;
