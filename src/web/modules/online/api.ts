import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Vote } from '../../../shared/enums';
import { api } from '../../api/client';
import type { HideInput, OnlineView, PostStatementInput, VoteInput } from './types';

const REFRESH_MS = 15_000;
export const onlineKey = (consultationId: string) => ['online', consultationId] as const;

/** The online consultation's view; refreshed every 15 s while it is open, so new votes come in. */
export const useOnline = (consultationId: string) =>
  useQuery({
    queryKey: onlineKey(consultationId),
    queryFn: ({ signal }) => api<OnlineView>(`/api/consultations/${consultationId}/online`, { signal }),
    refetchInterval: (q) => (q.state.data?.isOpen ? REFRESH_MS : false),
  });

/** Every write answers with the fresh view: it replaces the cached one. */
function useOnlineWrite<T>(consultationId: string, call: (input: T) => Promise<OnlineView>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (view) => qc.setQueryData(onlineKey(consultationId), view),
  });
}

const base = (id: string) => `/api/consultations/${id}/online/statements`;

export const usePostStatement = (id: string) =>
  useOnlineWrite(id, (text: string) =>
    api<OnlineView>(base(id), { method: 'POST', body: { text } satisfies PostStatementInput }),
  );

export const useVote = (id: string) =>
  useOnlineWrite(id, ({ statementId, vote }: { statementId: string; vote: Vote }) =>
    api<OnlineView>(`${base(id)}/${statementId}/vote`, { method: 'POST', body: { vote } satisfies VoteInput }),
  );

export const useHideStatement = (id: string) =>
  useOnlineWrite(id, ({ statementId, reason }: { statementId: string; reason: string }) =>
    api<OnlineView>(`${base(id)}/${statementId}/hide`, { method: 'POST', body: { reason } satisfies HideInput }),
  );

export const useUnhideStatement = (id: string) =>
  useOnlineWrite(id, (statementId: string) =>
    api<OnlineView>(`${base(id)}/${statementId}/unhide`, { method: 'POST', body: {} }),
  );
