// The duty API's JSON as the console sends and receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/duty';

export type Ranking = Wire<typeof Api.DutyRanking>;
export type RankingRow = Wire<typeof Api.DutyRankingRow>;
/** The ranking's filters as the page holds them (the year is always set: this year unless chosen). */
export type RankingFilters = Omit<Wire<typeof Api.DutyRankingQuery>, 'year'> & { year: number };
export type Ledger = Wire<typeof Api.DutyLedger>;
export type LedgerEntry = Wire<typeof Api.DutyLedgerEntry>;
export type KindScore = Wire<typeof Api.DutyKindScore>;
export type RuleSetView = Wire<typeof Api.DutyRuleSetView>;
export type Rules = Wire<typeof Api.DutyRules>;
export type SaveRulesInput = Wire<typeof Api.SaveDutyRulesBody>;
export type CloseYearInput = Wire<typeof Api.CloseDutyYearBody>;
export type Entry = Wire<typeof Api.DutyEntry>;
export type EntryList = Wire<typeof Api.DutyEntryList>;
export type EntryFilters = ListFilters<typeof Api.DutyEntriesQuery>;
export type AskEntryInput = Wire<typeof Api.AskDutyEntryBody>;
export type ReviewEntryInput = Wire<typeof Api.ReviewDutyEntryBody>;
export type Home = Wire<typeof Api.DutyHome>;
export type HomeItem = Wire<typeof Api.DutyHomeItem>;
