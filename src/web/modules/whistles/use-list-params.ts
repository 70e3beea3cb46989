import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { WHISTLE_STATUSES, type WhistleStatus } from '../../../shared/enums';
import type { WhistleFilters } from './types';

/** A status in the URL, if it is one (a hand-edited URL must not break the list). */
const asStatus = (v: string | null) =>
  (WHISTLE_STATUSES as readonly (string | null)[]).includes(v) ? (v as WhistleStatus) : undefined;

/** A whole day in the URL (2026-11-25) as the instant it starts; `to` days count, so they end a day later. */
export const dayStart = (day: string | null, plusDays = 0) => {
  const d = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayjs(day) : undefined;
  return d?.isValid() ? d.add(plusDays, 'day').startOf('day').toISOString() : undefined;
};

export type ListParam = 'view' | 'q' | 'status' | 'placeId' | 'from' | 'to' | 'page' | 'pageSize';
export type ListChanges = Partial<Record<ListParam, string | number | undefined>>;

/** The list's view (all, or those waiting for my answer) and filters live in the URL. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const toAnswer = params.get('view') === 'to-answer';
  const filters: WhistleFilters = {
    q: params.get('q') ?? undefined,
    status: toAnswer ? undefined : asStatus(params.get('status')),
    placeId: params.get('placeId') ?? undefined,
    from: dayStart(params.get('from')),
    to: dayStart(params.get('to'), 1),
    toAnswer: toAnswer ? 'true' : undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const days = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };

  /** Changes some parameters; a changed filter goes back to the first page. */
  const setParam = (changes: ListChanges) => {
    const next = new URLSearchParams(params);
    const isFilter = Object.keys(changes).some((k) => k !== 'page' && k !== 'pageSize');
    for (const [k, v] of Object.entries(isFilter ? { page: undefined, ...changes } : changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };

  return { toAnswer, filters, days, setParam };
}
