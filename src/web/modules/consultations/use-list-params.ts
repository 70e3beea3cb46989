import { useSearchParams } from 'react-router';
import { CONSULTATION_FORMS, CONSULTATION_STATUSES } from '../../../shared/enums';
import type { ConsultationFilters } from './api';
import { dayStart, oneOf } from './list-params';

const asStatus = oneOf(CONSULTATION_STATUSES);
const asForm = oneOf(CONSULTATION_FORMS);

export type ListTab = 'all' | 'mine';
export type ListParam = 'tab' | 'q' | 'status' | 'form' | 'placeId' | 'from' | 'to' | 'page' | 'pageSize' | 'new';
export type ListChanges = Partial<Record<ListParam, string | number | undefined>>;

/**
 * The list's tab and filters live in the URL, so a filtered list can be bookmarked and gone back
 * to; `?new=<topicId>` (the topic page's "安排协商") opens the schedule form for that topic.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const tab: ListTab = params.get('tab') === 'mine' ? 'mine' : 'all';
  const filters: ConsultationFilters = {
    q: params.get('q') ?? undefined,
    status: asStatus(params.get('status')),
    form: asForm(params.get('form')),
    placeId: params.get('placeId') ?? undefined,
    from: dayStart(params.get('from')),
    to: dayStart(params.get('to'), 1),
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const days = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const newForTopic = params.get('new') ?? undefined;

  /** Changes some parameters; a changed filter goes back to the first page. */
  const setParam = (changes: ListChanges) => {
    const next = new URLSearchParams(params);
    const isFilter = Object.keys(changes).some((k) => k !== 'page' && k !== 'new');
    for (const [k, v] of Object.entries(isFilter ? { page: undefined, ...changes } : changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: 'new' in changes });
  };

  return { tab, filters, days, newForTopic, setParam };
}
