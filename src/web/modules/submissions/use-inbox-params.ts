import { SUBMISSION_CHANNELS, SUBMISSION_STATUSES } from '../../../shared/enums';
import { dayStart, oneOf, type ParamChanges, pagingOf, useUrlParams } from '../../lib/url-params';
import type { SubmissionFilters, SubmissionSort } from './api';

const SORTS = ['newest', 'oldest', 'due'] as const satisfies readonly SubmissionSort[];

const asStatus = oneOf(SUBMISSION_STATUSES);
const asChannel = oneOf(SUBMISSION_CHANNELS);
const asSort = oneOf(SORTS);

export type InboxParam =
  | 'status'
  | 'q'
  | 'placeId'
  | 'categoryId'
  | 'channel'
  | 'from'
  | 'to'
  | 'overdue'
  | 'sort'
  | 'page'
  | 'pageSize';
export type InboxChanges = ParamChanges<InboxParam>;

/** The inbox's filters live in the URL, so a filtered inbox can be bookmarked, shared and gone back to. */
export function useInboxParams() {
  const [params, setFilter] = useUrlParams<InboxParam>();
  const filters: SubmissionFilters = {
    status: asStatus(params.get('status')),
    q: params.get('q') ?? undefined,
    placeId: params.get('placeId') ?? undefined,
    categoryId: params.get('categoryId') ?? undefined,
    channel: asChannel(params.get('channel')),
    from: dayStart(params.get('from')),
    to: dayStart(params.get('to'), 1),
    overdue: params.get('overdue') === 'true' ? true : undefined,
    sort: asSort(params.get('sort')) ?? 'newest',
    ...pagingOf(params),
  };
  const days = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };

  return { filters, days, setFilter, search: params.size ? `?${params}` : '' };
}
