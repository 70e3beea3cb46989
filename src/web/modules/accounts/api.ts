import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { meKey } from '../auth/api';
import type {
  AccountDetail,
  AccountFilters,
  AccountList,
  CreateAccountInput,
  GrantInput,
  ImportAccountsResult,
  ResetPasswordInput,
  UpdateAccountInput,
} from './types';

export const accountsKey = ['accounts'] as const;
const detailKey = (id: string) => [...accountsKey, 'detail', id] as const;

export type { AccountFilters };

export const useAccounts = (filters: AccountFilters) =>
  useQuery({
    queryKey: [...accountsKey, 'list', filters],
    queryFn: ({ signal }) => api<AccountList>('/api/accounts', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });

export const useAccount = (id: string | undefined) =>
  useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => api<AccountDetail>(`/api/accounts/${id}`, { signal }),
    enabled: Boolean(id),
  });

/** Every account change answers with the account: show it, refresh the list (and me, if it was me). */
function useAccountChanged() {
  const qc = useQueryClient();
  return (account: AccountDetail) => {
    qc.setQueryData(detailKey(account.id), account);
    void qc.invalidateQueries({ queryKey: meKey });
    return qc.invalidateQueries({ queryKey: [...accountsKey, 'list'] });
  };
}

export function useCreateAccount() {
  const changed = useAccountChanged();
  return useMutation({
    mutationFn: (body: CreateAccountInput) => api<AccountDetail>('/api/accounts', { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** Rename, re-home, disable/enable, reset password, unlock, grant and revoke roles on one account. */
export function useAccountActions(id: string) {
  const changed = useAccountChanged();
  const post = (path: string, body?: unknown) =>
    api<AccountDetail>(`/api/accounts/${id}${path}`, { method: 'POST', body });
  return {
    update: useMutation({
      mutationFn: (body: UpdateAccountInput) => api<AccountDetail>(`/api/accounts/${id}`, { method: 'PATCH', body }),
      onSuccess: changed,
    }),
    resetPassword: useMutation({
      mutationFn: (body: ResetPasswordInput) => post('/password', body),
      onSuccess: changed,
    }),
    unlock: useMutation({ mutationFn: () => post('/unlock'), onSuccess: changed }),
    grant: useMutation({
      mutationFn: (body: GrantInput) => post('/grants', body),
      onSuccess: changed,
    }),
    revoke: useMutation({
      mutationFn: (grantId: string) =>
        api<AccountDetail>(`/api/accounts/${id}/grants/${grantId}`, { method: 'DELETE' }),
      onSuccess: changed,
    }),
  };
}

export const IMPORT_TEMPLATE_URL = '/api/accounts/import-template';

/** Imports a sheet of accounts (dryRun checks it without writing). */
export function useImportAccounts() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const body = new FormData();
      body.append('file', file);
      return api<ImportAccountsResult>('/api/accounts/import', { method: 'POST', query: { dryRun }, body });
    },
    // the list only: the result names no one account, and the signed-in admin is unchanged
    onSuccess: (r) => (r.dryRun ? undefined : qc.invalidateQueries({ queryKey: [...accountsKey, 'list'] })),
  });
}
