import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Dashboard, DashboardQuery } from './types';

export const dashboardKey = ['dashboard'] as const;

/** The figures of a place and period; the big screen asks again every `refetchInterval` ms. */
export const useDashboard = (query: DashboardQuery, refetchInterval?: number) =>
  useQuery({
    queryKey: [...dashboardKey, query],
    queryFn: ({ signal }) => api<Dashboard>('/api/dashboard', { query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval,
    refetchIntervalInBackground: Boolean(refetchInterval),
  });
