import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HandlingAction } from '../../../shared/access/proposals';
import { ApiError, api } from '../../api/client';
import {
  type AssignInput,
  type AssignWritingInput,
  type Candidates,
  type HandlingDetail,
  type HandlingFilters,
  type HandlingList,
  type MeetInput,
  type ProposalHandlings,
  type ProposalOf,
  proposalApi,
  type RateInput,
  type Rates,
  type RehandleInput,
  type ReplyInput,
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

export const useProposalHandlings = (p: ProposalOf) =>
  useQuery({
    queryKey: [...proposalsKey, p.source, p.id],
    queryFn: ({ signal }) => api<ProposalHandlings>(proposalApi(p), { signal }),
  });

/** Departments to assign (kind 'unit') or members who may have proposed it (kind 'proposer', outcomes only). */
export const useCandidates = (p: ProposalOf, kind: 'unit' | 'proposer', q: string, enabled: boolean) =>
  useQuery({
    queryKey: [...proposalsKey, 'candidates', p.source, p.id, kind, q],
    queryFn: ({ signal }) => api<Candidates>(`${proposalApi(p)}/${kind}-candidates`, { query: { q }, signal }),
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

export function useAssign(p: ProposalOf) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AssignInput | AssignWritingInput) =>
      api<ProposalHandlings>(`${proposalApi(p)}/handlings`, { method: 'POST', body }),
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
