// A place's materialised path ('/<district id>/<township id>/…/<own id>/') is how every module asks
// "this place and everything beneath it", "the places above it" and "the nearest one of a kind".
// Those questions are written here once, so no query spells out a path pattern by hand.
import { and, desc, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { PlaceKind } from '../../../shared/enums';
import { arrayParam } from './arrays';
import type { DbOrTx } from './index';
import { escapeLike } from './like';
import { places } from './schema';

type PathSql = PgColumn | SQL;

/** The ids along a path from the top: '/a/b/c/' → ['a', 'b', 'c'] (the place itself last). */
export const pathIds = (path: string) => path.split('/').filter(Boolean);

/** How deep a place lies: 1 for a top-level place (a district). */
export const depthOf = (path: string) => pathIds(path).length;

/** The path of the place `depth` levels from the top on the way to `path` (1 = its district). */
export const pathAtDepth = (path: string, depth: number) => `/${pathIds(path).slice(0, depth).join('/')}/`;

/** The parent's path, or null for a top-level place. */
export const parentPathOf = (path: string) => (depthOf(path) > 1 ? path.replace(/[^/]+\/$/, '') : null);

/** A place path lies within another when it is the same place or beneath it. */
export const isWithin = (path: string, ancestorPath: string) => path.startsWith(ancestorPath);

/** Past this many roots, inSubtree compares prefixes by hash instead of one LIKE per root. */
const MANY_ROOTS = 8;

/**
 * SQL: `column` (a place path) lies within one of the subtrees at `rootPaths`; false for none.
 * A province-wide grant reaches ~100 districts: an OR of 100 LIKEs costs 100 comparisons a row
 * (seconds over the province's places), so past MANY_ROOTS the roots are grouped by length and
 * each group asked as `left(path, n) = any($1::text[])`, which PostgreSQL answers with one hash probe.
 */
export function inSubtree(column: PathSql, rootPaths: string | readonly string[]): SQL {
  const roots = typeof rootPaths === 'string' ? [rootPaths] : rootPaths;
  if (roots.length === 0) return sql`false`;
  if (roots.length > MANY_ROOTS) {
    const byLength = new Map<number, string[]>();
    for (const r of roots) {
      const group = byLength.get(r.length);
      if (group) group.push(r);
      else byLength.set(r.length, [r]);
    }
    const parts = [...byLength].map(
      ([n, group]) => sql`left(${column}, ${sql.raw(String(n))}) = any(${arrayParam(group, 'text')})`,
    );
    return parts.length === 1 ? (parts[0] as SQL) : sql`(${sql.join(parts, sql` or `)})`;
  }
  const parts = roots.map((p) => sql`${column} like ${`${escapeLike(p)}%`}`);
  return parts.length === 1 ? (parts[0] as SQL) : sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * SQL: `column` lies within the subtree of the place whose id is `placeId` (none if no such place).
 * Written as a byte-wise range (`~>=~`, `~<~`: the operators of places_path_prefix_idx's
 * text_pattern_ops) so the planner finds the subtree's places through that index instead of reading
 * every place: a path holds only hex digits, dashes and slashes, all below '~', so the paths from
 * P up to P || '~' are exactly those starting with P.
 */
export const inSubtreeOfPlace = (column: PathSql, placeId: string): SQL =>
  sql`(${column} ~>=~ (select p.path from ${places} p where p.id = ${placeId}) and ${column} ~<~ (select p.path || '~' from ${places} p where p.id = ${placeId}))`;

/**
 * SQL: the place whose path is `ancestorColumn` is `path`'s place or above it — e.g. the
 * categories, procedures or departments kept at a place or anywhere above it.
 */
export const isAncestorOrSelf = (ancestorColumn: PathSql, path: string | PathSql): SQL =>
  sql`starts_with(${path}, ${ancestorColumn})`;

/** The nearest place of one of `kinds` at or above `path` (the place itself first), or undefined. */
export async function nearestOfKind(db: DbOrTx, path: string, kinds: readonly PlaceKind[]) {
  const [row] = await db
    .select({ id: places.id, name: places.name, path: places.path, kind: places.kind })
    .from(places)
    .where(and(inArray(places.id, pathIds(path)), inArray(places.kind, [...kinds])))
    .orderBy(desc(places.depth))
    .limit(1);
  return row;
}
