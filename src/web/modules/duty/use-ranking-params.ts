import { useSearchParams } from 'react-router';
import { DUTY_GRADES, type DutyGrade } from '../../../shared/enums';
import { thisYear } from './format';
import type { RankingFilters } from './types';

export type RankingParam = 'year' | 'placeId' | 'groupId' | 'grade';
export type RankingChanges = Partial<Record<RankingParam, string | number | undefined>>;

const asYear = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);
const asGrade = (v: string | null) =>
  (DUTY_GRADES as readonly string[]).includes(v ?? '') ? (v as DutyGrade) : undefined;

/** The ranking's filters live in the URL (a ledger links back to them); the year is this year unless chosen. */
export function useRankingParams() {
  const [params, setParams] = useSearchParams();
  const filters: RankingFilters = {
    year: asYear(params.get('year')) ?? thisYear(),
    placeId: params.get('placeId') ?? undefined,
    groupId: params.get('groupId') ?? undefined,
  };
  const grade = asGrade(params.get('grade'));
  const setFilter = (changes: RankingChanges) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };
  return { filters, grade, setFilter };
}
