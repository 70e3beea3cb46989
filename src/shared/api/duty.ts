// The duty ledger's wire contract (履职量化考核): a member's ledger for a year read from the records
// (every line opening its record), the scoring rules a CPPCC office sets per year (versioned; a
// closed year's results frozen), manual entries with evidence and their review, a region's or a
// group's ranking, and the member's own home. Points travel as numbers with one decimal.
//
// GET  /api/duty/ranking                    DutyRankingQuery → DutyRanking
// GET  /api/duty/ledger.xlsx                DutyRankingQuery → the region's year ledger (Excel)
// GET  /api/duty/members/:id                DutyYearQuery → DutyLedger
// GET  /api/duty/members/:id/dossier.docx   DutyYearQuery → the member's 履职档案 (Word)
// GET  /api/duty/rules                      DutyRulesQuery → DutyRuleSetView
// PUT  /api/duty/rules                      SaveDutyRulesBody → DutyRuleSetView (a new version; 409 when closed)
// POST /api/duty/closings                   CloseDutyYearBody → 201 DutyRuleSetView (年度考核定档; 409 when closed)
// GET  /api/duty/entries                    DutyEntriesQuery → DutyEntryList
// POST /api/duty/entries                    AskDutyEntryBody → 201 DutyEntry (the member's own)
// GET  /api/duty/entries/:id                → DutyEntry
// POST /api/duty/entries/:id/review         ReviewDutyEntryBody → DutyEntry (409 when reviewed or closed)
// GET  /api/duty/home                       → DutyHome (the member's own)
import { z } from 'zod';
import { DUTY_RECORD_TYPES } from '../access/duty';
import {
  CONSULTATION_STATUSES,
  CONTACT_KINDS,
  DUTY_ENTRY_STATUSES,
  DUTY_GRADES,
  DUTY_KINDS,
  MEMBER_LEVELS,
} from '../enums';
import { IdParams, IsoDate, PageQuery, Person, PlaceRef, paged, Ref } from './common';

export const DUTY_YEARS = { min: 2000, max: 2100 } as const;
export const DUTY_LIMITS = { description: 500, evidence: 1000, note: 500, entryPoints: 100, rulePoints: 1000 } as const;

const QueryYear = z.coerce.number<number>().int().min(DUTY_YEARS.min).max(DUTY_YEARS.max);
const BodyYear = z.number().int().min(DUTY_YEARS.min).max(DUTY_YEARS.max);

/** A number with at most one decimal (points are kept in tenths). */
export const isTenths = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6;
const Points = (max: number) => z.number().min(0).max(max).refine(isTenths, { message: 'invalid' });

/**
 * One kind's rule: `points` per record — per hour for training; what one absence deducts for the
 * deductions; the most one approved entry may bring for manual entries — and `cap`, the most the
 * kind adds (or deducts) in a year, null for no cap.
 */
export const DutyKindRule = z.object({
  points: Points(DUTY_LIMITS.rulePoints),
  cap: Points(DUTY_LIMITS.rulePoints).nullable(),
});

/** The least total for each grade; below `basically_competent` a member is 不称职. */
export const DutyGradeLines = z
  .object({
    excellent: Points(DUTY_LIMITS.rulePoints),
    competent: Points(DUTY_LIMITS.rulePoints),
    basically_competent: Points(DUTY_LIMITS.rulePoints),
  })
  .superRefine((g, ctx) => {
    // 优秀 > 称职 > 基本称职: a line not above the next names the field to fix
    if (g.competent >= g.excellent) ctx.addIssue({ code: 'custom', path: ['excellent'], message: 'invalid' });
    if (g.basically_competent >= g.competent) ctx.addIssue({ code: 'custom', path: ['competent'], message: 'invalid' });
  });

/** The scoring rules (考核细则) of a region for a year: a rule for every kind, and the grade lines. */
export const DutyRules = z.object({
  kinds: z.record(z.enum(DUTY_KINDS), DutyKindRule),
  grades: DutyGradeLines,
});

export const DutyYearQuery = z.object({ year: QueryYear.optional() });
export const DutyMemberParams = IdParams;

