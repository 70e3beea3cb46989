import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { SaveSynonymsInput, Synonyms } from './types';

const synonymsKey = ['vocabulary', 'synonyms'] as const;
const PATH = '/api/vocabulary/synonyms';

/** The table in use; while submissions are still being re-read with it, asked again each half minute. */
export const useSynonyms = () =>
  useQuery({
    queryKey: synonymsKey,
    queryFn: ({ signal }) => api<Synonyms>(PATH, { signal }),
    refetchInterval: (q) => ((q.state.data?.pendingReindex ?? 0) > 0 ? 30_000 : false),
  });

/** Both answer with the table now in use: show it. */
function useTableChanged() {
  const qc = useQueryClient();
  return (table: Synonyms) => qc.setQueryData(synonymsKey, table);
}

/** Replaces the whole table (the server writes the audit event and re-reads submissions with it). */
export function useSaveSynonyms() {
  const changed = useTableChanged();
  return useMutation({
    mutationFn: (groups: SaveSynonymsInput['groups']) => api<Synonyms>(PATH, { method: 'PUT', body: { groups } }),
    onSuccess: changed,
  });
}

/** Goes back to the table shipped with the platform. */
export function useResetSynonyms() {
  const changed = useTableChanged();
  return useMutation({
    mutationFn: () => api<Synonyms>(PATH, { method: 'DELETE' }),
    onSuccess: changed,
  });
}
