import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AuditList } from './types';

export type AuditFilters = {
  action?: string; // a prefix: "place." or "place.move"
  actor?: string;
  entityType?: string;
  from?: string; // ISO instants; `to` is exclusive
  to?: string;
  page: number;
  pageSize: number;
};

export const useAuditEvents = (filters: AuditFilters) =>
  useQuery({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) => api<AuditList>('/api/audit', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
