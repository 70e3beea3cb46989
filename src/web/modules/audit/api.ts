import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AuditFilters, AuditList } from './types';

export type { AuditFilters };

export const useAuditEvents = (filters: AuditFilters) =>
  useQuery({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) => api<AuditList>('/api/audit', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
