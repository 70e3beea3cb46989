import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type {
  AddGroupMemberInput,
  Coverage,
  CoverageFilters,
  CreateGroupInput,
  GroupCandidates,
  GroupConsultations,
  GroupDetail,
  GroupFilters,
  GroupList,
  Organisers,
  UpdateGroupInput,
} from './types';

export const groupsKey = ['member-groups'] as const;
const detailKey = (id: string) => [...groupsKey, 'detail', id] as const;
export const groupUrl = (id: string, rest = '') => `/api/member-groups/${id}${rest}`;

export const useGroups = (filters: GroupFilters, enabled = true) =>
  useQuery({
    queryKey: [...groupsKey, 'list', filters],
    queryFn: ({ signal }) => api<GroupList>('/api/member-groups', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useGroup = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<GroupDetail>(groupUrl(id ?? ''), { signal }),
    enabled: Boolean(id),
  });

export const useCandidates = (id: string, q: string, enabled: boolean) =>
  useQuery({
    queryKey: [...groupsKey, 'candidates', id, q],
    queryFn: ({ signal }) => api<GroupCandidates>(groupUrl(id, '/candidates'), { query: { q }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useGroupConsultations = (id: string, year: number | undefined) =>
  useQuery({
    queryKey: [...groupsKey, 'consultations', id, year],
    queryFn: ({ signal }) => api<GroupConsultations>(groupUrl(id, '/consultations'), { query: { year }, signal }),
    enabled: year !== undefined,
  });

/** The committees that may organise a consultation at a place (kept there or above). */
export const useOrganisers = (placeId: string | undefined) =>
  useQuery({
    queryKey: [...groupsKey, 'organisers', placeId],
    queryFn: ({ signal }) => api<Organisers>('/api/member-groups/organisers', { query: { placeId }, signal }),
    enabled: Boolean(placeId),
  });

export const useCoverage = (filters: CoverageFilters) =>
  useQuery({
    queryKey: [...groupsKey, 'coverage', filters],
    queryFn: ({ signal }) => api<Coverage>('/api/member-groups/coverage', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });

export function useCreateGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGroupInput) => api<GroupDetail>('/api/member-groups', { method: 'POST', body }),
    onSuccess: (g) => {
      qc.setQueryData(detailKey(g.id), g);
      // a new pair changes its partner's page too
      return qc.invalidateQueries({ queryKey: groupsKey, predicate: (q) => q.queryKey[2] !== g.id });
    },
  });
}

/**
 * A change to one group: its page comes back with the answer; lists and other pages (a pair) are
 * refreshed. A 409 (archived meanwhile, a position just taken) reloads it, so the page shows what is true.
 */
function useGroupWrite<TInput>(id: string, write: (input: TInput) => Promise<GroupDetail>) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: groupsKey, predicate: (q) => q.queryKey[2] !== id });
  return useMutation({
    mutationFn: write,
    onSuccess: (g) => {
      qc.setQueryData(detailKey(id), g);
      return refresh();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) void qc.invalidateQueries({ queryKey: groupsKey });
    },
  });
}

export const useUpdateGroup = (id: string) =>
  useGroupWrite(id, (body: UpdateGroupInput) => api<GroupDetail>(groupUrl(id), { method: 'PATCH', body }));

export const useArchiveGroup = (id: string) =>
  useGroupWrite(id, () => api<GroupDetail>(groupUrl(id, '/archive'), { method: 'POST' }));

export const useAddMember = (id: string) =>
  useGroupWrite(id, (body: AddGroupMemberInput) =>
    api<GroupDetail>(groupUrl(id, '/members'), { method: 'POST', body }),
  );

export const useChangePosition = (id: string) =>
  useGroupWrite(id, ({ accountId, position }: { accountId: string; position: AddGroupMemberInput['position'] }) =>
    api<GroupDetail>(groupUrl(id, `/members/${accountId}`), { method: 'PATCH', body: { position } }),
  );

export const useRemoveMember = (id: string) =>
  useGroupWrite(id, (accountId: string) =>
    api<GroupDetail>(groupUrl(id, `/members/${accountId}`), { method: 'DELETE' }),
  );
