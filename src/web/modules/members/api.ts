import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MemberPlaceKind } from '../../../shared/enums';
import { api, withQuery } from '../../api/client';
import type {
  CreatedMember,
  CreateMemberInput,
  ImportMembersResult,
  MemberDetail,
  MemberFilters,
  MemberList,
  MemberPlaceInput,
  UpdateMemberInput,
} from './types';

export const membersKey = ['members'] as const;
const detailKey = (id: string) => [...membersKey, 'detail', id] as const;

export const useMembers = (filters: MemberFilters) =>
  useQuery({
    queryKey: [...membersKey, 'list', filters],
    queryFn: ({ signal }) => api<MemberList>('/api/members', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });

export const useMember = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<MemberDetail>(`/api/members/${id}`, { signal }),
    enabled: Boolean(id),
  });

/** A change to a member: their page takes the answer, the lists are read again. */
function useSaved() {
  const qc = useQueryClient();
  return (m: MemberDetail) => {
    qc.setQueryData(detailKey(m.id), m);
    return qc.invalidateQueries({ queryKey: [...membersKey, 'list'] });
  };
}

export function useCreateMember() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: CreateMemberInput) => api<CreatedMember>('/api/members', { method: 'POST', body }),
    onSuccess: (r) => saved(r.member),
  });
}

export function useUpdateMember(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: UpdateMemberInput) => api<MemberDetail>(`/api/members/${id}`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

export function useArchiveMember(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (archived: boolean) =>
      api<MemberDetail>(`/api/members/${id}/${archived ? 'archive' : 'restore'}`, { method: 'POST' }),
    onSuccess: saved,
  });
}

export function useAddServedPlace(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: MemberPlaceInput) => api<MemberDetail>(`/api/members/${id}/places`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useRemoveServedPlace(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ kind, placeId }: { kind: MemberPlaceKind; placeId: string }) =>
      api<MemberDetail>(`/api/members/${id}/places/${kind}/${placeId}`, { method: 'DELETE' }),
    onSuccess: saved,
  });
}

/** The full number, for the CPPCC office; each view is written to the audit log. */
export const useRevealMemberPhone = (id: string) =>
  useMutation({
    mutationFn: () => api<{ phone: string | null }>(`/api/members/${id}/phone`, { method: 'POST' }),
  });

export function useImportMembers() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const body = new FormData();
      body.append('file', file);
      return api<ImportMembersResult>('/api/members/import', { method: 'POST', query: { dryRun }, body });
    },
    onSuccess: (r) => (r.dryRun ? undefined : qc.invalidateQueries({ queryKey: membersKey })),
  });
}

export const TEMPLATE_URL = '/api/members/import-template';

/** The export's address under the list's filters (not its page). */
export const exportUrl = ({ page: _, pageSize: __, ...filters }: MemberFilters) =>
  withQuery('/api/members/export', filters);
