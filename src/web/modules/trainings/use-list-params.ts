import { useSearchParams } from 'react-router';
import { TRAINING_KINDS, type TrainingKind } from '../../../shared/enums';
import type { TrainingFilters } from './types';

const asKind = (v: string | null) =>
  (TRAINING_KINDS as readonly (string | null)[]).includes(v) ? (v as TrainingKind) : undefined;
const asYear = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);

export type ListTab = 'sessions' | 'hours';
export type ListParam = 'tab' | 'q' | 'kind' | 'placeId' | 'year' | 'page' | 'pageSize';
export type ListChanges = Partial<Record<ListParam, string | number | undefined>>;

/** The page's tab and filters live in the URL; the hours tab reads the year (this year by default) and the place. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const tab: ListTab = params.get('tab') === 'hours' ? 'hours' : 'sessions';
  const filters: TrainingFilters = {
    q: params.get('q') ?? undefined,
    kind: asKind(params.get('kind')),
    placeId: params.get('placeId') ?? undefined,
    year: asYear(params.get('year')),
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };

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

  return { tab, filters, setParam };
}
