import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type {
  AnswerWhistleInput,
  CloseWhistleInput,
  RaiseWhistleInput,
  RecordDoneInput,
  WhistleCandidates,
  WhistleDetail,
  WhistleFilters,
  WhistleList,
} from './types';

export const whistlesKey = ['whistles'] as const;
const detailKey = (id: string) => [...whistlesKey, 'detail', id] as const;
const whistleUrl = (id: string, rest = '') => `/api/whistles/${id}${rest}`;

export const useWhistles = (filters: WhistleFilters) =>
  useQuery({
    queryKey: [...whistlesKey, 'list', filters],
    queryFn: ({ signal }) => api<WhistleList>('/api/whistles', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });

export const useWhistle = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<WhistleDetail>(whistleUrl(id ?? ''), { signal }),
    enabled: Boolean(id),
  });

/** Who a whistle at the place, for these sectors and expertise (comma-separated), would call; the departments to pick. */
export const useWhistleCandidates = (placeId: string | undefined, sectors: string, expertise: string) =>
  useQuery({
    queryKey: [...whistlesKey, 'candidates', placeId ?? '', sectors, expertise],
    queryFn: ({ signal }) =>
      api<WhistleCandidates>('/api/whistles/candidates', { query: { placeId, sectors, expertise }, signal }),
    enabled: Boolean(placeId),
    placeholderData: keepPreviousData,
  });

export function useRaiseWhistle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RaiseWhistleInput) => api<WhistleDetail>('/api/whistles', { method: 'POST', body }),
    onSuccess: (w) => {
      qc.setQueryData(detailKey(w.id), w);
      return qc.invalidateQueries({ queryKey: [...whistlesKey, 'list'] });
    },
  });
}

/**
 * A step on one whistle answers its page: it replaces the cached one and the lists refresh. A 409
 * (closed or withdrawn meanwhile) or 403 (answered from another phone) reloads it, so the page
 * shows what is true now.
 */
function useWhistleStep<T>(id: string, call: (input: T) => Promise<WhistleDetail>) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: whistlesKey });
  return useMutation({
    mutationFn: call,
    onSuccess: (w) => {
      qc.setQueryData(detailKey(id), w);
      return qc.invalidateQueries({ queryKey: [...whistlesKey, 'list'] });
    },
    onError: (err) => {
      if (err instanceof ApiError && (err.status === 409 || err.status === 403)) void refresh();
    },
  });
}

/** 报到 */
export const useAnswerWhistle = (id: string) =>
  useWhistleStep(id, (body: AnswerWhistleInput) =>
    api<WhistleDetail>(whistleUrl(id, '/answers'), { method: 'POST', body }),
  );

/** What I did */
export const useRecordDone = (id: string) =>
  useWhistleStep(id, (body: RecordDoneInput) =>
    api<WhistleDetail>(whistleUrl(id, '/answers/mine'), { method: 'PUT', body }),
  );

export const useCloseWhistle = (id: string) =>
  useWhistleStep(id, (body: CloseWhistleInput) =>
    api<WhistleDetail>(whistleUrl(id, '/close'), { method: 'POST', body }),
  );

export const useWithdrawWhistle = (id: string) =>
  useWhistleStep(id, () => api<WhistleDetail>(whistleUrl(id, '/withdraw'), { method: 'POST' }));
