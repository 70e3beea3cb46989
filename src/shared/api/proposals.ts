// The proposal handling (提案办理) API's wire contract: assigning a proposal to handling units, the
// unit's reply and meeting with the proposer, the proposer's satisfaction, one re-handling, and the
// rates per unit and year with the lists behind them. A proposal is an outcome of type 提案
// (/api/proposals/outcomes/:outcomeId…) or a member's own 提案 the CPPCC office forwarded
// (/api/proposals/writings/:writingId…). The server validates and presents with these; the console
// and the tests read their types from them.
import { z } from 'zod';
import { HANDLING_FILTERS, HANDLING_STATUSES, PROPOSAL_SOURCES, YEAR_RANGE } from '../access/proposals';
import { PROPOSAL_REPLY_CATEGORIES, SATISFACTIONS } from '../enums';
import { CodeRef, IdParams, IsoDate, PageQuery, Person, paged, Ref } from './common';

const BodyYear = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
const QueryYear = z.coerce.number<number>().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
const Note = z.string().trim().max(2000);

export const HandlingParams = IdParams;
export const ProposalParams = z.object({ outcomeId: z.uuid() });
export const WritingProposalParams = z.object({ writingId: z.uuid() });

/** One handling unit (承办单位): a department account; due in three months and counted this year unless said. */
export const AssignUnit = z.object({ unitId: z.uuid(), dueAt: IsoDate.optional(), year: BodyYear.optional() });

/** 交办: the units and the proposer (提案人) — a member's account, or a name (either is required). */
export const AssignBody = z.object({
  units: z.array(AssignUnit).min(1).max(20),
  proposerId: z.uuid().optional(),
  proposer: z.string().trim().min(2).max(60).optional(),
});

/** 交办 of a member's own proposal: the units (its proposer is its author). */
export const AssignWritingBody = z.object({ units: z.array(AssignUnit).min(1).max(20) });

/** 答复: 解决采纳 / 列入计划 / 留作参考, and the reply itself. */
export const ReplyBody = z.object({
  category: z.enum(PROPOSAL_REPLY_CATEGORIES),
  reply: z.string().trim().min(1).max(4000),
});

/** 见面: when, who met the proposer, a note. */
export const MeetBody = z.object({
  metAt: IsoDate,
  metWith: z.string().trim().min(1).max(100),
  note: Note.optional(),
});

/** 满意度: a note is required when unsatisfied. */
export const RateBody = z.object({ satisfaction: z.enum(SATISFACTIONS), note: Note.optional() });

/** 重新办理 (once, after 不满意): a new due date, three months on unless said. */
export const RehandleBody = z.object({ dueAt: IsoDate.optional() });

export const ListHandlingsQuery = PageQuery.extend({
  /** the proposal's code or title, or the unit's name */
  q: z.string().trim().min(1).max(60).optional(),
  year: QueryYear.optional(),
  unitId: z.uuid().optional(),
  placeId: z.uuid().optional(),
  outcomeId: z.uuid().optional(),
  writingId: z.uuid().optional(),
  status: z.enum(HANDLING_STATUSES).optional(),
  filter: z.enum(HANDLING_FILTERS).default('all'),
});

/** GET /api/proposals/handlings/export.xlsx: the list's query without paging. */
export const ExportHandlingsQuery = ListHandlingsQuery.omit({ page: true, pageSize: true });

/** The proposal a handling is of: an outcome, or a member's writing (`source`), by its code and title. */
export const ProposalRef = CodeRef.extend({ source: z.enum(PROPOSAL_SOURCES) });

export const HandlingSummary = z.object({
  id: z.string(),
  proposal: ProposalRef,
  place: Ref,
  unit: Person,
  proposer: z.string(),
  proposerAccount: Person.nullable(),
  year: z.number().int(),
  dueAt: IsoDate,
  status: z.enum(HANDLING_STATUSES),
  replyCategory: z.enum(PROPOSAL_REPLY_CATEGORIES).nullable(),
  repliedAt: IsoDate.nullable(),
  metAt: IsoDate.nullable(),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  rehandleCount: z.number().int(),
  /** not replied by its due date */
  isOverdue: z.boolean(),
  createdAt: IsoDate,
});

export const HandlingList = paged(HandlingSummary).extend({
  /** per status under the filters (leaving out `status`) */
  counts: z.object({ assigned: z.number(), replied: z.number(), met: z.number(), rated: z.number() }),
});

const StepBase = {
  at: IsoDate,
  actor: z.string().nullable(),
  /** 1 for the first handling, 2 for the re-handling */
  round: z.number().int(),
};

/** A step in the handling's record, read from its audit events (a re-handling keeps the first round). */
export const HandlingStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assigned'), ...StepBase, dueAt: IsoDate, year: z.number().int() }),
  z.object({
    kind: z.literal('replied'),
    ...StepBase,
    category: z.enum(PROPOSAL_REPLY_CATEGORIES),
    reply: z.string(),
  }),
  z.object({ kind: z.literal('met'), ...StepBase, metAt: IsoDate, metWith: z.string(), note: z.string().nullable() }),
  z.object({
    kind: z.literal('rated'),
    ...StepBase,
    satisfaction: z.enum(SATISFACTIONS),
    note: z.string().nullable(),
    /** recorded by the liaison for a proposer without an account */
    onBehalf: z.boolean(),
  }),
  z.object({ kind: z.literal('rehandled'), ...StepBase, dueAt: IsoDate }),
]);

export const HandlingDetail = HandlingSummary.extend({
  proposal: ProposalRef.extend({
    body: z.string(),
    /** whether the viewer may open the outcome's or writing's own page (a unit reads the proposal here) */
    canOpen: z.boolean(),
  }),
  reply: z.string().nullable(),
  metWith: z.string().nullable(),
  meetingNote: z.string().nullable(),
  satisfactionNote: z.string().nullable(),
  satisfactionAt: IsoDate.nullable(),
  createdBy: Person.nullable(),
  updatedAt: IsoDate,
  steps: z.array(HandlingStep),
  /** what the viewer may do now (the server still checks) */
  abilities: z.object({ reply: z.boolean(), meet: z.boolean(), rate: z.boolean(), rehandle: z.boolean() }),
});

/**
 * A proposal's handlings, on the outcome's or the writing's page, with whether the viewer may
 * assign more units.
 */
export const ProposalHandlings = z.object({
  /** whether the card shows: an outcome of type 提案, or a member's 提案 the office forwarded */
  isProposal: z.boolean(),
  canAssign: z.boolean(),
  /** the proposer named on its handlings so far, to fill the assign form */
  proposer: z.object({ name: z.string(), account: Person.nullable() }).nullable(),
  items: z.array(HandlingSummary),
});

export const CandidatesQuery = z.object({ q: z.string().trim().max(60).optional() });
export const Candidate = Person.extend({ username: z.string(), place: Ref });
/** Departments serving the proposal's place (承办单位), or members who may have proposed it. */
export const Candidates = z.object({ items: z.array(Candidate) });

export const RatesQuery = z.object({ year: QueryYear.optional(), placeId: z.uuid().optional() });

/** A rate with the counts behind it; `value` is null when nothing is counted yet. */
export const Rate = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  value: z.number().nullable(),
});
export const RatesRow = z.object({ assigned: z.number().int(), reply: Rate, meeting: Rate, satisfaction: Rate });

/** 答复率、见面率、满意度 per handling unit for a year, and over all of them. */
export const RatesResponse = z.object({
  year: z.number().int(),
  units: z.array(RatesRow.extend({ unit: Person })),
  total: RatesRow,
});
