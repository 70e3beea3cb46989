// The public accountability board's wire contract (公开栏, /p/<place code>): what a place and the
// places beneath it collected, sorted, consulted and carried out, for anyone with a phone. No
// account, nothing personal: counts, outcome titles and statuses, consensus texts — never a
// resident's name or phone, an internal note, a draft, or a cancelled consultation.
import { z } from 'zod';
import { OUTCOME_TYPES, PLACE_KINDS } from '../enums';
import { IsoDate, paged } from './common';

export { PlaceCodeParams } from './submissions-public';

/** Outcomes on the board: those sent (报送) and after — never a draft. */
export const BOARD_OUTCOME_STATUSES = ['sent', 'answered', 'carrying_out', 'carried_out'] as const;
export type BoardOutcomeStatus = (typeof BOARD_OUTCOME_STATUSES)[number];

/** The board's outcome filter: 全部 / 落实中 / 已落实. */
export const BOARD_OUTCOME_FILTERS = ['all', 'carrying_out', 'carried_out'] as const;
export type BoardOutcomeFilter = (typeof BOARD_OUTCOME_FILTERS)[number];

/** Outcomes per page of the board's list. */
export const BOARD_PAGE_SIZE = 20;
/** Consensus items in "recent consensus". */
export const BOARD_CONSENSUS_COUNT = 10;

export const BoardOutcomesQuery = z.object({
  status: z.enum(BOARD_OUTCOME_FILTERS).default('all'),
  page: z.coerce.number<number>().int().min(1).max(10_000).default(1),
});

/**
 * Headline figures over the place's subtree (the place and every place beneath it, archived ones
 * included: what happened there still happened), for one period. "This year" is the calendar year
 * in Asia/Shanghai; each figure names the instant that puts a record in the year.
 */
export const BoardCounts = z.object({
  /** 征集: submissions whose responsible place lies in the subtree (as the staff console's statistics count them); in the year: created in it. */
  collected: z.number().int(),
  /** 分办: of `collected`, those no longer waiting to be sorted (status other than 'received'). */
  sorted: z.number().int(),
  /** 协商 (topics): distinct topics of the consultations counted in `consultations`. */
  topicsConsulted: z.number().int(),
  /** 协商 (consultations): consultations held in the subtree with status 'concluded'; in the year: concluded in it. */
  consultations: z.number().int(),
  /** 落实: outcomes of the subtree with status 'carried_out' (every task accepted); in the year: carried out in it. */
  carriedOut: z.number().int(),
  /**
   * 群众满意度: the mean of the residents' ratings (1–5, two decimals) over the submissions counted
   * as in `collected` that were rated, and how many were; in the year: rated in it. null when none.
   */
  satisfaction: z.object({ mean: z.number().nullable(), rated: z.number().int() }),
});

/** An outcome as the public sees it: no body, no recipients, no replies or instructions, no task notes. */
export const BoardOutcome = z.object({
  code: z.string(),
  type: z.enum(OUTCOME_TYPES),
  title: z.string(),
  status: z.enum(BOARD_OUTCOME_STATUSES),
  sentAt: IsoDate.nullable(),
  carriedOutAt: IsoDate.nullable(),
  /** From its tasks: `accepted` (验收) of `total`; `carriedOver`: carried over to next year (续办). */
  tasks: z.object({ total: z.number().int(), accepted: z.number().int(), carriedOver: z.number().int() }),
});

/** A page of the outcomes of consultations held in the subtree, newest sent first. */
export const BoardOutcomePage = paged(BoardOutcome).extend({ status: z.enum(BOARD_OUTCOME_FILTERS) });

/** A consensus item (共识) of a concluded consultation, with the consultation it came from. */
export const BoardConsensus = z.object({
  number: z.number().int(),
  text: z.string(),
  consultation: z.object({ code: z.string(), title: z.string(), heldAt: IsoDate }),
});

export const BoardResponse = z.object({
  place: z.object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(PLACE_KINDS),
    brand: z.string().nullable(),
    path: z.array(z.string()), // names from the district down, the place last
  }),
  /** The calendar year (Asia/Shanghai) `thisYear` counts. */
  year: z.number().int(),
  thisYear: BoardCounts,
  allTime: BoardCounts,
  /** The first page of outcomes, all statuses. */
  outcomes: BoardOutcomePage,
  /** The latest consensus items of concluded consultations (the latest consultation first), at most 10. */
  consensus: z.array(BoardConsensus),
});
