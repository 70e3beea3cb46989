import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HandlingAction } from '../../../shared/access/proposals';
import { ApiError, api } from '../../api/client';
import type {
  AssignInput,
  Candidates,
  HandlingDetail,
  HandlingFilters,
  HandlingList,
  MeetInput,
  ProposalHandlings,
  RateInput,
  Rates,
  RehandleInput,
  ReplyInput,
} from './types';

export const proposalsKey = ['proposals'] as const;
const detailKey = (id: string) => [...proposalsKey, 'detail', id] as const;

export const useHandlings = (filters: HandlingFilters) =>
  useQuery({
    queryKey: [...proposalsKey, 'list', filters],
    queryFn: ({ signal }) => api<HandlingList>('/api/proposals/handlings', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });

export const useHandling = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<HandlingDetail>(`/api/proposals/handlings/${id}`, { signal }),
    enabled: Boolean(id),
  });

export const useRates = (year: number, placeId: string | undefined) =>
  useQuery({
    queryKey: [...proposalsKey, 'rates', year, placeId ?? ''],
    queryFn: ({ signal }) => api<Rates>('/api/proposals/rates', { query: { year, placeId }, signal }),
    placeholderData: keepPreviousData,
  });

export const useProposalHandlings = (outcomeId: string) =>
  useQuery({
    queryKey: [...proposalsKey, 'outcome', outcomeId],
    queryFn: ({ signal }) => api<ProposalHandlings>(`/api/proposals/outcomes/${outcomeId}`, { signal }),
  });

/** Departments to assign (kind 'unit') or members who may have proposed it (kind 'proposer'). */
export const useCandidates = (outcomeId: string, kind: 'unit' | 'proposer', q: string, enabled: boolean) =>
  useQuery({
    queryKey: [...proposalsKey, 'candidates', outcomeId, kind, q],
    queryFn: ({ signal }) =>
      api<Candidates>(`/api/proposals/outcomes/${outcomeId}/${kind}-candidates`, { query: { q }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });

/** Anything that changed a handling changes lists, rates and the proposal's card too. */
function useRefresh() {
  const qc = useQueryClient();
  return (h?: HandlingDetail) => {
    if (h) qc.setQueryData(detailKey(h.id), h);
    return qc.invalidateQueries({ queryKey: proposalsKey, predicate: (q) => !h || q.queryKey[2] !== h.id });
  };
}

export function useAssign(outcomeId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AssignInput) =>
      api<ProposalHandlings>(`/api/proposals/outcomes/${outcomeId}/handlings`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export type StepInputs = { reply: ReplyInput; meet: MeetInput; rate: RateInput; rehandle: RehandleInput };

/** One step on a handling; a 409 means it moved on meanwhile, so it is loaded again. */
export function useStep<A extends HandlingAction>(id: string, action: A) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: StepInputs[A]) =>
      api<HandlingDetail>(`/api/proposals/handlings/${id}/${action}`, { method: 'POST', body }),
    onSuccess: refresh,
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) void qc.invalidateQueries({ queryKey: detailKey(id) });
    },
  });
}
