import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';

/** A URL value if it is one of `values`, else undefined (a hand-edited URL must not break the list). */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;

/** A whole day in the URL (2026-11-25) as the instant it starts; `to` days count, so they end a day later. */
export const dayStart = (day: string | null, plusDays = 0) => {
  const d = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayjs(day) : undefined;
  return d?.isValid() ? d.add(plusDays, 'day').startOf('day').toISOString() : undefined;
};

/** The page and its size in the URL, 1 and 20 unless set. */
export const pagingOf = (params: URLSearchParams) => ({
  page: Number(params.get('page')) || 1,
  pageSize: Number(params.get('pageSize')) || 20,
});

export type ParamChanges<P extends string> = Partial<Record<P, string | number | undefined>>;

type Options<P extends string> = {
  /** Params whose change keeps the page (the page itself, a dialog's param); any other goes back to page 1. */
  keepsPage?: readonly P[];
  /** A param whose change replaces the history entry instead of adding one (a dialog opening or closing). */
  replaces?: P;
};

/**
 * A list's state in the URL, so it can be bookmarked, shared and gone back to: `setParams` sets some
 * params and drops the emptied ones.
 */
export function useUrlParams<P extends string>({ keepsPage = [], replaces }: Options<P> = {}) {
  const [params, setSearchParams] = useSearchParams();
  const setParams = (changes: ParamChanges<P>) => {
    const next = new URLSearchParams(params);
    const isFilter = Object.keys(changes).some((k) => k !== 'page' && !(keepsPage as readonly string[]).includes(k));
    for (const [k, v] of Object.entries(isFilter ? { page: undefined, ...changes } : changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setSearchParams(next, { replace: replaces !== undefined && replaces in changes });
  };
  return [params, setParams] as const;
}
