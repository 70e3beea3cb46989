// The period of a dashboard: local dates in the deployment's time zone, `to` included whole.
import { addMonths, monthStart, shanghaiDate, shanghaiHour } from '../../platform/calendar';
import { invalid } from '../../platform/errors';

export type Period = {
  from: string; // 'YYYY-MM-DD'
  to: string;
  /** the instant `from` starts and the instant after `to` ends, as the lists' day filters read them */
  start: Date;
  end: Date;
  /** the year the yearly figures (proposals, members' duty) are taken for: the year of `to` */
  year: number;
};

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The asked period, by default 1 January of this year to today; 400 on `to` when it ends before it starts. */
export function periodOf(q: { from?: string | undefined; to?: string | undefined }, now: Date): Period {
  const today = shanghaiDate(now);
  const to = q.to ?? today;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalid([{ path: 'to', key: 'invalid_value' }]);
  return { from, to, start: shanghaiHour(from, 0), end: shanghaiHour(nextDay(to), 0), year: Number(to.slice(0, 4)) };
}

/** The months of the trend: every month of the period, and at least the six up to its end ('2026-01'…). */
export function trendMonths(period: Period): string[] {
  const [ty, tm] = period.to.split('-').map(Number) as [number, number];
  const [fy, fm] = period.from.split('-').map(Number) as [number, number];
  const span = Math.max((ty - fy) * 12 + (tm - fm) + 1, 6);
  return Array.from({ length: span }, (_, i) => {
    const m = ty * 12 + (tm - 1) - (span - 1 - i);
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

const lastDayOf = (month: string) =>
  new Date(Date.parse(`${addMonths(month, 1)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The period cut into whole months ('YYYY-MM-01' … , null when there is none) and the partial
 * days before and after them, as instants [start, end). The month of `to` is whole when `to` is its
 * last day or not before today (nothing is received after now) — unless records are dated `ahead`
 * (consultations are scheduled before they start): then only on its last day.
 */
export function wholeMonthsOf(period: Period, now: Date, o: { ahead: boolean } = { ahead: false }) {
  const today = shanghaiDate(now);
  const first = period.from.endsWith('-01') ? monthStart(period.from) : addMonths(monthStart(period.from), 1);
  const tailWhole = period.to === lastDayOf(monthStart(period.to)) || (!o.ahead && period.to >= today);
  const last = tailWhole ? monthStart(period.to) : addMonths(monthStart(period.to), -1);
  if (first > last) return { months: null, edges: [{ start: period.start, end: period.end }] };
  const edges: { start: Date; end: Date }[] = [];
  if (first !== monthStart(period.from)) edges.push({ start: period.start, end: shanghaiHour(first, 0) });
  if (!tailWhole) edges.push({ start: shanghaiHour(addMonths(last, 1), 0), end: period.end });
  return { months: { from: first, to: last }, edges };
}
