import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApiKeyListResponse,
  ApiKeyResponse,
  IssueApiKeyBody,
  IssuedApiKeyResponse,
} from '../../../shared/api/api-keys';
import type { Wire } from '../../../shared/api/common';
import { api } from '../../api/client';

export type ApiKey = Wire<typeof ApiKeyResponse>;
export type IssuedApiKey = Wire<typeof IssuedApiKeyResponse>;
const key = ['api-keys'];

export const useApiKeys = () =>
  useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<Wire<typeof ApiKeyListResponse>>('/api/api-keys', { signal }),
  });

export function useIssueApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Wire<typeof IssueApiKeyBody>) => api<IssuedApiKey>('/api/api-keys', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useRevokeApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiKey>(`/api/api-keys/${id}/revoke`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}
