import { useSearchParams } from 'react-router';
import { TOPIC_SOURCES, TOPIC_STATUSES, TOPIC_URGENCIES } from '../../../shared/enums';
import { dayStart } from '../consultations/list-params';
import type { TopicFilters } from './api';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;

export type TopicsView = 'list' | 'screening';
export type TopicsParam =
  | 'status'
  | 'q'
  | 'placeId'
  | 'source'
  | 'urgency'
  | 'page'
  | 'pageSize'
  | 'view'
  | 'from'
  | 'createdFrom'
  | 'createdTo';
export type TopicsChanges = Partial<Record<TopicsParam, string | number | undefined>>;

/** The topics page's view and filters live in the URL; `from` opens the new-topic form for a submission. */
export function useTopicsParams() {
  const [params, setParams] = useSearchParams();
  const filters: TopicFilters = {
    status: oneOf(TOPIC_STATUSES)(params.get('status')),
    q: params.get('q') ?? undefined,
    placeId: params.get('placeId') ?? undefined,
    source: oneOf(TOPIC_SOURCES)(params.get('source')),
    urgency: oneOf(TOPIC_URGENCIES)(params.get('urgency')),
    // raised within these days (the dashboard's figures link here with them); `to` counts whole
    createdFrom: dayStart(params.get('createdFrom')),
    createdTo: dayStart(params.get('createdTo'), 1),
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const view: TopicsView = params.get('view') === 'screening' ? 'screening' : 'list';

  /** Changes some parameters and goes back to the first page (unless the page is what changed). */
  const setParam = (changes: TopicsChanges) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: 'from' in changes });
  };

  return { filters, view, from: params.get('from') ?? undefined, setParam };
}
