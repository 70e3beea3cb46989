// What each section of the dashboard computes: its figures for the place, the parts of those that
// break down, and the same figures for each child place — all from one grouped query per section
// (a rollup can later stand in for any of them, behind the same signature).
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FigureKey } from '../../../shared/api/dashboard';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import type { Period } from './period';

/**
 * A place, or all of the viewer's reach (`id` null, `path` '/', `tops` the top places of that reach):
 * its figures count what the lists show by default, and its children are those top places.
 */
export type DashboardPlace = { id: string | null; path: string; tops?: readonly string[] };
export type Values = Partial<Record<FigureKey, number | null>>;
export type Part = { key: string; label: string | null; value: number; link: Record<string, string> | null };
export type Breakdown = { figure: FigureKey; by: string; parts: Part[] };
export type SectionResult = { total: Values; breakdowns: Breakdown[]; children: Map<string, Values> };
export type Section = (db: DbOrTx, actor: Actor, place: DashboardPlace, period: Period) => Promise<SectionResult>;

const UUID_LENGTH = 36;

/**
 * SQL: the path of the child of `place` that a row's place path lies under (null for the place
 * itself) — the key of the single GROUP BY that gives every child's figures.
 */
export function childOf(column: PgColumn | SQL, place: DashboardPlace) {
  const tops = place.tops ?? [];
  if (place.id === null && new Set(tops.map((t) => t.length)).size > 1)
    return sql<string | null>`case ${sql.join(
      tops.map((t) => sql`when starts_with(${column}, ${t}) then ${t}`),
      sql` `,
    )} end`;
  const length = place.id === null && tops[0] ? tops[0].length : place.path.length + UUID_LENGTH + 1;
  return sql<
    string | null
  >`case when length(${column}) > ${place.path.length} then substr(${column}, 1, ${length}) end`;
}

/** The same as childOf for a path at hand. */
export function childPathOf(path: string, place: DashboardPlace) {
  if (place.id === null) return place.tops?.find((t) => path.startsWith(t)) ?? null;
  return path.length > place.path.length ? path.slice(0, place.path.length + UUID_LENGTH + 1) : null;
}

/** SQL: how many rows hold all of `conditions` (the list's own filters for a figure). */
export const countWhere = (conditions: SQL[]) =>
  sql<number>`count(*) filter (where ${sql.join(
    conditions.map((c) => sql`(${c})`),
    sql` and `,
  )})::int`;

/** Adds `values` to the running figures of a child (or makes them). */
export function addTo(children: Map<string, Values>, child: string | null, values: Values) {
  if (!child) return;
  const row = children.get(child) ?? {};
  for (const [k, v] of Object.entries(values) as [FigureKey, number | null][])
    row[k] = v === null ? (row[k] ?? null) : ((row[k] ?? 0) as number) + v;
  children.set(child, row);
}

/** Sums one field over rows. */
export const sumOf = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((a, r) => a + f(r), 0);

/** An average to two places, or null for none. */
export const averageOf = (sum: number, n: number) => (n ? Math.round((sum / n) * 100) / 100 : null);

/** A percentage (0–100) to one place, or null when nothing is counted. */
export const percentOf = (numerator: number, denominator: number) =>
  denominator ? Math.round((numerator / denominator) * 1000) / 10 : null;

/** Parts in the order of `keys`, zeros included, from a key → value map. */
export const partsOf = (
  keys: readonly string[],
  values: Map<string, number>,
  link: (key: string) => Record<string, string> | null,
): Part[] => keys.map((key) => ({ key, label: null, value: values.get(key) ?? 0, link: link(key) }));

/** Adds `n` at `key` in a map of counts. */
export const bump = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
