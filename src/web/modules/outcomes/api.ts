import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type {
  CaseFile,
  CaseFileKind,
  CreateOutcomeInput,
  InstructionInput,
  OutcomeBox,
  OutcomeDetail,
  OutcomeFilters,
  OutcomeList,
  ReplyInput,
  SendOutcomeInput,
  SourceConsultation,
  UpdateOutcomeInput,
} from './types';

export const outcomesKey = ['outcomes'] as const;
const detailKey = (id: string) => [...outcomesKey, 'detail', id] as const;

export type { OutcomeBox, OutcomeFilters };

export const useOutcomes = (filters: OutcomeFilters, enabled = true) =>
  useQuery({
    queryKey: [...outcomesKey, 'list', filters],
    queryFn: ({ signal }) => api<OutcomeList>('/api/outcomes', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useOutcome = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<OutcomeDetail>(`/api/outcomes/${id}`, { signal }),
    enabled: Boolean(id),
  });

/** The consultation an outcome is drafted from: its topic and numbered consensus. */
export const useSourceConsultation = (id: string | undefined) =>
  useQuery({
    queryKey: ['consultations', 'detail', id ?? ''],
    queryFn: ({ signal }) => api<SourceConsultation>(`/api/consultations/${id}`, { signal }),
    enabled: Boolean(id),
  });

/** Who the outcome may be sent to (报送), kept under the module's key so that sending refreshes it. */
export const recipientCandidates = (id: string) => ({
  url: `/api/outcomes/${id}/recipient-candidates`,
  queryKey: [...outcomesKey, 'candidates', id],
});

export const useCaseFile = (kind: CaseFileKind, id: string) =>
  useQuery({
    queryKey: ['case-file', kind, id],
    queryFn: ({ signal }) => api<CaseFile>('/api/case-file', { query: { kind, id }, signal }),
  });

/** A changed outcome: show the answer, refresh lists, counts and case files. */
function useOutcomeChanged() {
  const qc = useQueryClient();
  return (o: OutcomeDetail) => {
    qc.setQueryData(detailKey(o.id), o);
    void qc.invalidateQueries({ queryKey: ['case-file'] });
    return qc.invalidateQueries({ queryKey: outcomesKey, predicate: (q) => q.queryKey[2] !== o.id });
  };
}

/** A 409 means the outcome moved on meanwhile (someone sent it): reload it. */
function useReloadOnConflict(id: string) {
  const qc = useQueryClient();
  return (err: unknown) => {
    if (err instanceof ApiError && err.status === 409) void qc.invalidateQueries({ queryKey: detailKey(id) });
  };
}

export function useCreateOutcome() {
  const changed = useOutcomeChanged();
  return useMutation({
    mutationFn: (body: CreateOutcomeInput) => api<OutcomeDetail>('/api/outcomes', { method: 'POST', body }),
    onSuccess: changed,
  });
}

export function useUpdateOutcome(id: string) {
  const changed = useOutcomeChanged();
  return useMutation({
    mutationFn: (body: UpdateOutcomeInput) => api<OutcomeDetail>(`/api/outcomes/${id}`, { method: 'PATCH', body }),
    onSuccess: changed,
    onError: useReloadOnConflict(id),
  });
}

export function useSendOutcome(id: string) {
  const changed = useOutcomeChanged();
  return useMutation({
    mutationFn: (accountIds: string[]) =>
      api<OutcomeDetail>(`/api/outcomes/${id}/send`, {
        method: 'POST',
        body: { accountIds } satisfies SendOutcomeInput,
      }),
    onSuccess: changed,
  });
}

export function useReplyOutcome(id: string) {
  const changed = useOutcomeChanged();
  return useMutation({
    mutationFn: (body: ReplyInput) => api<OutcomeDetail>(`/api/outcomes/${id}/reply`, { method: 'POST', body }),
    onSuccess: changed,
    onError: useReloadOnConflict(id),
  });
}

export function useInstructOutcome(id: string) {
  const changed = useOutcomeChanged();
  return useMutation({
    mutationFn: (instruction: string) =>
      api<OutcomeDetail>(`/api/outcomes/${id}/instruction`, {
        method: 'POST',
        body: { instruction } satisfies InstructionInput,
      }),
    onSuccess: changed,
    onError: useReloadOnConflict(id),
  });
}
