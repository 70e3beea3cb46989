import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Wire } from '../../../shared/api/common';
import type { SubmissionListResponse } from '../../../shared/api/submissions';
import { ApiError, api } from '../../api/client';
import type {
  CreateWritingInput,
  EditWritingInput,
  ReviseWritingInput,
  WritingDetail,
  WritingFilters,
  WritingList,
} from './types';

export const writingsKey = ['writings'] as const;
const detailKey = (id: string) => [...writingsKey, 'detail', id] as const;

export const useWritings = (filters: WritingFilters, enabled = true) =>
  useQuery({
    queryKey: [...writingsKey, 'list', filters],
    queryFn: ({ signal }) => api<WritingList>('/api/writings', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useWriting = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<WritingDetail>(`/api/writings/${id}`, { signal }),
    enabled: Boolean(id),
  });

/** Who the writing may be sent to (报送), kept under the module's key so that sending refreshes it. */
export const recipientCandidates = (id: string) => ({
  url: `/api/writings/${id}/recipient-candidates`,
  queryKey: [...writingsKey, 'candidates', id],
});

/** Residents' submissions the member may read, for the form's "grew from" picker. */
export const useSubmissionOptions = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ['submissions', 'list', { q, pageSize: 10, for: 'writing' }],
    queryFn: ({ signal }) =>
      api<Wire<typeof SubmissionListResponse>>('/api/submissions', {
        query: { q: q || undefined, pageSize: 10 },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });

/** Anything that changed a writing changes the lists too; its detail is what the server answered. */
function useRefresh() {
  const qc = useQueryClient();
  return (w: WritingDetail) => {
    qc.setQueryData(detailKey(w.id), w);
    return qc.invalidateQueries({ queryKey: [...writingsKey, 'list'] });
  };
}

export function useCreateWriting() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateWritingInput) => api<WritingDetail>('/api/writings', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useReviseWriting(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ReviseWritingInput) => api<WritingDetail>(`/api/writings/${id}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
}

export type StepInputs = {
  submit: Record<string, never>;
  adopt: Record<string, never>;
  return: { reason: string };
  decline: { reason: string };
  edit: EditWritingInput;
  forward: { accountIds: string[] };
};
export type Step = keyof StepInputs;

/** One step on a writing; a 409 means it moved on meanwhile, so it is loaded again. */
export function useStep<S extends Step>(id: string, step: S) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: StepInputs[S]) => api<WritingDetail>(`/api/writings/${id}/${step}`, { method: 'POST', body }),
    onSuccess: refresh,
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) void qc.invalidateQueries({ queryKey: detailKey(id) });
    },
  });
}

/** Submits a writing just saved (the form's "save and submit"), by its id. */
export function useSubmitById() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api<WritingDetail>(`/api/writings/${id}/submit`, { method: 'POST', body: {} }),
    onSuccess: refresh,
  });
}
