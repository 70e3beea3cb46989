import type { z } from 'zod';
import type {
  AskDutyEntryBody,
  CloseDutyYearBody,
  DutyEntriesQuery,
  DutyRankingQuery,
  DutyRules,
  ReviewDutyEntryBody,
  SaveDutyRulesBody,
} from '../../../shared/api/duty';

export {
  AskDutyEntryBody,
  CloseDutyYearBody,
  DutyEntriesQuery,
  DutyEntry,
  DutyEntryList,
  DutyEntryParams,
  DutyHome,
  DutyLedger,
  DutyMemberParams,
  DutyRanking,
  DutyRankingQuery,
  DutyRuleSetView,
  DutyRules,
  DutyRulesQuery,
  DutyYearQuery,
  ReviewDutyEntryBody,
  SaveDutyRulesBody,
} from '../../../shared/api/duty';

export type DutyRulesInput = z.output<typeof DutyRules>;
export type SaveDutyRulesInput = z.output<typeof SaveDutyRulesBody>;
export type CloseDutyYearInput = z.output<typeof CloseDutyYearBody>;
export type AskDutyEntryInput = z.output<typeof AskDutyEntryBody>;
export type ReviewDutyEntryInput = z.output<typeof ReviewDutyEntryBody>;
export type DutyEntriesInput = z.output<typeof DutyEntriesQuery>;
export type DutyRankingInput = z.output<typeof DutyRankingQuery>;
