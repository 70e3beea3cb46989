import { TASK_STATUSES } from '../../../shared/enums';
import { FLAGS, VIEWS } from './constants';
import type { TaskBoardView, TaskFilters } from './types';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;
const asView = oneOf(VIEWS);
const asFlag = oneOf(FLAGS);
const asStatus = oneOf(TASK_STATUSES);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const asId = (v: string | null) => (v && UUID.test(v) ? v : undefined);
const asPage = (v: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

export type TaskParam = 'view' | 'q' | 'flag' | 'status' | 'placeId' | 'ownerId' | 'page' | 'pageSize';
export type TaskChanges = Partial<Record<TaskParam, string | number | undefined>>;

/** The view a list opens on: the tasks still being carried out (全部在办). */
export const DEFAULT_VIEW: TaskBoardView = 'open';

/**
 * The board's and 我的任务's filters as the URL holds them; what is not there, or is not a value
 * the server takes, is left to its default. `mine` is the page's, not the URL's.
 */
export function parseTaskParams(params: URLSearchParams, mine: boolean): TaskFilters {
  const q = params.get('q')?.trim().slice(0, 60);
  return {
    view: asView(params.get('view')) ?? DEFAULT_VIEW,
    q: q || undefined,
    flag: asFlag(params.get('flag')),
    status: asStatus(params.get('status')),
    placeId: asId(params.get('placeId')),
    ownerId: asId(params.get('ownerId')),
    mine: mine ? 'true' : undefined,
    page: asPage(params.get('page'), 1),
    pageSize: asPage(params.get('pageSize'), 20, 100),
  };
}

/** The URL after some filters change: back to the first page unless the page is what changed. */
export function changeTaskParams(params: URLSearchParams, changes: TaskChanges): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  if (next.get('view') === DEFAULT_VIEW) next.delete('view');
  if (next.get('page') === '1') next.delete('page');
  return next;
}
