import { TOPIC_SOURCES, TOPIC_STATUSES, TOPIC_URGENCIES } from '../../../shared/enums';
import { oneOf, type ParamChanges, pagingOf, useUrlParams } from '../../lib/url-params';
import type { TopicFilters } from './api';

export type TopicsView = 'list' | 'screening';
export type TopicsParam = 'status' | 'q' | 'placeId' | 'source' | 'urgency' | 'page' | 'pageSize' | 'view' | 'from';
export type TopicsChanges = ParamChanges<TopicsParam>;

/** The topics page's view and filters live in the URL; `from` opens the new-topic form for a submission. */
export function useTopicsParams() {
  const [params, setParam] = useUrlParams<TopicsParam>({ replaces: 'from' });
  const filters: TopicFilters = {
    status: oneOf(TOPIC_STATUSES)(params.get('status')),
    q: params.get('q') ?? undefined,
    placeId: params.get('placeId') ?? undefined,
    source: oneOf(TOPIC_SOURCES)(params.get('source')),
    urgency: oneOf(TOPIC_URGENCIES)(params.get('urgency')),
    ...pagingOf(params),
  };
  const view: TopicsView = params.get('view') === 'screening' ? 'screening' : 'list';
  return { filters, view, from: params.get('from') ?? undefined, setParam };
}
