// The period cut for the deliberation figures: whole months the rollups give, the days around them
// counted live (or read from the districts' daily rows), and what a kept month has beyond the period.
import { and, gt, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { addMonths, monthStart, shanghaiDate, shanghaiHour } from '../../platform/calendar';
import { type Period, wholeMonthsOf } from './period';
import type { rollupPlan } from './submissions-rolled';

type Months = { from: string; to: string } | null;
type Plan = NonNullable<Awaited<ReturnType<typeof rollupPlan>>>;

/** An instant span counted live; `through` includes its end (the consultations list's `to`). */
export type Span = { start: Date; end: Date; through?: boolean };
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
