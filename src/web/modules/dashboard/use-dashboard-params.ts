import { useSearchParams } from 'react-router';
import { dashboardParams, readDashboardParams } from './links';
import type { DashboardQuery } from './types';

/** The place and period in the address bar (?placeId=…&from=…&to=…), so a view can be shared and drilled back. */
export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const query = readDashboardParams(params);
  const set = (next: Partial<DashboardQuery>) => setParams(dashboardParams({ ...query, ...next }));
  return { query, set };
}
