import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type {
  Board,
  CandidateKind,
  CreateTaskInput,
  OutcomeTasks,
  OwnerCandidates,
  TaskActionInput,
  TaskDetail,
  TaskFilters,
  TaskList,
  UpdateTaskInput,
} from './types';

export const tasksKey = ['tasks'] as const;
const detailKey = (id: string) => [...tasksKey, 'detail', id] as const;
// the outcome's page shows its status (落实中 / 已落实), which tasks move: the outcomes module's key
const OUTCOMES_KEY = ['outcomes'] as const;

/** Where the console uploads a task's photos and files, and fetches them. */
export const taskFilesUrl = (id: string) => `/api/tasks/${id}/files`;

export const useTasks = (filters: TaskFilters, enabled = true) =>
  useQuery({
    queryKey: [...tasksKey, 'list', filters],
    queryFn: ({ signal }) => api<TaskList>('/api/tasks', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useTask = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<TaskDetail>(`/api/tasks/${id}`, { signal }),
    enabled: Boolean(id),
  });

export const useOutcomeTasks = (outcomeId: string) =>
  useQuery({
    queryKey: [...tasksKey, 'outcome', outcomeId],
    queryFn: ({ signal }) => api<OutcomeTasks>(`/api/outcomes/${outcomeId}/tasks`, { signal }),
  });

export const useBoard = (placeId: string | undefined, enabled = true) =>
  useQuery({
    queryKey: [...tasksKey, 'board', placeId ?? ''],
    queryFn: ({ signal }) => api<Board>('/api/tasks/board', { query: { placeId }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** 责任单位 to give a task to, or leaders to escalate it to, within the outcome's reach. */
export const useOwnerCandidates = (outcomeId: string, kind: CandidateKind, q: string, enabled: boolean) =>
  useQuery({
    queryKey: [...tasksKey, 'candidates', outcomeId, kind, q],
    queryFn: ({ signal }) =>
      api<OwnerCandidates>('/api/tasks/owner-candidates', { query: { outcomeId, kind, q }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** A task changed: refresh it, the lists, the board and the outcome it carries out. */
function useTaskChanged() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: tasksKey }),
      qc.invalidateQueries({ queryKey: OUTCOMES_KEY }),
      qc.invalidateQueries({ queryKey: ['case-file'] }),
    ]);
}

/** A 409 means the task moved on meanwhile (someone else acted): reload it so the bar is right. */
function useReloadOnConflict(id: string) {
  const qc = useQueryClient();
  return (err: unknown) => {
    if (err instanceof ApiError && err.status === 409) void qc.invalidateQueries({ queryKey: detailKey(id) });
  };
}

export function useCreateTask() {
  const changed = useTaskChanged();
  return useMutation({
    mutationFn: (body: CreateTaskInput) => api<TaskDetail>('/api/tasks', { method: 'POST', body }),
    onSuccess: changed,
  });
}

export function useUpdateTask(id: string) {
  const changed = useTaskChanged();
  return useMutation({
    mutationFn: (body: UpdateTaskInput) => api<TaskDetail>(`/api/tasks/${id}`, { method: 'PATCH', body }),
    onSuccess: changed,
    onError: useReloadOnConflict(id),
  });
}

export function useTaskAction(id: string) {
  const changed = useTaskChanged();
  return useMutation({
    mutationFn: (body: TaskActionInput) => api<TaskDetail>(`/api/tasks/${id}/actions`, { method: 'POST', body }),
    onSuccess: changed,
    onError: useReloadOnConflict(id),
  });
}

/** Ticks a milestone done (时间表), or unticks it. */
export function useTickMilestone(id: string) {
  const changed = useTaskChanged();
  return useMutation({
    mutationFn: ({ milestoneId, done }: { milestoneId: string; done: boolean }) =>
      api<unknown>(`/api/tasks/${id}/milestones/${milestoneId}/done`, { method: done ? 'PUT' : 'DELETE' }),
    onSuccess: changed,
    onError: useReloadOnConflict(id),
  });
}
