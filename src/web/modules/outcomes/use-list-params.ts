import { useSearchParams } from 'react-router';
import { OUTCOME_STATUSES, OUTCOME_TYPES } from '../../../shared/enums';
import { dayStart } from '../consultations/list-params';
import type { OutcomeBox, OutcomeFilters } from './api';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;
const asBox = oneOf<OutcomeBox>(['all', 'received']);
const asType = oneOf(OUTCOME_TYPES);
const asStatus = oneOf(OUTCOME_STATUSES);

export type ListParam =
  | 'box'
  | 'q'
  | 'type'
  | 'status'
  | 'placeId'
  | 'sentFrom'
  | 'sentTo'
  | 'reached'
  | 'adopted'
  | 'evaluated'
  | 'page'
  | 'pageSize'
  | 'new';
export type ListChanges = Partial<Record<ListParam, string | number | undefined>>;

/** The list's filters live in the URL; `new=<consultation id>` opens the create form for it. */
export function useListParams(defaultBox: OutcomeBox) {
  const [params, setParams] = useSearchParams();
  const filters: OutcomeFilters = {
    box: asBox(params.get('box')) ?? defaultBox,
    q: params.get('q') ?? undefined,
    type: asType(params.get('type')),
    status: asStatus(params.get('status')),
    // the dashboard's figures link here with these: a place, the days sent, a status reached…
    placeId: params.get('placeId') ?? undefined,
    sentFrom: dayStart(params.get('sentFrom')),
    sentTo: dayStart(params.get('sentTo'), 1),
    reached: asStatus(params.get('reached')),
    adopted: params.get('adopted') === 'true' ? 'true' : undefined,
    evaluated: params.get('evaluated') === 'true' ? 'true' : undefined,
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
    setParams(next, { replace: 'new' in changes });
  };

  return { filters, newFrom: params.get('new') ?? undefined, setFilter };
}
