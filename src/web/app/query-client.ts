import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { meKey } from '../modules/auth/api';

const isClientError = (err: unknown) => err instanceof ApiError && err.status >= 400 && err.status < 500;

/**
 * One client for the app. A 401 from any call means the session ended (expired, signed out
 * elsewhere, password reset): forgetting `me` sends the guard back to the sign-in page.
 */
export function createQueryClient() {
  const onError = (err: unknown) => {
    if (err instanceof ApiError && err.isUnauthenticated) client.setQueryData(meKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, err) => !isClientError(err) && failures < 2,
      },
    },
  });
  return client;
}
