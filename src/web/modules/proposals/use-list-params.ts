import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { asFilter, asStatus, asYear } from './links';
import type { HandlingFilters } from './types';

export type ListParam = 'q' | 'year' | 'unitId' | 'placeId' | 'filter' | 'status' | 'page' | 'pageSize';
export type ListChanges = Partial<Record<ListParam, string | number | undefined>>;

/** The list's filters live in the URL (the rates page links into it); the year is this year unless chosen. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const filters: HandlingFilters = {
    q: params.get('q') ?? undefined,
    year: asYear(params.get('year')) ?? dayjs().year(),
    unitId: params.get('unitId') ?? undefined,
    placeId: params.get('placeId') ?? undefined,
    filter: asFilter(params.get('filter')),
    status: asStatus(params.get('status')),
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };

  /** Changes some filters and goes back to the first page (unless the page is what changed). */
  const setFilter = (changes: ListChanges) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };

  return { filters, setFilter };
}
