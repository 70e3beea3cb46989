import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type {
  CheckInInfo,
  CheckInResult,
  CreateTrainingInput,
  HoursFilters,
  InvitableMembers,
  InviteInput,
  TrainingDetail,
  TrainingFilters,
  TrainingHours,
  TrainingList,
  UpdateTrainingInput,
} from './types';

export const trainingsKey = ['trainings'] as const;
const detailKey = (id: string) => [...trainingsKey, 'detail', id] as const;
export const trainingUrl = (id: string, rest = '') => `/api/trainings/${id}${rest}`;
const checkInUrl = (token: string) => `/api/trainings/check-in/${encodeURIComponent(token)}`;

export const useTrainings = (filters: TrainingFilters, enabled = true) =>
  useQuery({
    queryKey: [...trainingsKey, 'list', filters],
    queryFn: ({ signal }) => api<TrainingList>('/api/trainings', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useTraining = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<TrainingDetail>(trainingUrl(id ?? ''), { signal }),
    enabled: Boolean(id),
  });

export const useTrainingHours = (filters: HoursFilters, enabled: boolean) =>
  useQuery({
    queryKey: [...trainingsKey, 'hours', filters],
    queryFn: ({ signal }) => api<TrainingHours>('/api/trainings/hours', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const hoursSheetUrl = (filters: HoursFilters) => {
  const q = new URLSearchParams({ year: String(filters.year) });
  if (filters.placeId) q.set('placeId', filters.placeId);
  if (filters.q) q.set('q', filters.q);
  return `/api/trainings/hours.xlsx?${q}`;
};

export const useInvitableMembers = (placeId: string | undefined, q: string, enabled: boolean) =>
  useQuery({
    queryKey: [...trainingsKey, 'invitable', placeId ?? '', q],
    queryFn: ({ signal }) => api<InvitableMembers>('/api/trainings/invitable', { query: { placeId, q }, signal }),
    enabled: enabled && Boolean(placeId),
    placeholderData: keepPreviousData,
  });

export function useCreateTraining() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTrainingInput) => api<TrainingDetail>('/api/trainings', { method: 'POST', body }),
    onSuccess: (d) => {
      qc.setQueryData(detailKey(d.id), d);
      return qc.invalidateQueries({ queryKey: [...trainingsKey, 'list'] });
    },
  });
}

/** A change to one session answers its page: it replaces the cached one; lists and hours refresh. */
function useTrainingStep<T>(id: string, call: (input: T) => Promise<TrainingDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (d) => {
      qc.setQueryData(detailKey(id), d);
      return qc.invalidateQueries({ queryKey: trainingsKey, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) void qc.invalidateQueries({ queryKey: detailKey(id) });
    },
  });
}

const post = <T>(path: string, body?: unknown) => api<T>(path, { method: 'POST', body });

export const useUpdateTraining = (id: string) =>
  useTrainingStep(id, (body: UpdateTrainingInput) => api<TrainingDetail>(trainingUrl(id), { method: 'PATCH', body }));
export const useCancelTraining = (id: string) =>
  useTrainingStep(id, () => post<TrainingDetail>(trainingUrl(id, '/cancel')));
export const useInviteMembers = (id: string) =>
  useTrainingStep(id, (body: InviteInput) => post<TrainingDetail>(trainingUrl(id, '/invitations'), body));
export const useCheckInHere = (id: string) =>
  useTrainingStep(id, () => post<TrainingDetail>(trainingUrl(id, '/check-in')));
export const useTick = (id: string) =>
  useTrainingStep(id, ({ accountId, attended }: { accountId: string; attended: boolean }) =>
    api<TrainingDetail>(trainingUrl(id, `/attendance/${accountId}`), { method: 'PUT', body: { attended } }),
  );

/** Refreshes the page after a material was uploaded (the upload goes by antd's Upload). */
export function useRefreshTraining(id: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: detailKey(id) });
}

export const useDeleteMaterial = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => api<void>(trainingUrl(id, `/files/${fileId}`), { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: detailKey(id) }),
  });
};

/** The QR code's page: the session behind the code and whether one may sign in. */
export const useCheckInInfo = (token: string | undefined) =>
  useQuery({
    queryKey: [...trainingsKey, 'check-in', token ?? ''],
    queryFn: ({ signal }) => api<CheckInInfo>(checkInUrl(token ?? ''), { signal }),
    enabled: Boolean(token),
    retry: false,
  });

export function useCheckIn(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<CheckInResult>(checkInUrl(token)),
    onSettled: () => qc.invalidateQueries({ queryKey: trainingsKey }),
  });
}
