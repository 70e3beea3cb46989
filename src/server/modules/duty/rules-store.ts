// The scoring rules' versions (duty_rule_sets) and the closed years (duty_year_closings) as the
// ledger reads them: which rules apply where, and whose year is frozen in a snapshot.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { DUTY_KINDS, type DutyGrade, type DutyKind } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { depthOf, isAncestorOrSelf, isWithin } from '../../platform/db/place-path';
import { accounts, dutyRuleSets, dutyYearClosings, places } from '../../platform/db/schema';
import type { DutyRulesInput } from './schemas';
import { DEFAULT_DUTY_RULES } from './scoring';

/**
 * Stored rules as they apply now: a kind added since they were saved counts by its default, so an
 * old version still reads whole.
 */
export function readRules(stored: unknown): DutyRulesInput {
  const s = (stored ?? {}) as Partial<DutyRulesInput>;
  return {
    kinds: { ...DEFAULT_DUTY_RULES.kinds, ...(s.kinds ?? {}) },
    grades: { ...DEFAULT_DUTY_RULES.grades, ...(s.grades ?? {}) },
  };
}

const ruleSetColumns = {
  id: dutyRuleSets.id,
  year: dutyRuleSets.year,
  version: dutyRuleSets.version,
  rules: dutyRuleSets.rules,
  place: { id: places.id, name: places.name, kind: places.kind },
  placePath: places.path,
};
type RuleSetRaw = {
  id: string;
  year: number;
  version: number;
  rules: unknown;
  place: { id: string; name: string; kind: (typeof places.kind.enumValues)[number] };
  placePath: string;
};
const presentSet = (r: RuleSetRaw) => ({ ...r, rules: readRules(r.rules) });
export type RuleSet = ReturnType<typeof presentSet>;

/** The latest version of every region's rules for a year (few rows: one per CPPCC office). */
export async function latestRuleSets(db: DbOrTx, year: number): Promise<RuleSet[]> {
  const rows = await db
    .selectDistinctOn([dutyRuleSets.placeId], ruleSetColumns)
    .from(dutyRuleSets)
    .innerJoin(places, eq(places.id, dutyRuleSets.placeId))
    .where(eq(dutyRuleSets.year, year))
    .orderBy(dutyRuleSets.placeId, desc(dutyRuleSets.version));
  return rows.map(presentSet);
}

/** The rules that apply at `path`: the latest version kept nearest at or above it, or undefined (defaults). */
export const rulesAt = (sets: readonly RuleSet[], path: string) =>
  sets.filter((s) => isWithin(path, s.placePath)).sort((a, b) => depthOf(b.placePath) - depthOf(a.placePath))[0];

/** Rule versions by id (a closed year counts by the version it was closed with). */
export async function ruleSetsById(db: DbOrTx, ids: readonly string[]): Promise<Map<string, RuleSet>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(ruleSetColumns)
    .from(dutyRuleSets)
    .innerJoin(places, eq(places.id, dutyRuleSets.placeId))
    .where(inArray(dutyRuleSets.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, presentSet(r)]));
}

/** A place's own versions for a year, newest first. */
export const versionsOf = (db: DbOrTx, placeId: string, year: number) =>
  db
    .select({
      id: dutyRuleSets.id,
      version: dutyRuleSets.version,
      createdAt: dutyRuleSets.createdAt,
      createdBy: { id: accounts.id, displayName: accounts.displayName },
    })
    .from(dutyRuleSets)
    .leftJoin(accounts, eq(accounts.id, dutyRuleSets.createdById))
    .where(and(eq(dutyRuleSets.placeId, placeId), eq(dutyRuleSets.year, year)))
    .orderBy(desc(dutyRuleSets.version));

/** The next version number of a place's rules for a year. */
export async function nextVersion(db: DbOrTx, placeId: string, year: number) {
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${dutyRuleSets.version}), 0)::int` })
    .from(dutyRuleSets)
    .where(and(eq(dutyRuleSets.placeId, placeId), eq(dutyRuleSets.year, year)));
  return (row?.max ?? 0) + 1;
}

const closer = alias(accounts, 'closer');
const closingColumns = {
  id: dutyYearClosings.id,
  ruleSetId: dutyYearClosings.ruleSetId,
  place: { id: places.id, name: places.name, kind: places.kind },
  closedAt: dutyYearClosings.closedAt,
  closedBy: { id: closer.id, displayName: closer.displayName },
};

/** The year's current closing at `path` or a place above it (which freezes all beneath), the widest first. */
export async function closingOver(db: DbOrTx, path: string, year: number) {
  const [row] = await db
    .select(closingColumns)
    .from(dutyYearClosings)
    .innerJoin(places, eq(places.id, dutyYearClosings.placeId))
    .leftJoin(closer, eq(closer.id, dutyYearClosings.closedById))
    .where(
      and(eq(dutyYearClosings.year, year), eq(dutyYearClosings.isCurrent, true), isAncestorOrSelf(places.path, path)),
    )
    .orderBy(asc(places.depth))
    .limit(1);
  return row;
}
export type Closing = NonNullable<Awaited<ReturnType<typeof closingOver>>>;

/** One member's result as a closing keeps it (points in tenths). */
export type SnapshotResult = {
  memberId: string;
  ruleSetId: string;
  total: number;
  grade: DutyGrade;
  kinds: Record<DutyKind, { count: number; raw: number; points: number }>;
};

/**
 * The frozen results of `memberIds` for a year: each member's line from the first current closing
 * that counted them, with that closing (a past year's score never changes).
 */
export async function snapshotsOf(db: DbOrTx, year: number, memberIds: readonly string[]) {
  const found = new Map<string, { closing: Closing; result: SnapshotResult }>();
  if (memberIds.length === 0) return found;
  const closings = await db
    .select({ ...closingColumns, results: dutyYearClosings.results })
    .from(dutyYearClosings)
    .innerJoin(places, eq(places.id, dutyYearClosings.placeId))
    .leftJoin(closer, eq(closer.id, dutyYearClosings.closedById))
    .where(and(eq(dutyYearClosings.year, year), eq(dutyYearClosings.isCurrent, true)))
    .orderBy(asc(dutyYearClosings.closedAt), asc(dutyYearClosings.id));
  const wanted = new Set(memberIds);
  for (const { results, ...closing } of closings)
    for (const result of results as SnapshotResult[])
      if (wanted.has(result.memberId) && !found.has(result.memberId)) found.set(result.memberId, { closing, result });
  return found;
}

/** A snapshot's kinds as scoring presents them, in the ledger's order (a kind it lacks counts nothing). */
export const snapshotKinds = (result: SnapshotResult, rules: DutyRulesInput) =>
  DUTY_KINDS.map((kind) => {
    const k = result.kinds[kind] ?? { count: 0, raw: 0, points: 0 };
    const cap = rules.kinds[kind].cap;
    return { kind, ...k, cap: cap === null ? null : Math.round(cap * 10) };
  });
