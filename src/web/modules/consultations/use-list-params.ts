import { CONSULTATION_FORMS, CONSULTATION_STATUSES } from '../../../shared/enums';
import { dayStart, oneOf, type ParamChanges, pagingOf, useUrlParams } from '../../lib/url-params';
import type { ConsultationFilters } from './api';

const asStatus = oneOf(CONSULTATION_STATUSES);
const asForm = oneOf(CONSULTATION_FORMS);

export type ListTab = 'all' | 'mine';
export type ListParam = 'tab' | 'q' | 'status' | 'form' | 'placeId' | 'from' | 'to' | 'page' | 'pageSize' | 'new';
export type ListChanges = ParamChanges<ListParam>;

/**
 * The list's tab and filters live in the URL, so a filtered list can be bookmarked and gone back
 * to; `?new=<topicId>` (the topic page's "安排协商") opens the schedule form for that topic.
 */
export function useListParams() {
  const [params, setParam] = useUrlParams<ListParam>({ keepsPage: ['new'], replaces: 'new' });
  const tab: ListTab = params.get('tab') === 'mine' ? 'mine' : 'all';
  const filters: ConsultationFilters = {
    q: params.get('q') ?? undefined,
    status: asStatus(params.get('status')),
    form: asForm(params.get('form')),
    placeId: params.get('placeId') ?? undefined,
    from: dayStart(params.get('from')),
    to: dayStart(params.get('to'), 1),
    ...pagingOf(params),
  };
  const days = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const newForTopic = params.get('new') ?? undefined;

  return { tab, filters, days, newForTopic, setParam };
}
