import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { EvaluationSummary, HideEvaluationInput, LeaderEvaluationInput, MemberEvaluationInput } from './types';

export const evaluationsKey = (outcomeId: string) => ['evaluations', outcomeId] as const;
export const evaluationsUrl = (outcomeId: string, rest = '') => `/api/outcomes/${outcomeId}/evaluations${rest}`;

export const useEvaluations = (outcomeId: string) =>
  useQuery({
    queryKey: evaluationsKey(outcomeId),
    queryFn: ({ signal }) => api<EvaluationSummary>(evaluationsUrl(outcomeId), { signal }),
  });

/** Every write answers with the fresh summary: it replaces the cached one. */
function useEvaluationWrite<T>(outcomeId: string, call: (input: T) => Promise<EvaluationSummary>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (summary) => qc.setQueryData(evaluationsKey(outcomeId), summary),
  });
}

/** 党政点评 or 民主评议: the viewer's own, given or changed. */
export const useGiveEvaluation = (outcomeId: string, kind: 'leader' | 'member') =>
  useEvaluationWrite(outcomeId, (body: LeaderEvaluationInput | MemberEvaluationInput) =>
    api<EvaluationSummary>(evaluationsUrl(outcomeId, `/${kind}`), { method: 'PUT', body }),
  );

export const useOpenResidentLink = (outcomeId: string) =>
  useEvaluationWrite(outcomeId, () =>
    api<EvaluationSummary>(evaluationsUrl(outcomeId, '/link'), { method: 'POST', body: {} }),
  );

export const useHideComment = (outcomeId: string) =>
  useEvaluationWrite(outcomeId, ({ id, ...body }: HideEvaluationInput & { id: string }) =>
    api<EvaluationSummary>(evaluationsUrl(outcomeId, `/${id}`), { method: 'PATCH', body }),
  );
