import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ProblemInput } from '../contacts';
import type {
  CreateReceptionInput,
  FillMonthInput,
  FillMonthResult,
  ReceptionDetail,
  ReceptionFilters,
  ReceptionList,
  ReceptionMembers,
  RecordInput,
} from './types';

export const receptionsKey = ['receptions'] as const;
const detailKey = (id: string) => [...receptionsKey, 'detail', id] as const;

export const useReceptions = (filters: ReceptionFilters, enabled = true) =>
  useQuery({
    queryKey: [...receptionsKey, 'list', filters],
    queryFn: ({ signal }) => api<ReceptionList>('/api/receptions', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useReception = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<ReceptionDetail>(`/api/receptions/${id}`, { signal }),
    enabled: Boolean(id),
  });

/** The members who may be put on a place's rota (those serving it first). */
export const useRotaMembers = (placeId: string | undefined) =>
  useQuery({
    queryKey: [...receptionsKey, 'members', placeId],
    queryFn: ({ signal }) => api<ReceptionMembers>('/api/receptions/members', { query: { placeId }, signal }),
    enabled: Boolean(placeId),
    staleTime: 60_000,
  });

/** A change to one slot shows on its page at once; the rota and the inbox are loaded again. */
function useRefresh() {
  const qc = useQueryClient();
  return (detail?: ReceptionDetail) => {
    if (detail) qc.setQueryData(detailKey(detail.id), detail);
    void qc.invalidateQueries({ queryKey: ['submissions'] });
    return qc.invalidateQueries({ queryKey: receptionsKey, predicate: (q) => !detail || q.queryKey[2] !== detail.id });
  };
}

export function useCreateReception() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateReceptionInput) => api<ReceptionDetail>('/api/receptions', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useFillMonth() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: FillMonthInput) => api<FillMonthResult>('/api/receptions/fill-month', { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

type Step =
  | { step: 'swap'; body: { memberId: string } }
  | { step: 'absent'; body: { reason: string } }
  | { step: 'record'; body: RecordInput };

/** One step on a slot: swap, absent, record. */
export function useReceptionStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ step, body }: Step) =>
      api<ReceptionDetail>(`/api/receptions/${id}/${step}`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useRaiseAtReception(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ProblemInput) =>
      api<ReceptionDetail>(`/api/receptions/${id}/submissions`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useRemoveReception(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`/api/receptions/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: detailKey(id) });
      return qc.invalidateQueries({ queryKey: receptionsKey });
    },
  });
}
