// How a figure reads (no i18n import: tested in node). Rates are percentages 0–100, averages keep
// one decimal, counts and 人次 are whole numbers with the language's grouping.
import type { FigureUnit } from '../../../shared/api/dashboard';

const number = (locale: string, digits: number) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The number as shown, without its unit word: 1,234 · 87.5% · 4.2; null (nothing to compute) as —. */
export function formatFigure(value: number | null | undefined, unit: FigureUnit, locale: string) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'percent':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}%`;
    case 'average':
      return number(locale, 1).format(value);
    case 'points':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
    default:
      return number(locale, 0).format(Math.round(value));
  }
}

/** The unit word a figure carries after its number (人次), as a console text key; none for the others. */
export const unitSuffixKey = (unit: FigureUnit) => (unit === 'personTimes' ? 'dashboard.units.personTimes' : null);

/** Sorting a column of figures: unknown (null) values last whichever way it is sorted. */
export function compareFigures(a: number | null | undefined, b: number | null | undefined) {
  const x = a ?? Number.NEGATIVE_INFINITY;
  const y = b ?? Number.NEGATIVE_INFINITY;
  return x === y ? 0 : x < y ? -1 : 1;
}
