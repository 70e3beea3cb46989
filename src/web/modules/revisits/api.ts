import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { DueRevisits, OutcomeRevisits, RecordRevisitInput, ReviewDateInput } from './types';

export const revisitsKey = ['revisits'] as const;
const outcomeKey = (outcomeId: string) => [...revisitsKey, 'outcome', outcomeId] as const;
const revisitsUrl = (outcomeId: string, rest = '/revisits') => `/api/outcomes/${outcomeId}${rest}`;

/** Where the console uploads a revisit's photos. */
export const revisitPhotosUrl = (outcomeId: string) => revisitsUrl(outcomeId, '/revisit-photos');

export const useOutcomeRevisits = (outcomeId: string) =>
  useQuery({
    queryKey: outcomeKey(outcomeId),
    queryFn: ({ signal }) => api<OutcomeRevisits>(revisitsUrl(outcomeId), { signal }),
  });

export const useDueRevisits = (placeId: string | undefined, page: number, pageSize: number) =>
  useQuery({
    queryKey: [...revisitsKey, 'due', placeId ?? '', page, pageSize],
    queryFn: ({ signal }) => api<DueRevisits>('/api/revisits/due', { query: { placeId, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
    enabled: Boolean(placeId),
  });

/**
 * A write answers with the outcome's revisits: they replace the cached ones. The outcome (its
 * status, its review date), its tasks (one may have reopened) and the due list move with it.
 */
function useRevisitWrite<T>(outcomeId: string, call: (input: T) => Promise<OutcomeRevisits>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (fresh) =>
      Promise.all([
        qc.setQueryData(outcomeKey(outcomeId), fresh),
        qc.invalidateQueries({ queryKey: [...revisitsKey, 'due'] }),
        qc.invalidateQueries({ queryKey: ['outcomes'] }),
        qc.invalidateQueries({ queryKey: ['tasks'] }),
        qc.invalidateQueries({ queryKey: ['case-file'] }),
      ]),
  });
}

/** 记录回头看: what was found, residents' view, photos; the task reopened when the problem is back. */
export const useRecordRevisit = (outcomeId: string) =>
  useRevisitWrite(outcomeId, (body: RecordRevisitInput) =>
    api<OutcomeRevisits>(revisitsUrl(outcomeId), { method: 'POST', body }),
  );

/** The review date (回头看日期), set by hand. */
export const useSetReviewDate = (outcomeId: string) =>
  useRevisitWrite(outcomeId, (body: ReviewDateInput) =>
    api<OutcomeRevisits>(revisitsUrl(outcomeId, '/review-date'), { method: 'PUT', body }),
  );
