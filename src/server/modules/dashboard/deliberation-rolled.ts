// deliberation_rollups (migration 0019): topics, consultations, attendances and sent outcomes by
// month at each district, township and village, kept by the database's triggers in the writing
// transaction, as submission_rollups are. Here: reading them, what they may stand for, the rows
// seen beyond the tops, and the check and rebuild (the period's cut: deliberation-split.ts).
import { not, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { type Actor, reachOf } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { inSubtree, isWithin } from '../../platform/db/place-path';
import { DAILY, type RollupQuery, readRollups, readRollupsOrYears } from '../../platform/db/rollups-read';
import {
  consultations,
  deliberationRollups,
  outcomeRecipients,
  outcomes,
  participants,
  places,
} from '../../platform/db/schema';
import { type Days, inSpans, type Span } from './deliberation-split';
import { bump, type DashboardPlace } from './section';
import { rollupPlan } from './submissions-rolled';

type Months = { from: string; to: string } | null;
type Plan = NonNullable<Awaited<ReturnType<typeof rollupPlan>>>;

/**
 * May the rollups stand for what the lists of `roles` show under the tops? Each top must lie in the
 * actor's reach; for all of a reach, the reach must lie under the tops too (what the actor sees
 * outside it only by invitation or by being sent it is counted live: `beyondTops`).
 */
export const coversReach = (actor: Actor, roles: readonly Role[]) => (tops: readonly string[], whole: boolean) => {
  const reach = reachOf(actor, roles);
  if (!tops.every((t) => reach.some((r) => isWithin(t, r)))) return false;
  return !whole || reach.every((r) => tops.some((t) => isWithin(r, t)));
};

/** The places whose rollups make the figures, or null when the lists must be counted live. */
export const deliberationPlan = (
  db: DbOrTx,
  actor: Actor,
  place: DashboardPlace,
  roles: readonly (readonly Role[])[],
) => rollupPlan(db, actor, place, (tops, whole) => roles.every((r) => coversReach(actor, r)(tops, whole)));

/** SQL over places: the row's place lies under one of the plan's tops (where its rollups count it). */
export const underTops = (plan: Plan) =>
  inSubtree(
    places.path,
    plan.tops.map((t) => t.path),
  );

/** SQL over places: the row's place lies under none of the plan's tops (seen by invitation or as a recipient). */
const beyondTops = (plan: Plan) => not(underTops(plan));

/**
 * SQL: `live` (the spans counted live), or — for all of a reach read from rollups — a consultation
 * in `span` outside the tops that the actor sees because they are invited to it. The same first
 * without the place (`rough`: a superset of `live` on the consultation's own columns, which its
 * indexes answer: two index scans ORed), so the rows are found before their places are read.
 */
export function consultationsLiveOr(
  plan: Plan | null,
  place: DashboardPlace,
  actor: Actor,
  { live, rough }: { live: SQL; rough: SQL },
  span: Span,
) {
  if (!plan || place.id !== null) return live;
  // `= any(array(…))`: the primary key answers it, so the planner ORs two index scans instead of reading every row
  const invited = sql`${consultations.id} = any(array(select ${participants.consultationId} from ${participants} where ${participants.accountId} = ${actor.id}))`;
  const when = inSpans(consultations.startsAt, [span]);
  return sql`(${rough} or (${invited} and ${when})) and (${live} or (${beyondTops(plan)} and ${invited} and ${when}))`;
}

/** SQL: the same for outcomes: sent outside the tops to the actor (a recipient sees them beside their reach). */
export function outcomesLiveOr(plan: Plan | null, place: DashboardPlace, actor: Actor, live: SQL, span: Span) {
  if (!plan || place.id !== null) return live;
  const received = sql`${outcomes.id} = any(array(select ${outcomeRecipients.outcomeId} from ${outcomeRecipients} where ${outcomeRecipients.accountId} = ${actor.id}))`;
  const when = inSpans(outcomes.sentAt, [span]);
  return sql`(${live} or (${received} and ${when})) and (${live} or (${beyondTops(plan)} and ${received} and ${when}))`;
}

/** Which keys a reading wants: these, and those that start with one of `prefixes` (`ts:` → every source). */
export type KeySpec = { keys: readonly string[]; prefixes?: readonly string[] };

/**
 * The kept counts of the tops (summed) and of each child (by path) over whole months and the
 * districts' `days`, keys as `wanted` picks — a reach of districts from their yearly rows
 * (readRollupsOrYears; `ahead`: the records are dated ahead of now, as consultations are).
 */
export async function readRolled(
  db: DbOrTx,
  plan: Plan | null,
  months: Months,
  wanted: KeySpec,
  o: { now: Date; ahead?: boolean; days?: readonly Days[] },
) {
  const total = new Map<string, number>();
  const children = new Map<string, Map<string, number>>();
  if (!plan) return { total, children };
  const nodes = [...plan.tops, ...plan.children];
  const placeIds = [...new Set(nodes.map((p) => p.id))];
  const [rows, ...days] = await Promise.all([
    months
      ? readDeliberationRollups(
          db,
          { placeIds, fromMonth: months.from, toMonth: months.to, keys: wanted.keys, prefixes: wanted.prefixes },
          { districts: nodes.every((p) => p.depth === 0), now: o.now, ahead: o.ahead },
        )
      : [],
    ...(o.days ?? []).map((d) => readDays(db, placeIds, d, wanted)),
  ]);
  const topIds = new Set(plan.tops.map((t) => t.id));
  const pathOf = new Map(plan.children.map((c) => [c.id, c.path]));
  for (const r of [...rows, ...days.flat()]) {
    if (topIds.has(r.placeId)) bump(total, r.key, r.n);
    const child = pathOf.get(r.placeId);
    if (child) children.set(child, bump(children.get(child) ?? new Map(), r.key, r.n));
  }
  return { total, children };
}

/** The daily rows of districts over `days`, keys as `wanted` picks, read back without their prefix (by day when `byDay`). */
async function readDays(db: DbOrTx, placeIds: readonly string[], days: Days, wanted: KeySpec, byDay = false) {
  const rows = await readRollups(db, deliberationRollups, {
    placeIds,
    fromMonth: days.from,
    toMonth: days.to,
    keys: wanted.keys.map((k) => DAILY + k),
    prefixes: wanted.prefixes?.map((p) => DAILY + p) ?? [],
    byMonth: byDay,
    acrossPlaces: byDay,
  });
  return rows.map((r) => ({ ...r, key: r.key.slice(DAILY.length) }));
}

/** The keys `keys` of the tops month by month ('YYYY-MM' → n per key) over whole months and the districts' `days`. */
export async function readRolledByMonth(
  db: DbOrTx,
  plan: Plan | null,
  months: Months,
  keys: readonly string[],
  days: readonly Days[] = [],
) {
  const out = new Map<string, Map<string, number>>(keys.map((k) => [k, new Map()]));
  if (!plan) return out;
  const placeIds = plan.tops.map((t) => t.id);
  const [rows, ...byDay] = await Promise.all([
    months
      ? readDeliberationRollups(db, {
          placeIds,
          fromMonth: months.from,
          toMonth: months.to,
          byMonth: true,
          keys,
          acrossPlaces: true,
        })
      : [],
    ...days.map((d) => readDays(db, placeIds, d, { keys }, true)),
  ]);
  for (const r of [...rows, ...byDay.flat()]) {
    const series = out.get(r.key);
    if (series) bump(series, r.month.slice(0, 7), r.n);
  }
  return out;
}

/** The deliberation rollups of `q.placeIds` over `q`'s months (readRollups; districts' whole years from their yearly rows). */
export const readDeliberationRollups = (
  db: DbOrTx,
  q: RollupQuery,
  o?: { districts: boolean; now: Date; ahead?: boolean },
) => readRollupsOrYears(db, deliberationRollups, q, o);

/** How many (place, month, key) sums the kept rollups get wrong against counting the records now, and the first few. */
export async function checkDeliberationRollups(db: DbOrTx) {
  const res = (await db.execute(sql`
    with fresh as (select * from deliberation_rollups_counted())
    select coalesce(f.place_id, k.place_id) as place_id, to_char(coalesce(f.month, k.month), 'YYYY-MM') as month,
           coalesce(f.key, k.key) as key, coalesce(k.n, 0)::text as kept, coalesce(f.n, 0)::text as counted
      from fresh f full join deliberation_rollups k using (place_id, month, key)
     where coalesce(f.n, 0) <> coalesce(k.n, 0)`)) as unknown as {
    rows: { place_id: string; month: string; key: string; kept: string; counted: string }[];
  };
  return { wrong: res.rows.length, first: res.rows.slice(0, 10) };
}

/** Rebuilds every deliberation rollup from the records (writers wait meanwhile); how many rows it wrote. */
export async function recomputeDeliberationRollups(db: DbOrTx) {
  const res = (await db.execute(sql`select deliberation_rollups_recompute()::text as written`)) as unknown as {
    rows: { written: string }[];
  };
  return Number(res.rows[0]?.written ?? 0);
}
