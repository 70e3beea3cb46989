// deliberation_rollups (migration 0019): topics, consultations, attendances and sent outcomes by
// month at each district, township and village, kept by the database's triggers in the writing
// transaction, as submission_rollups are. Here: reading them, what they may stand for, the period
// cut into whole months (rolled) and days (counted live), and the check and rebuild.
import { and, gt, gte, lt, lte, not, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Role } from '../../../shared/enums';
import { type Actor, reachOf } from '../../platform/auth/actor';
import { addMonths, monthStart, shanghaiDate, shanghaiHour } from '../../platform/calendar';
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
import { type Period, wholeMonthsOf } from './period';
import { bump, type DashboardPlace } from './section';
import { rollupPlan } from './submissions-rolled';

/** An instant span counted live; `through` includes its end (the consultations list's `to`). */
export type Span = { start: Date; end: Date; through?: boolean };
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

/**
 * Rows kept in the rolled months that fall after the period: a count of them is taken off (records
 * dated after `after`, before `before`).
 */
export type Beyond = { after: Date; before: Date };

/** Days 'YYYY-MM-DD' to 'YYYY-MM-DD', both included, whose districts' daily rows are read. */
export type Days = { from: string; to: string };

/** A plan of districts alone — all of a reach of districts, the province — whose daily rows stand for the days. */
const ofDistricts = (plan: Plan) => [...plan.tops, ...plan.children].every((p) => p.depth === 0);

/**
 * The whole months of the period the rollups give, the spans to count live, and what to take off
 * them. Records dated by when they happened (`ahead` false) make this month whole up to today;
 * consultations, scheduled ahead, only when the period runs to the month's last day. Their days
 * around the whole months are read from the districts' daily rows (migration 0025) for a plan of
 * districts alone (`days`); elsewhere, when fewer days of the last month lie after `to` than up
 * to it, its kept month is read all the same and the consultations after `to` are counted and
 * taken off (`beyond`): late in a month, a few days' consultations instead of weeks'. `through`:
 * the list counts its `to` instant itself (the consultations list's `startsAt <= to`).
 */
export function splitOf(plan: Plan | null, period: Period, now: Date, o: { ahead?: boolean; through?: boolean } = {}) {
  const split = plan
    ? wholeMonthsOf(period, now, { ahead: o.ahead ?? false })
    : { months: null, edges: [{ start: period.start, end: period.end }] };
  const daily = plan !== null && o.ahead === true && ofDistricts(plan);
  const less = plan && o.ahead && !daily ? lessTheRest(period, split) : null;
  const edges = daily ? [] : less ? split.edges.filter((e) => e !== less.edge) : split.edges;
  const spans: Span[] = edges.map((e) => ({
    ...e,
    through: o.through && e.end.getTime() === period.end.getTime(),
  }));
  // the instant `to` ends: in a rolled month when the rest of it is taken off, else counted on its own
  if (o.through && !less && !spans.some((s) => s.through))
    spans.push({ start: period.end, end: period.end, through: true });
  return {
    months: (less ? less.months : split.months) as Months,
    days: daily
      ? split.edges.map((e): Days => ({ from: shanghaiDate(e.start), to: shanghaiDate(new Date(e.end.getTime() - 1)) }))
      : [],
    spans,
    beyond: less ? [less.beyond] : ([] as Beyond[]),
  };
}

/**
 * The period's last month read whole, less the records after the period (`beyond`), when its live
 * span starts on that month's first day and fewer of its days lie after `to` than up to it.
 */
function lessTheRest(period: Period, split: ReturnType<typeof wholeMonthsOf>) {
  const month = monthStart(period.to);
  const first = shanghaiHour(month, 0).getTime();
  const edge = split.edges.find((e) => e.end.getTime() === period.end.getTime() && e.start.getTime() === first);
  const next = addMonths(month, 1);
  const daysIn = (Date.parse(`${next}T00:00:00Z`) - Date.parse(`${month}T00:00:00Z`)) / 86_400_000;
  const day = Number(period.to.slice(8, 10));
  if (!edge || daysIn - day >= day) return null;
  return {
    edge,
    months: { from: split.months?.from ?? month, to: month },
    beyond: { after: period.end, before: shanghaiHour(next, 0) },
  };
}

/** SQL: `column` falls in one of the spans. */
export const inSpans = (column: PgColumn, spans: readonly Span[]): SQL =>
  spans.length
    ? (or(...spans.map((s) => and(gte(column, s.start), s.through ? lte(column, s.end) : lt(column, s.end)))) as SQL)
    : sql`false`;

/** SQL: `column` falls in one of the stretches beyond the period. */
export const inBeyond = (column: PgColumn, beyond: readonly Beyond[]): SQL =>
  beyond.length ? (or(...beyond.map((b) => and(gt(column, b.after), lt(column, b.before)))) as SQL) : sql`false`;

/** SQL: -1 for a row beyond the period (its count is taken off the kept month), else 1. */
export const signOf = (column: PgColumn, beyond: readonly Beyond[]): SQL<number> =>
  beyond.length ? sql<number>`case when ${inBeyond(column, beyond)} then -1 else 1 end` : sql<number>`1`;

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
