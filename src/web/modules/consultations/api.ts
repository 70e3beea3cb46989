import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type {
  AttendanceInput,
  ConsensusInput,
  ConsensusItem,
  ConsultationActionInput,
  ConsultationDetail,
  ConsultationFilters,
  ConsultationList,
  ConsultationStep,
  Council,
  CouncilInput,
  CreateProcedureInput,
  DissentInput,
  FixedMembersResult,
  InvitableList,
  InvitationList,
  InviteInput,
  OpinionInput,
  Participant,
  Procedure,
  ProcedureList,
  ScheduleInput,
  StepInput,
  TopicBrief,
  TopicOptions,
  UpdateConsultationInput,
  UpdateProcedureInput,
} from './types';

export const consultationsKey = ['consultations'] as const;
const detailKey = (id: string) => [...consultationsKey, 'detail', id] as const;
const proceduresKey = ['procedures'] as const;
const councilKey = (placeId: string) => ['councils', placeId] as const;

export type { ConsultationFilters };

export const useConsultations = (filters: ConsultationFilters, enabled = true) =>
  useQuery({
    queryKey: [...consultationsKey, 'list', filters],
    queryFn: ({ signal }) => api<ConsultationList>('/api/consultations', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** Consultations the signed-in account is invited to, upcoming first. */
export const useMyInvitations = (enabled: boolean) =>
  useQuery({
    queryKey: [...consultationsKey, 'invitations'],
    queryFn: ({ signal }) => api<InvitationList>('/api/my/invitations', { signal }),
    enabled,
  });

export const useConsultation = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<ConsultationDetail>(`/api/consultations/${id}`, { signal }),
    enabled: Boolean(id),
  });

export const consultationUrl = (id: string, rest = '') => `/api/consultations/${id}${rest}`;

/** A new consultation also moves its topic into consultation: refresh topics too. */
export function useScheduleConsultation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleInput) => api<ConsultationDetail>('/api/consultations', { method: 'POST', body }),
    onSuccess: (c) => {
      qc.setQueryData(detailKey(c.id), c);
      void qc.invalidateQueries({ queryKey: ['topics'] });
      return qc.invalidateQueries({ queryKey: consultationsKey, predicate: (q) => q.queryKey[2] !== c.id });
    },
  });
}

/**
 * A write to one consultation or its record: refresh it and the lists. A 409 (concluded meanwhile,
 * already invited) reloads it too, so the page shows what is true now.
 */
function useRecordWrite<TInput, TResult>(id: string, write: (input: TInput) => Promise<TResult>, movesTopic = false) {
  const qc = useQueryClient();
  const refresh = () => {
    if (movesTopic) void qc.invalidateQueries({ queryKey: ['topics'] });
    return qc.invalidateQueries({ queryKey: consultationsKey });
  };
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      if (isDetail(result, id)) qc.setQueryData(detailKey(id), result);
      return refresh();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) void refresh();
    },
  });
}

const isDetail = (v: unknown, id: string): v is ConsultationDetail =>
  typeof v === 'object' && v !== null && 'abilities' in v && (v as { id?: unknown }).id === id;

const post = <T>(path: string, body?: unknown) => api<T>(path, { method: 'POST', body });

export const useUpdateConsultation = (id: string) =>
  useRecordWrite(id, (body: UpdateConsultationInput) =>
    api<ConsultationDetail>(consultationUrl(id), { method: 'PATCH', body }),
  );

/** 开始 / 结束 / 取消; scheduling, concluding and cancelling move the topic too. */
export const useConsultationAction = (id: string) =>
  useRecordWrite(
    id,
    (body: ConsultationActionInput) => post<ConsultationDetail>(consultationUrl(id, '/actions'), body),
    true,
  );

