import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ContactDetail,
  ContactFilters,
  ContactList,
  ContactLog,
  ContactLogFilters,
  ContactLogList,
  CreateContactInput,
  CreateLogInput,
  ProblemInput,
  RevealedPhone,
  UpdateContactInput,
} from './types';

export const contactsKey = ['contacts'] as const;
const detailKey = (id: string) => [...contactsKey, 'detail', id] as const;

export const useContacts = (filters: ContactFilters) =>
  useQuery({
    queryKey: [...contactsKey, 'list', filters],
    queryFn: ({ signal }) => api<ContactList>('/api/contacts', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });

export const useContactLogs = (filters: ContactLogFilters, enabled = true) =>
  useQuery({
    queryKey: [...contactsKey, 'logs', filters],
    queryFn: ({ signal }) => api<ContactLogList>('/api/contacts/logs', { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useContact = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<ContactDetail>(`/api/contacts/${id}`, { signal }),
    enabled: Boolean(id),
  });

/** Anything written changes the lists, the due counts and the contact's page: all are loaded again. */
function useRefresh() {
  const qc = useQueryClient();
  return (detail?: ContactDetail) => {
    if (detail) qc.setQueryData(detailKey(detail.id), detail);
    // a submission raised shows in the inbox too
    void qc.invalidateQueries({ queryKey: ['submissions'] });
    return qc.invalidateQueries({
      queryKey: contactsKey,
      predicate: (q) => !detail || q.queryKey[2] !== detail.id,
    });
  };
}

export function useCreateContact() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateContactInput) => api<ContactDetail>('/api/contacts', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useUpdateContact(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdateContactInput) => api<ContactDetail>(`/api/contacts/${id}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
}

export function useArchiveContact(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api<ContactDetail>(`/api/contacts/${id}/archive`, { method: 'POST' }),
    onSuccess: refresh,
  });
}

export const revealContactPhone = (id: string) => api<RevealedPhone>(`/api/contacts/${id}/phone`, { method: 'POST' });

export function useLogContact() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateLogInput) => api<ContactLog>('/api/contacts/logs', { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export function useRaiseFromLog(logId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ProblemInput) =>
      api<ContactLog>(`/api/contacts/logs/${logId}/submissions`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}
