import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import { downloadFile } from '../../lib/download';
import type {
  AskEntryInput,
  CloseYearInput,
  Entry,
  EntryFilters,
  EntryList,
  Home,
  Ledger,
  Ranking,
  RankingFilters,
  ReviewEntryInput,
  RuleSetView,
  SaveRulesInput,
} from './types';

export const dutyKey = ['duty'] as const;

/**
 * Scores, ledgers and the member's home are read from records other pages and other people change
 * (a whistle answered, a day on the rota, a writing adopted): each is read afresh whenever it opens,
 * not kept for the app's usual half minute.
 */
const FRESH = { staleTime: 0 } as const;

export const useRanking = (filters: RankingFilters) =>
  useQuery({
    queryKey: [...dutyKey, 'ranking', filters],
    queryFn: ({ signal }) => api<Ranking>('/api/duty/ranking', { query: filters, signal }),
    placeholderData: keepPreviousData,
    ...FRESH,
  });

export const useLedger = (memberId: string | undefined, year: number | undefined) =>
  useQuery({
    queryKey: [...dutyKey, 'ledger', memberId ?? '', year ?? 0],
    queryFn: ({ signal }) => api<Ledger>(`/api/duty/members/${memberId}`, { query: { year }, signal }),
    enabled: Boolean(memberId),
    placeholderData: keepPreviousData,
    ...FRESH,
  });

export const useRules = (placeId: string | undefined, year: number) =>
  useQuery({
    queryKey: [...dutyKey, 'rules', placeId ?? '', year],
    queryFn: ({ signal }) => api<RuleSetView>('/api/duty/rules', { query: { placeId, year }, signal }),
    placeholderData: keepPreviousData,
  });

export const useEntries = (filters: EntryFilters, enabled = true) =>
  useQuery({
    queryKey: [...dutyKey, 'entries', filters],
    queryFn: ({ signal }) => api<EntryList>('/api/duty/entries', { query: filters, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useEntry = (id: string | undefined) =>
  useQuery({
    queryKey: [...dutyKey, 'entry', id ?? ''],
    queryFn: ({ signal }) => api<Entry>(`/api/duty/entries/${id}`, { signal }),
    enabled: Boolean(id),
  });

export const useHome = () =>
  useQuery({
    queryKey: [...dutyKey, 'home'],
    queryFn: ({ signal }) => api<Home>('/api/duty/home', { signal }),
    ...FRESH,
  });

/** Anything written changes rankings, ledgers, entries and the home: all of them load again. */
function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: dutyKey });
}

export function useSaveRules() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: SaveRulesInput) => api<RuleSetView>('/api/duty/rules', { method: 'PUT', body }),
    onSuccess: refresh,
  });
}

export function useCloseYear() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CloseYearInput) => api<RuleSetView>('/api/duty/closings', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useAskEntry() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AskEntryInput) => api<Entry>('/api/duty/entries', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useReviewEntry(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ReviewEntryInput) => api<Entry>(`/api/duty/entries/${id}/review`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** The region's (or group's) year ledger as Excel. */
export const downloadLedger = (filters: RankingFilters) =>
  downloadFile(withQuery('/api/duty/ledger.xlsx', filters), `ledger-${filters.year}.xlsx`);

/** A member's 履职档案 for a year as Word. */
export const downloadDossier = (memberId: string, year: number) =>
  downloadFile(withQuery(`/api/duty/members/${memberId}/dossier.docx`, { year }), `dossier-${year}.docx`);