export const useInvitable = (id: string, q: string, enabled: boolean) =>
  useQuery({
    queryKey: [...consultationsKey, 'invitable', id, q],
    queryFn: ({ signal }) => api<InvitableList>(consultationUrl(id, '/invitable'), { query: { q }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useInvite = (id: string) =>
  useRecordWrite(id, (body: InviteInput) => post<Participant>(consultationUrl(id, '/participants'), body));

/** 邀请固定成员: the council's fixed members join the list (those on it already are skipped). */
export const useInviteFixedMembers = (id: string) =>
  useRecordWrite(id, () => post<FixedMembersResult>(consultationUrl(id, '/participants/fixed-members')));

export const useRemoveParticipant = (id: string) =>
  useRecordWrite(id, (pid: string) => api<void>(consultationUrl(id, `/participants/${pid}`), { method: 'DELETE' }));

/** The liaison ticks someone off the list (or un-ticks a mistake). */
export const useTickAttendance = (id: string) =>
  useRecordWrite(id, ({ pid, attended }: { pid: string; attended: boolean }) =>
    post<Participant>(consultationUrl(id, `/participants/${pid}/attendance`), { attended } satisfies AttendanceInput),
  );

/** A signed-in invitee signs themself in. */
export const useSelfSignIn = (id: string) =>
  useRecordWrite(id, () => post<Participant>(consultationUrl(id, '/sign-in')));

export const useCompleteStep = (id: string) =>
  useRecordWrite(id, ({ stepId, completed, output }: { stepId: string; completed: boolean; output?: string }) =>
    post<ConsultationStep>(consultationUrl(id, `/steps/${stepId}`), { completed, output } satisfies StepInput),
  );

export const useAddOpinion = (id: string) =>
  useRecordWrite(id, (body: OpinionInput) => post<unknown>(consultationUrl(id, '/opinions'), body));

export const useAddConsensus = (id: string) =>
  useRecordWrite(id, (text: string) =>
    post<ConsensusItem>(consultationUrl(id, '/consensus'), { text } satisfies ConsensusInput),
  );

export const useEditConsensus = (id: string) =>
  useRecordWrite(id, ({ cid, text }: { cid: string; text: string }) =>
    api<ConsensusItem>(consultationUrl(id, `/consensus/${cid}`), {
      method: 'PATCH',
      body: { text } satisfies ConsensusInput,
    }),
  );

export const useAddDissent = (id: string) =>
  useRecordWrite(id, (body: DissentInput) => post<unknown>(consultationUrl(id, '/dissents'), body));

/** Deletes one record entry: an opinion, a consensus item, a dissent or a file. */
export const useDeleteEntry = (id: string, kind: 'opinions' | 'consensus' | 'dissents' | 'files') =>
  useRecordWrite(id, (entryId: string) => api<void>(consultationUrl(id, `/${kind}/${entryId}`), { method: 'DELETE' }));

/** After an upload that antd's Upload sent itself. */
export function useRefreshConsultation() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: consultationsKey });
}

// ---- procedures and councils ----

export const useProcedures = (placeId?: string, enabled = true) =>
  useQuery({
    queryKey: [...proceduresKey, placeId ?? 'reach'],
    queryFn: ({ signal }) => api<ProcedureList>('/api/procedures', { query: { placeId }, signal }),
    enabled,
    staleTime: 60_000,
  });

function useProcedureWrite<TInput>(write: (input: TInput) => Promise<Procedure>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['councils'] });
      return qc.invalidateQueries({ queryKey: proceduresKey });
    },
  });
}

export const useCreateProcedure = () =>
  useProcedureWrite((body: CreateProcedureInput) => post<Procedure>('/api/procedures', body));

export const useUpdateProcedure = () =>
  useProcedureWrite(({ id, body }: { id: string; body: UpdateProcedureInput }) =>
    api<Procedure>(`/api/procedures/${id}`, { method: 'PATCH', body }),
  );

export const useArchiveProcedure = () =>
  useProcedureWrite(({ id, archived }: { id: string; archived: boolean }) =>
    post<Procedure>(`/api/procedures/${id}/${archived ? 'archive' : 'restore'}`),
  );

export const useCouncil = (placeId: string | undefined) =>
  useQuery({
    queryKey: councilKey(placeId ?? ''),
    queryFn: ({ signal }) => api<Council>(`/api/councils/${placeId}`, { signal }),
    enabled: Boolean(placeId),
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
  });

export function useSaveCouncil(placeId: string) {
  const qc = useQueryClient();
  return useMutation({
    // the client's method type lists no PUT (api/client.ts, not ours to change); it sends any method
    // with the CSRF header, so the cast only widens the type
    mutationFn: (body: CouncilInput) => api<Council>(`/api/councils/${placeId}`, { method: 'PUT', body }),
    onSuccess: (c) => qc.setQueryData(councilKey(placeId), c),
  });
}

// ---- topics, to pick one when scheduling ----

// rejected and withdrawn topics are left out; proposed ones show, but only urgent ones can be chosen
const PICKABLE_TOPICS = 'proposed,accepted,in_consultation,concluded';

/** Topics by code or title: accepted ones, those already in consultation or concluded, and urgent proposed ones. */
export const useTopicSearch = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ['topics', 'pick', q],
    queryFn: ({ signal }) =>
      api<TopicOptions>('/api/topics', { query: { q, status: PICKABLE_TOPICS, pageSize: 20 }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useTopicBrief = (id: string | undefined) =>
  useQuery({
    queryKey: ['topics', 'detail', id ?? ''],
    queryFn: ({ signal }) => api<TopicBrief>(`/api/topics/${id}`, { signal }),
    enabled: Boolean(id),
  });
