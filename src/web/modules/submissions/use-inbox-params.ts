import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { SUBMISSION_CHANNELS, SUBMISSION_SORTS, SUBMISSION_STATUSES } from '../../../shared/enums';
import type { SubmissionFilters } from './api';
import { sortInForce, sortParam } from './inbox-sort';
import { useInboxStart } from './use-inbox-start';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;
const asStatus = oneOf(SUBMISSION_STATUSES);
const asChannel = oneOf(SUBMISSION_CHANNELS);
const asSort = oneOf(SUBMISSION_SORTS);

/** A whole day in the URL (2026-11-25) as the instant it starts; `to` days count, so it ends a day later. */
const dayStart = (day: string | null, plusDays = 0) => {
  const d = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayjs(day) : undefined;
  return d?.isValid() ? d.add(plusDays, 'day').startOf('day').toISOString() : undefined;
};

export type InboxParam =
  | 'status'
  | 'q'
  | 'placeId'
  | 'categoryId'
  | 'categoryName'
  | 'channel'
  | 'from'
  | 'to'
  | 'overdue'
  | 'addressedToMe'
  | 'sorted'
  | 'rated'
  | 'replyDue'
  | 'sort'
  | 'page'
  | 'pageSize';
export type InboxChanges = Partial<Record<InboxParam, string | number | undefined>>;

/** The inbox's filters as a URL query has them (the inbox's own, or the one a detail page was opened from). */
export function inboxFilters(params: URLSearchParams): SubmissionFilters {
  const q = params.get('q') ?? undefined;
  return {
    status: asStatus(params.get('status')),
    q,
    placeId: params.get('placeId') ?? undefined,
    categoryId: params.get('categoryId') ?? undefined,
    // a province's figure by category: every district's category of that name
    categoryName: params.get('categoryName') ?? undefined,
    channel: asChannel(params.get('channel')),
    from: dayStart(params.get('from')),
    to: dayStart(params.get('to'), 1),
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    addressedToMe: params.get('addressedToMe') === 'true' ? 'true' : undefined,
    // the dashboard's figures link here with these (已分办, 已评价)
    sorted: params.get('sorted') === 'true' ? 'true' : undefined,
    rated: params.get('rated') === 'true' ? 'true' : undefined,
    // the workbench links here with it (办结待答复)
    replyDue: params.get('replyDue') === 'true' ? 'true' : undefined,
    // left out when it is the server's default (relevance when searching, else newest)
    sort: sortParam(sortInForce(asSort(params.get('sort')), q), q),
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
}

/**
 * The inbox's filters live in the URL, so a filtered inbox can be bookmarked, shared and gone back
 * to; an inbox opened bare takes the person's last filters, or what needs their work (use-inbox-start.ts).
 */
export function useInboxParams() {
  const [params, setParams] = useSearchParams();
  useInboxStart(params, setParams);
  const filters = inboxFilters(params);
  const days = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };

  /** Changes some filters and goes back to the first page (unless the page is what changed). */
  const setFilter = (changes: InboxChanges) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };

  return { filters, days, setFilter, search: params.size ? `?${params}` : '' };
}