/** A ranking (or its Excel ledger): the region at `placeId` (else the viewer's), or one group's members. */
export const DutyRankingQuery = z.object({
  year: QueryYear.optional(),
  placeId: z.uuid().optional(),
  groupId: z.uuid().optional(),
});

export const DutyRulesQuery = z.object({ year: QueryYear.optional(), placeId: z.uuid().optional() });
export const SaveDutyRulesBody = z.object({ placeId: z.uuid(), year: BodyYear, rules: DutyRules });
export const CloseDutyYearBody = z.object({ placeId: z.uuid(), year: BodyYear });

/** A member's manual entry (其他履职): what they did, what proves it, when, and the points asked. */
export const AskDutyEntryBody = z.object({
  happenedAt: IsoDate,
  description: z.string().trim().min(2).max(DUTY_LIMITS.description),
  evidence: z.string().trim().min(2).max(DUTY_LIMITS.evidence),
  points: z.number().gt(0).max(DUTY_LIMITS.entryPoints).refine(isTenths, { message: 'invalid' }),
});

/** Approve or reject a manual entry; a rejection says why. */
export const ReviewDutyEntryBody = z
  .object({
    verdict: z.enum(['approved', 'rejected']),
    note: z.string().trim().max(DUTY_LIMITS.note).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.verdict === 'rejected' && !b.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'required' });
  });

export const DutyEntriesQuery = PageQuery.extend({
  status: z.enum(DUTY_ENTRY_STATUSES).optional(),
  year: QueryYear.optional(),
  placeId: z.uuid().optional(),
  memberId: z.uuid().optional(),
});
export const DutyEntryParams = IdParams;

/** A member as the ledger names them: their home place and, when they have a profile, its facts. */
export const DutyMember = Person.extend({
  place: PlaceRef,
  memberNo: z.string().nullable(),
  sector: z.string().nullable(),
  level: z.enum(MEMBER_LEVELS).nullable(),
  party: z.string().nullable(),
  employer: z.string().nullable(),
  position: z.string().nullable(),
  termStart: z.number().int().nullable(),
  termEnd: z.number().int().nullable(),
});

/** The record behind a ledger line, and where it opens in the console. */
export const DutyRecord = z.object({
  type: z.enum(DUTY_RECORD_TYPES),
  id: z.string(),
  label: z.string(),
  path: z.string(),
});

/** One line of the ledger: what earned (or cost) points, when, the record behind it, the points. */
export const DutyLedgerEntry = z.object({
  /** the line's own key (a consultation's opinions are lines of one record) */
  id: z.string(),
  kind: z.enum(DUTY_KINDS),
  at: IsoDate,
  record: DutyRecord,
  /** a training's credit hours */
  hours: z.number().nullable(),
  /** signed: a deduction is negative */
  points: z.number(),
});

/** A kind's lines summed: `raw` before the cap, `points` after it (signed). */
export const DutyKindScore = z.object({
  kind: z.enum(DUTY_KINDS),
  count: z.number().int(),
  raw: z.number(),
  points: z.number(),
  cap: z.number().nullable(),
  isCapped: z.boolean(),
});

/** Which rules a score was counted by: a version kept at a place, or the defaults (none saved). */
export const DutyRulesRef = z.object({
  id: z.string().nullable(),
  place: PlaceRef.nullable(),
  version: z.number().int().nullable(),
});

/** A closed year (年度考核定档): when and by whom; its results never change afterwards. */
export const DutyClosing = z.object({
  place: PlaceRef,
  closedAt: IsoDate,
  closedBy: Person.nullable(),
});

/** A manual entry as reviewers and its member see it. */
export const DutyEntry = z.object({
  id: z.string(),
  member: Person.extend({ place: PlaceRef }),
  year: z.number().int(),
  happenedAt: IsoDate,
  description: z.string(),
  evidence: z.string(),
  points: z.number(),
  status: z.enum(DUTY_ENTRY_STATUSES),
  reviewedBy: Person.nullable(),
  reviewedAt: IsoDate.nullable(),
  reviewNote: z.string().nullable(),
  createdAt: IsoDate,
  abilities: z.object({ review: z.boolean() }),
});
export const DutyEntryList = paged(DutyEntry);

