import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { NotificationFilters, NotificationList, UnreadCount } from './types';

export const notificationsKey = ['notifications'] as const;
const countKey = [...notificationsKey, 'unread-count'] as const;
const listsKey = [...notificationsKey, 'list'] as const;

/** The bell's number: asked every minute while the console is in view, and when it comes back into view. */
export const useUnreadCount = () =>
  useQuery({
    queryKey: countKey,
    queryFn: ({ signal }) => api<UnreadCount>('/api/notifications/unread-count', { signal }),
    refetchInterval: 60_000,
    refetchOnWindowFocus: 'always',
  });

/** A page of the person's notices; the count it carries keeps the bell in step. */
export function useNotifications(filters: NotificationFilters, { enabled = true, fresh = false } = {}) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: [...listsKey, filters],
    queryFn: async ({ signal }) => {
      const list = await api<NotificationList>('/api/notifications', { query: filters, signal });
      qc.setQueryData<UnreadCount>(countKey, { unread: list.unread });
      return list;
    },
    placeholderData: keepPreviousData,
    enabled,
    // the bell's list is asked again each time it opens
    ...(fresh ? { staleTime: 0 } : {}),
  });
}

/** After marking: the count the server answered, and the lists read again. */
function useMarked() {
  const qc = useQueryClient();
  return (count: UnreadCount) => {
    qc.setQueryData<UnreadCount>(countKey, count);
    return qc.invalidateQueries({ queryKey: listsKey });
  };
}

export function useMarkRead() {
  const marked = useMarked();
  return useMutation({
    mutationFn: (id: string) => api<UnreadCount>(`/api/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: marked,
  });
}

export function useMarkAllRead() {
  const marked = useMarked();
  return useMutation({
    mutationFn: () => api<UnreadCount>('/api/notifications/read-all', { method: 'POST' }),
    onSuccess: marked,
  });
}
