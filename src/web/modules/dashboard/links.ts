// The dashboard's own address (?placeId=…&from=…&to=…) and the links its numbers carry (no i18n:
// tested in node).

import { isDay } from './period';
import type { DashboardQuery } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A figure's link as the console follows it: a path inside the console (`/submissions?…`), else null
 * so the number shows as plain text — never another site (`//evil`, `https:`) or a script.
 */
export function consoleLink(link: string | null | undefined): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  return link;
}

/** The place and period the address asks for; a malformed or half-given period is left to the default. */
export function readDashboardParams(params: URLSearchParams): DashboardQuery {
  const placeId = params.get('placeId');
  const from = params.get('from');
  const to = params.get('to');
  const query: DashboardQuery = {};
  if (placeId && UUID.test(placeId)) query.placeId = placeId;
  if (isDay(from) && isDay(to) && from <= to) {
    query.from = from;
    query.to = to;
  }
  return query;
}

/** The address's query for a place and period (the default ones left out). */
export function dashboardParams(q: DashboardQuery) {
  const params = new URLSearchParams();
  if (q.placeId) params.set('placeId', q.placeId);
  if (q.from && q.to) {
    params.set('from', q.from);
    params.set('to', q.to);
  }
  return params;
}

/** The dashboard (or its big screen) of a place and period: what the address bar and the drill-down carry. */
export function dashboardLink(path: '/dashboard' | '/dashboard/screen', q: DashboardQuery) {
  const search = dashboardParams(q).toString();
  return search ? `${path}?${search}` : path;
}
