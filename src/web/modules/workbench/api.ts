import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Workbench } from './types';

export const workbenchKey = ['workbench'] as const;

/**
 * The person's workbench: asked again each time it opens and when the console comes back into view,
 * so counts stay fresh (one comes back to it after sorting or accepting what it listed).
 */
export const useWorkbench = () =>
  useQuery({
    queryKey: workbenchKey,
    queryFn: ({ signal }) => api<Workbench>('/api/workbench', { signal }),
    refetchOnMount: 'always',
    refetchOnWindowFocus: 'always',
  });
