import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, withQuery } from '../../api/client';
import type {
  CategoryList,
  DepartmentList,
  RevealedPhone,
  SortManyInput,
  SortManyResult,
  SubmissionActionInput,
  SubmissionDetail,
  SubmissionFilters,
  SubmissionList,
  SubmissionStats,
  WalkInInput,
} from './types';

export const submissionsKey = ['submissions'] as const;
const detailKey = (id: string) => [...submissionsKey, 'detail', id] as const;

export type { SubmissionFilters };

/** The inbox's Excel export under the list's filters (not its page): the same rows the list counts. */
export const exportUrl = ({ page: _, pageSize: __, ...filters }: SubmissionFilters) =>
  withQuery('/api/submissions/export.xlsx', filters);

export const useSubmissions = (filters: SubmissionFilters) =>
  useQuery({
    queryKey: [...submissionsKey, 'list', filters],
    queryFn: ({ signal }) => api<SubmissionList>('/api/submissions', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });

export const useSubmissionStats = (placeId: string | undefined) =>
  useQuery({
    queryKey: [...submissionsKey, 'stats', placeId ?? 'all'],
    queryFn: ({ signal }) => api<SubmissionStats>('/api/submissions/stats', { query: { placeId }, signal }),
    placeholderData: keepPreviousData,
  });

export const useSubmission = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<SubmissionDetail>(`/api/submissions/${id}`, { signal }),
    enabled: Boolean(id),
  });

/** Content search for picking a merge target (the server searches 简/繁 alike). */
export const useSubmissionSearch = (q: string) =>
  useQuery({
    queryKey: [...submissionsKey, 'search', q],
    queryFn: ({ signal }) =>
      api<SubmissionList>('/api/submissions', { query: { q, pageSize: 10, sort: 'newest' }, signal }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });

export const useCategories = (placeId: string | undefined) =>
  useQuery({
    queryKey: ['categories', placeId],
    queryFn: ({ signal }) => api<CategoryList>('/api/categories', { query: { placeId }, signal }),
    enabled: Boolean(placeId),
    staleTime: 5 * 60_000,
  });

export const useDepartments = (placeId: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: ['departments', placeId],
    queryFn: ({ signal }) => api<DepartmentList>('/api/departments', { query: { placeId }, signal }),
    enabled: enabled && Boolean(placeId),
    staleTime: 5 * 60_000,
  });

/**
 * A changed submission: show the answer, and refresh everything else submission-shaped — lists,
 * counts, stats, and other open details (a merge writes into the target's timeline too).
 */
function useSubmissionChanged() {
  const qc = useQueryClient();
  return (s: SubmissionDetail) => {
    qc.setQueryData(detailKey(s.id), s);
    return qc.invalidateQueries({ queryKey: submissionsKey, predicate: (q) => q.queryKey[2] !== s.id });
  };
}

export function useRecordWalkIn() {
  const changed = useSubmissionChanged();
  return useMutation({
    mutationFn: (body: WalkInInput) => api<SubmissionDetail>('/api/submissions', { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** One sorting or handling step; a 409 (the status moved on meanwhile) reloads the submission. */
export function useSubmissionAction(id: string) {
  const qc = useQueryClient();
  const changed = useSubmissionChanged();
  return useMutation({
    mutationFn: (body: SubmissionActionInput) =>
      api<SubmissionDetail>(`/api/submissions/${id}/actions`, { method: 'POST', body }),
    onSuccess: changed,
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) void qc.invalidateQueries({ queryKey: detailKey(id) });
    },
  });
}

/** The full mobile number; the server writes an audit entry for every call. */
export const useRevealPhone = (id: string) =>
  useMutation({
    mutationFn: () => api<RevealedPhone>(`/api/submissions/${id}/phone`, { method: 'POST' }),
  });

/** 批量分办: per-item results; whatever moved, the lists and counts are refreshed. */
export function useSortMany() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SortManyInput) =>
      api<{ results: SortManyResult[] }>('/api/submissions/sort-many', { method: 'POST', body }),
    onSettled: () => qc.invalidateQueries({ queryKey: submissionsKey }),
  });
}
