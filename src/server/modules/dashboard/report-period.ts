// The period of a periodic report (月报/季报/年报): the calendar month, quarter or year holding a
// local date, by default the last one that has ended.
import type { ReportPeriod } from '../../../shared/api/dashboard-report';
import { shanghaiDate } from '../../platform/calendar';

export type ReportSpan = { kind: ReportPeriod; year: number; index: number; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The span of `kind` holding `date` ('YYYY-MM-DD'); without a date, the last span that ended before today. */
export function reportSpanOf(kind: ReportPeriod, date: string | undefined, now: Date): ReportSpan {
  const [y, m] = (date ?? shanghaiDate(now)).split('-').map(Number) as [number, number];
  // months counted from year 0: the span before the current one when no date was asked
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const first = y * 12 + Math.floor((m - 1) / months) * months - (date ? 0 : months);
  const year = Math.floor(first / 12);
  const startMonth = (first % 12) + 1;
  const endMonth = startMonth + months - 1;
  return {
    kind,
    year,
    index: kind === 'year' ? 1 : Math.floor((startMonth - 1) / months) + 1,
    from: `${year}-${pad(startMonth)}-01`,
    to: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`,
  };
}
