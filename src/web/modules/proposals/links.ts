// The URLs that tie the rates to their lists, and reading the list's filters back (no i18n: tested in node).
import {
  HANDLING_FILTERS,
  HANDLING_STATUSES,
  type HandlingFilter,
  type HandlingStatus,
  type ProposalRate,
  RATE_FILTERS,
  YEAR_RANGE,
} from '../../../shared/access/proposals';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;

export const asFilter = oneOf<HandlingFilter>(HANDLING_FILTERS);
export const asStatus = oneOf<HandlingStatus>(HANDLING_STATUSES);

/** A year the server accepts, or undefined. */
export function asYear(v: string | null): number | undefined {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= YEAR_RANGE.min && n <= YEAR_RANGE.max ? n : undefined;
}

type Scope = { year: number; unitId?: string | undefined; placeId?: string | undefined };

/** The handlings list behind a filter: the year, the unit (none for the total row), the place. */
export function listLink(scope: Scope, filter: HandlingFilter) {
  const params = new URLSearchParams({ year: String(scope.year) });
  if (scope.unitId) params.set('unitId', scope.unitId);
  if (scope.placeId) params.set('placeId', scope.placeId);
  if (filter !== 'all') params.set('filter', filter);
  return `/proposals?${params}`;
}

/** The lists behind a rate's numerator and denominator. */
export const rateLinks = (scope: Scope, rate: ProposalRate) => ({
  numerator: listLink(scope, RATE_FILTERS[rate].numerator),
  denominator: listLink(scope, RATE_FILTERS[rate].denominator),
});

/** The rates page for a year and place (the list's own year and place carried over). */
export function ratesLink(scope: Omit<Scope, 'unitId'>) {
  const params = new URLSearchParams({ year: String(scope.year) });
  if (scope.placeId) params.set('placeId', scope.placeId);
  return `/proposals/rates?${params}`;
}
