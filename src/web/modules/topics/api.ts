import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type {
  Candidates,
  CandidatesFilters,
  CreateTopicInput,
  LinkSubmissionsInput,
  Plan,
  PlanDecisionInput,
  PlanItem,
  ProposeInput,
  ScreeningGroups,
  ScreeningInput,
  TopicActionInput,
  TopicDetail,
  TopicFilters,
  TopicList,
  UpdateTopicInput,
} from './types';

// the consultations pages read topics too, under the same keys
export const topicsKey = ['topics'] as const;
const detailKey = (id: string) => [...topicsKey, 'detail', id] as const;
const plansKey = ['plans'] as const;

export type { TopicFilters };

export const useTopics = (filters: TopicFilters, enabled = true) =>
  useQuery({
    queryKey: [...topicsKey, 'list', filters],
    queryFn: ({ signal }) => api<TopicList>('/api/topics', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useTopic = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<TopicDetail>(`/api/topics/${id}`, { signal }),
    enabled: Boolean(id),
  });

/** Submissions sorted to a council that no topic holds yet (群众出题). */
export const useCandidates = (query: CandidatesFilters, enabled: boolean) =>
  useQuery({
    queryKey: [...topicsKey, 'candidates', query],
    queryFn: ({ signal }) => api<Candidates>('/api/topics/candidates', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** 网格筛题: groups of similar open submissions in a place's subtree. */
export const useScreeningGroups = (placeId: string | undefined) =>
  useQuery({
    queryKey: [...topicsKey, 'groups', placeId ?? ''],
    queryFn: ({ signal }) => api<ScreeningGroups>('/api/topics/screening-groups', { query: { placeId }, signal }),
    enabled: Boolean(placeId),
  });

/** A changed topic: show the answer, refresh lists, candidates, groups and the plan. */
function useTopicChanged() {
  const qc = useQueryClient();
  return (topic: TopicDetail) => {
    qc.setQueryData(detailKey(topic.id), topic);
    void qc.invalidateQueries({ queryKey: plansKey });
    // linked submissions show the new step in their timelines
    void qc.invalidateQueries({ queryKey: ['submissions'] });
    return qc.invalidateQueries({ queryKey: topicsKey, predicate: (q) => q.queryKey[2] !== topic.id });
  };
}

/** Mutations on one topic; a 409 (it moved on meanwhile) reloads it. */
function useTopicMutation<T>(id: string, call: (body: T) => Promise<TopicDetail>) {
  const qc = useQueryClient();
  const changed = useTopicChanged();
  return useMutation({
    mutationFn: call,
    onSuccess: changed,
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) void qc.invalidateQueries({ queryKey: detailKey(id) });
    },
  });
}

export function useCreateTopic() {
  const changed = useTopicChanged();
  return useMutation({
    mutationFn: (body: CreateTopicInput) => api<TopicDetail>('/api/topics', { method: 'POST', body }),
    onSuccess: changed,
  });
}

export const useUpdateTopic = (id: string) =>
  useTopicMutation(id, (body: UpdateTopicInput) => api<TopicDetail>(`/api/topics/${id}`, { method: 'PATCH', body }));

export const useLinkSubmissions = (id: string) =>
  useTopicMutation(id, (submissionIds: string[]) =>
    api<TopicDetail>(`/api/topics/${id}/submissions`, {
      method: 'POST',
      body: { submissionIds } satisfies LinkSubmissionsInput,
    }),
  );

export const useUnlinkSubmission = (id: string) =>
  useTopicMutation(id, (submissionId: string) =>
    api<TopicDetail>(`/api/topics/${id}/submissions/${submissionId}`, { method: 'DELETE' }),
  );

export const useTopicAction = (id: string) =>
  useTopicMutation(id, (body: TopicActionInput) =>
    api<TopicDetail>(`/api/topics/${id}/actions`, { method: 'POST', body }),
  );

export const useScreenTopic = (id: string) =>
  useTopicMutation(id, (body: ScreeningInput) =>
    api<TopicDetail>(`/api/topics/${id}/screening`, { method: 'POST', body }),
  );

// ---- the annual consultation plan (年度协商计划) ----

export const usePlan = (districtId: string | undefined, year: number) =>
  useQuery({
    queryKey: [...plansKey, districtId ?? '', year],
    queryFn: ({ signal }) => api<Plan>(`/api/plans/${districtId}/${year}`, { signal }),
    enabled: Boolean(districtId),
    placeholderData: keepPreviousData,
  });

export const planExportUrl = (districtId: string, year: number) => `/api/plans/${districtId}/${year}/export.docx`;

/** Plan changes show on the plan, on the topics' pages and in lists. */
function usePlanMutation<T>(call: (body: T) => Promise<PlanItem | undefined>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: plansKey });
      void qc.invalidateQueries({ queryKey: topicsKey });
    },
  });
}

export const useProposeToPlan = (districtId: string, year: number) =>
  usePlanMutation((body: ProposeInput) =>
    api<PlanItem>(`/api/plans/${districtId}/${year}/items`, { method: 'POST', body }),
  );

export const usePlanDecision = () =>
  usePlanMutation(({ id, ...body }: PlanDecisionInput & { id: string }) =>
    api<PlanItem>(`/api/plan-items/${id}/decision`, { method: 'POST', body }),
  );

export const useRepropose = () =>
  usePlanMutation(({ id }: { id: string }) =>
    api<PlanItem>(`/api/plan-items/${id}/repropose`, { method: 'POST', body: {} }),
  );

export const useRemovePlanItem = () =>
  usePlanMutation(({ id }: { id: string }) => api<undefined>(`/api/plan-items/${id}`, { method: 'DELETE' }));