/** A member's year (履职台账): every line by its record, the kinds summed and capped, the total and grade. */
export const DutyLedger = z.object({
  member: DutyMember,
  year: z.number().int(),
  rules: DutyRulesRef,
  /** the year is closed: total, grade and kinds are the snapshot taken then */
  closing: DutyClosing.nullable(),
  kinds: z.array(DutyKindScore),
  total: z.number(),
  grade: z.enum(DUTY_GRADES),
  entries: z.array(DutyLedgerEntry),
  manualEntries: z.array(DutyEntry),
  abilities: z.object({ ask: z.boolean(), review: z.boolean() }),
});

export const DutyRankingRow = z.object({
  rank: z.number().int(),
  member: Person.extend({ place: PlaceRef, sector: z.string().nullable() }),
  total: z.number(),
  grade: z.enum(DUTY_GRADES),
  byKind: z.record(z.enum(DUTY_KINDS), z.number()),
  /** counted from a closed year's snapshot */
  isFrozen: z.boolean(),
});

/** A region's or a group's members ranked for a year, with how many fall in each grade. */
export const DutyRanking = z.object({
  year: z.number().int(),
  place: PlaceRef,
  group: Ref.nullable(),
  /** the groups kept in the region, to rank within one */
  groups: z.array(Ref),
  rules: DutyRulesRef,
  grades: DutyGradeLines,
  closing: DutyClosing.nullable(),
  rows: z.array(DutyRankingRow),
  gradeCounts: z.record(z.enum(DUTY_GRADES), z.number().int()),
  abilities: z.object({ rules: z.boolean() }),
});

export const DutyRuleVersion = z.object({
  id: z.string(),
  version: z.number().int(),
  createdAt: IsoDate,
  createdBy: Person.nullable(),
});

/**
 * A region's rules for a year as they apply: its own latest version, else one kept above it
 * (`source: 'inherited'`), else the defaults; its own versions newest first; whether it is closed.
 */
export const DutyRuleSetView = z.object({
  place: PlaceRef,
  year: z.number().int(),
  source: z.enum(['own', 'inherited', 'default']),
  applied: DutyRulesRef,
  rules: DutyRules,
  versions: z.array(DutyRuleVersion),
  closing: DutyClosing.nullable(),
  abilities: z.object({ edit: z.boolean(), close: z.boolean() }),
});

const HomePlace = Ref;

/** Something on the member's calendar: a reception day on duty, a consultation invited to, a training. */
export const DutyHomeItem = z.object({
  kind: z.enum(['reception', 'consultation', 'training']),
  id: z.string(),
  title: z.string(),
  place: HomePlace,
  startsAt: IsoDate,
  endsAt: IsoDate.nullable(),
  venue: z.string().nullable(),
  isToday: z.boolean(),
  path: z.string(),
});

/** The member's home (我的履职): the week ahead, what waits for them, their score so far. */
export const DutyHome = z.object({
  member: Person.extend({ place: PlaceRef }),
  year: z.number().int(),
  /** today in the deployment's calendar (YYYY-MM-DD) */
  today: z.string(),
  score: z.object({ total: z.number(), grade: z.enum(DUTY_GRADES), isFrozen: z.boolean() }),
  /** today's and the next six days' reception duty, consultations and trainings, soonest first */
  week: z.array(DutyHomeItem),
  /** consultations they are invited to that have not yet taken place */
  invitations: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      place: HomePlace,
      startsAt: IsoDate,
      status: z.enum(CONSULTATION_STATUSES),
      path: z.string(),
    }),
  ),
  /** whistles open in their places that they have not answered yet */
  whistles: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      need: z.string(),
      location: z.string(),
      place: HomePlace,
      dueAt: IsoDate,
      path: z.string(),
    }),
  ),
  /** fixed contacts whose last visit is older than their interval (or never visited) */
  dueContacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(CONTACT_KINDS),
      place: HomePlace,
      lastContactAt: IsoDate.nullable(),
      dueSince: IsoDate,
      path: z.string(),
    }),
  ),
  /** their manual entries waiting for review */
  pendingEntries: z.number().int(),
});
