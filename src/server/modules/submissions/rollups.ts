// Reading submission_rollups (migration 0016): monthly counts at each district, township and
// village, kept by the database's triggers in the writing transaction. Who may read them is the
// caller's question (canCountByRollup): they hold every submission under a place, so they stand
// for the inbox's count only where the reader sees the place's whole subtree by place.
import { and, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import { SUBMISSION_ROLES } from '../../../shared/access/submissions';
import { type Actor, reachOf } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { anyOf } from '../../platform/db/arrays';
import { isWithin, pathIds } from '../../platform/db/place-path';
import { type RollupQuery, readRollupsOrYears } from '../../platform/db/rollups-read';
import { submissionRollups, submissions } from '../../platform/db/schema';
import { isOverdueSql } from './queries';

/** The deepest places the rollups keep (0 district, 1 township, 2 village or community). */
export const ROLLUP_DEPTH = 2;
/** …and the deepest that keep channel and category too. */
export const ROLLUP_BREAKDOWN_DEPTH = 1;

/**
 * May the inbox count of `paths` (each a place's whole subtree) be read from the rollups for this
 * actor? Only when each lies in the actor's reach by place, and — for several places at once (all
 * of a reach) — when no submission is also visible to them another way (addressed to the member,
 * sent to the department), since the rollups know nothing of those.
 */
export function canCountByRollup(actor: Actor, paths: readonly string[], whole: boolean) {
  const reach = reachOf(actor, SUBMISSION_ROLES.read);
  if (!paths.every((p) => reach.some((r) => isWithin(p, r)))) return false;
  // as visibleSubmissions: a department sees what is sent to it, a member what is addressed to them
  return !whole || !actor.grants.some((g) => g.role === 'department' || g.role === 'member');
}

export type { RollupRow } from '../../platform/db/rollups-read';

/**
 * The submission rollups of `q.placeIds` over `q`'s months (readRollups). Of districts alone
 * (`o.districts`) over whole years and not by month, from their yearly rows: a twelfth of the rows.
 */
export const readSubmissionRollups = (db: DbOrTx, q: RollupQuery, o?: { districts: boolean; now: Date }) =>
  readRollupsOrYears(db, submissionRollups, q, o);

const SUBTREE_COLUMNS = [submissions.districtId, submissions.townshipId, submissions.villageId] as const;

/**
 * SQL: the rows under the places of one depth — by that depth's column, and by the columns of the
 * places above them too (the same rows: each submission's district, township and village are its
 * place's), so the open rows' index, led by the district, is a range for a township or village
 * instead of a bitmap of every open row of the province by status.
 */
function under(places: readonly { id: string; depth: number; path: string }[], depth: number) {
  const group = places.filter((p) => p.depth === depth);
  if (group.length === 0) return [];
  const conditions = SUBTREE_COLUMNS.slice(0, depth + 1).map((column, d) =>
    anyOf(column, [...new Set(group.map((p) => pathIds(p.path)[d] ?? p.id))], 'uuid'),
  );
  return [and(...conditions) as SQL];
}

/**
 * 超期 now among the submissions received in [from, to) under places of depth ≤ ROLLUP_DEPTH, by
 * the place at `childDepth` beneath them (null for rows above that depth): read from the open rows
 * alone (a partial index), as the inbox's overdue filter counts them.
 */
export async function countOverdueUnder(
  db: DbOrTx,
  q: {
    places: readonly { id: string; depth: number; path: string }[];
    childDepth: number | null;
    from: Date;
    to: Date;
  },
  now: Date,
) {
  const child = q.childDepth !== null ? SUBTREE_COLUMNS[q.childDepth] : undefined;
  const rows = await db
    .select({ child: child ? sql<string | null>`${child}` : sql<string | null>`null`, n: sql<number>`count(*)::int` })
    .from(submissions)
    .where(
      and(
        isOverdueSql(now),
        gte(submissions.createdAt, q.from),
        lt(submissions.createdAt, q.to),
        or(...[0, 1, 2].flatMap((depth) => under(q.places, depth))),
      ),
    )
    .groupBy(sql`1`);
  return rows;
}

/**
 * How many (place, month, key) sums the maintained rollups get wrong against counting the rows now
 * (0 when they agree), and the first few of them.
 */
export async function checkSubmissionRollups(db: DbOrTx) {
  const res = (await db.execute(sql`
    with fresh as (
      select c.place_id, c.month, c.key, sum(c.n) as n from submissions r, submission_rollup_keys(r) c group by 1, 2, 3)
    select coalesce(f.place_id, k.place_id) as place_id, to_char(coalesce(f.month, k.month), 'YYYY-MM') as month,
           coalesce(f.key, k.key) as key, coalesce(k.n, 0)::text as kept, coalesce(f.n, 0)::text as counted
      from fresh f full join submission_rollups k using (place_id, month, key)
     where coalesce(f.n, 0) <> coalesce(k.n, 0)`)) as unknown as {
    rows: { place_id: string; month: string; key: string; kept: string; counted: string }[];
  };
  return { wrong: res.rows.length, first: res.rows.slice(0, 10) };
}

/** Rebuilds every rollup from the rows (writers wait meanwhile); how many rows it wrote. */
export async function recomputeSubmissionRollups(db: DbOrTx) {
  const res = (await db.execute(sql`select submission_rollups_recompute()::text as written`)) as unknown as {
    rows: { written: string }[];
  };
  return Number(res.rows[0]?.written ?? 0);
}
